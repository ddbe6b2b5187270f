import type * as z from 'zod/mini';
import { CalendarEntryList } from '../calendar/calendarEntry.js';
import {
  PUBLISHED_SCHEMA_BASE,
  PublishedActionPlan,
  PublishedAgreements,
  type PublishedJsonFileKind,
  PublishedPlaces,
  PublishedYearClock,
  PublishManifest,
} from './publishedSchemas.js';

/** A published file's schema: the zod schema, its JSON Schema's file name and its address. */
export interface PublishedFileSchema {
  /** The zod schema the file parses with. */
  readonly schema: z.ZodMiniType;
  /** The JSON Schema's file name in `@perhekeskus/core/schema/`: `published-places.json`. */
  readonly fileName: string;
  /** The JSON Schema's address, the file's `$schema`: `https://perhekeskus.dev/schema/published-places.json`. */
  readonly url: string;
}

const NAMES: Readonly<Record<PublishedJsonFileKind | 'index', string>> = {
  index: 'published-index.json',
  places: 'published-places.json',
  'group-calendar': 'calendar-entries.json',
  'region-calendar': 'calendar-entries.json',
  'evaluation-calendar': 'calendar-entries.json',
  'year-clock': 'published-year-clock.json',
  agreements: 'published-agreements.json',
  'action-plan': 'published-action-plan.json',
};

const SCHEMAS: Readonly<Record<PublishedJsonFileKind | 'index', z.ZodMiniType>> = {
  index: PublishManifest,
  places: PublishedPlaces,
  'group-calendar': CalendarEntryList,
  'region-calendar': CalendarEntryList,
  'evaluation-calendar': CalendarEntryList,
  'year-clock': PublishedYearClock,
  agreements: PublishedAgreements,
  'action-plan': PublishedActionPlan,
};

/**
 * The schema of a published file by its kind (as `index.json` lists it, or `index` for the manifest
 * itself; HTML fragments and their stylesheet have none): calendars are the `CalendarEntryList` that `<pk-calendar>` reads, a year clock the rings
 * `<pk-year-clock>` reads, an action plan the rings of its plan view.
 *
 * @param kind - `index`, `places`, `group-calendar`, `region-calendar`, `evaluation-calendar`, `year-clock`, `agreements` or `action-plan`
 * @returns the zod schema and its JSON Schema's file name and address
 * @example
 * publishedFileSchema('places').url; // 'https://perhekeskus.dev/schema/published-places.json'
 * publishedFileSchema('group-calendar').fileName; // 'calendar-entries.json'
 */
export function publishedFileSchema(kind: PublishedJsonFileKind | 'index'): PublishedFileSchema {
  const fileName = NAMES[kind];
  return { schema: SCHEMAS[kind], fileName, url: `${PUBLISHED_SCHEMA_BASE}${fileName}` };
}
