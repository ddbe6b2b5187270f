// Writes the JSON Schemas of the data formats into dist/schema, from the zod schemas themselves,
// so teams that do not use TypeScript can validate their files with any JSON Schema validator.
import { mkdir, writeFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import {
  Agreement,
  CalendarEntryList,
  Group,
  MeetingPlace,
  MeetingPlaceList,
  PublishedPlaces,
  PublishedYearClock,
  PublishManifest,
  Region,
} from '../dist/index.js';

const schemas = {
  region: Region,
  'meeting-places': MeetingPlaceList,
  'meeting-place': MeetingPlace,
  agreement: Agreement,
  group: Group,
  'calendar-entries': CalendarEntryList,
  // The files `perhekeskus publish` writes (src/publish/); its calendars (each group's, all groups' of a
  // year in calendar/<year>.json, the evaluation calendar) are calendar-entries.json.
  'published-index': PublishManifest,
  'published-places': PublishedPlaces,
  'published-year-clock': PublishedYearClock,
};

const dir = new URL('../dist/schema/', import.meta.url);
await mkdir(dir, { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  json.$id = `https://perhekeskus.dev/schema/${name}.json`;
  await writeFile(new URL(`${name}.json`, dir), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`JSON Schemas written: ${Object.keys(schemas).join(', ')}`);
