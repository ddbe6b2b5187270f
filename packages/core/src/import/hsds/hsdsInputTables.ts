/** A row of an HSDS table as received: an object, fields not yet checked. */
export type HsdsRow = Record<string, unknown>;

/** The tables `fromHsds` reads, each a list of unchecked rows. */
export interface HsdsInputTables {
  organization: HsdsRow[];
  organization_identifier: HsdsRow[];
  service: HsdsRow[];
  location: HsdsRow[];
  service_at_location: HsdsRow[];
  address: HsdsRow[];
  service_area: HsdsRow[];
  schedule: HsdsRow[];
  language: HsdsRow[];
  accessibility: HsdsRow[];
  contact: HsdsRow[];
  phone: HsdsRow[];
}

const TABLES = [
  'organization',
  'organization_identifier',
  'service',
  'location',
  'service_at_location',
  'address',
  'service_area',
  'schedule',
  'language',
  'accessibility',
  'contact',
  'phone',
] as const satisfies readonly (keyof HsdsInputTables)[];

/** Nested arrays the HSDS API shapes may carry, and the table they belong to. */
const NESTED: Record<string, keyof HsdsInputTables> = {
  schedules: 'schedule',
  languages: 'language',
  contacts: 'contact',
  phones: 'phone',
  addresses: 'address',
  accessibility: 'accessibility',
  service_areas: 'service_area',
  organization_identifiers: 'organization_identifier',
};

/** The key a child row links to a parent of a table by. */
const PARENT_KEY: Record<string, string> = {
  service: 'service_id',
  location: 'location_id',
  service_at_location: 'service_at_location_id',
  organization: 'organization_id',
  contact: 'contact_id',
};

const isRow = (value: unknown): value is HsdsRow =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Internal: HSDS input in either shape as flat tables. Per-table JSON (`{ "service": [...],
 * "location": [...] }`, the files of an export read into one object by table name) is taken as it
 * is; a nested `service_at_location_list` array (items with `service`, its `organization`, and
 * `location`) and any nested arrays of the API shapes (`schedules`, `languages`, `contacts` with
 * `phones`, `addresses`, `accessibility`, `service_areas`) are flattened into the tables, each child
 * linked to its parent by id. Rows met twice (the same organisation under several services) are
 * kept once. Items that are not objects are left out; `fromHsds` reports them.
 *
 * @param input - a `service_at_location_list` array or an object of table arrays
 * @returns the tables, and how many items of the input were not objects
 * @example
 * hsdsInputTables([{ id: 'a', service_id: 's', location_id: 'l', service: { id: 's', name: 'X', status: 'active' }, location: { id: 'l', location_type: 'physical' } }]).tables.service.length; // 1
 */
export function hsdsInputTables(input: unknown): { tables: HsdsInputTables; invalid: string[] } {
  const tables = Object.fromEntries(TABLES.map((t) => [t, [] as HsdsRow[]])) as unknown as HsdsInputTables;
  const seen = new Set<string>();
  const invalid: string[] = [];

  const add = (table: keyof HsdsInputTables, row: HsdsRow, links: HsdsRow = {}) => {
    const flat: HsdsRow = { ...links };
    for (const [key, value] of Object.entries(row)) {
      if (Object.hasOwn(NESTED, key) && Array.isArray(value)) continue;
      if ((key === 'service' || key === 'location' || key === 'organization') && isRow(value)) continue;
      flat[key] = value;
    }
    const id = typeof row.id === 'string' ? `${table}/${row.id}` : undefined;
    if (id === undefined || !seen.has(id)) {
      if (id !== undefined) seen.add(id);
      tables[table].push(flat);
    }
    const parentLink = PARENT_KEY[table];
    const childLinks: HsdsRow = parentLink !== undefined && typeof row.id === 'string' ? { [parentLink]: row.id } : {};
    for (const [key, value] of Object.entries(row)) {
      const nested = Object.hasOwn(NESTED, key) ? NESTED[key] : undefined;
      if (nested !== undefined && Array.isArray(value)) {
        for (const child of value) if (isRow(child)) add(nested, child, childLinks);
      }
    }
    for (const key of ['service', 'location', 'organization'] as const) {
      const child = row[key];
      if (isRow(child)) add(key, child);
    }
  };

  if (Array.isArray(input)) {
    input.forEach((item, i) => {
      if (isRow(item)) add('service_at_location', item);
      else invalid.push(`[${i}]`);
    });
  } else if (isRow(input)) {
    for (const table of TABLES) {
      const rows = input[table];
      if (rows === undefined) continue;
      if (!Array.isArray(rows)) {
        invalid.push(table);
        continue;
      }
      rows.forEach((row, i) => {
        if (isRow(row)) add(table, row);
        else invalid.push(`${table}[${i}]`);
      });
    }
  } else invalid.push('(input)');
  return { tables, invalid };
}
