import type { FileKind } from './messages.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const has = (row: Record<string, unknown>, keys: readonly string[]) => keys.some((key) => Object.hasOwn(row, key));

/** Fields only a region has (src/model/region.ts in core). */
const REGION_KEYS = ['municipalities', 'areas', 'groups', 'county', 'agreements', 'evaluationActivities'] as const;
/** Fields of a calendar entry that a meeting place lacks, and the other way round. */
const ENTRY_KEYS = ['start', 'end', 'title', 'allDay'] as const;
const PLACE_KEYS = ['municipalityCode', 'activities', 'offerings', 'audiences', 'organiserIds'] as const;

/**
 * Tells what a parsed data file is: its `$schema` (the JSON Schemas core ships: `region.json`,
 * `meeting-places.json`, `published-places.json`, `calendar-entries.json`) first, then its list key
 * (`places`, with `municipalities` or `organisers` beside it for a published file; `entries`), then the
 * fields of a region, and for a bare array the fields of its first object row.
 *
 * @param value - parsed JSON
 * @returns the kind, or undefined when the content does not say
 * @example
 * detectKind({ places: [] }); // 'places'
 * detectKind({ places: [], municipalities: [], organisers: [] }); // 'published-places'
 * detectKind([{ id: 'a', title: { fi: 'Kerho' }, start: '…', end: '…' }]); // 'entries'
 * detectKind({ hello: 'world' }); // undefined
 */
export function detectKind(value: unknown): FileKind | undefined {
  if (Array.isArray(value)) {
    const row = value.find(isRecord);
    if (!row) return undefined;
    if (has(row, ENTRY_KEYS)) return 'entries';
    if (has(row, PLACE_KEYS)) return 'places';
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const schema = value['$schema'];
  if (typeof schema === 'string') {
    if (/(^|\/)published-places\.json$/.test(schema)) return 'published-places';
    if (/(^|\/)meeting-places\.json$/.test(schema)) return 'places';
    if (/(^|\/)calendar-entries\.json$/.test(schema)) return 'entries';
    if (/(^|\/)region\.json$/.test(schema)) return 'region';
  }
  // `perhekeskus publish` writes places with their municipalities and organisers beside them.
  if (Object.hasOwn(value, 'places'))
    return has(value, ['municipalities', 'organisers']) ? 'published-places' : 'places';
  if (Object.hasOwn(value, 'entries')) return 'entries';
  if (has(value, REGION_KEYS)) return 'region';
  return undefined;
}
