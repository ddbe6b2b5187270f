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
  PublishedActionPlan,
  PublishedAgreements,
  PublishedPlaces,
  PublishedYearClock,
  PublishManifest,
  Region,
  SUPPORTED_YEARS,
  Year,
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
  'published-agreements': PublishedAgreements,
  'published-action-plan': PublishedActionPlan,
};

const dir = new URL('../dist/schema/', import.meta.url);
await mkdir(dir, { recursive: true });
/**
 * A zod refinement has no JSON Schema; where a keyword says the same, write it. A `Year` is checked by
 * a refinement (so its issue carries the code `year-outside-range` and the range), which is the
 * JSON Schema's minimum and maximum. The supported years of dates and instants and well-formed text
 * (no lone surrogate) are left to `perhekeskus validate`: a pattern for them would need lookaheads,
 * which not every JSON Schema validator reads.
 */
function override(ctx) {
  if (ctx.zodSchema === Year)
    Object.assign(ctx.jsonSchema, { minimum: SUPPORTED_YEARS.from, maximum: SUPPORTED_YEARS.to });
}

for (const [name, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input', override });
  json.$id = `https://perhekeskus.dev/schema/${name}.json`;
  await writeFile(new URL(`${name}.json`, dir), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`JSON Schemas written: ${Object.keys(schemas).join(', ')}`);
