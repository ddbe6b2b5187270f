import { hsdsTableNames } from './hsdsTypes.js';
import type { HsdsExport } from './toHsds.js';

/**
 * The files of an HSDS export, by file name: one JSON array per table (`organization.json`,
 * `service.json`, …, in {@link hsdsTableNames} order) and `service_at_location_list.json`, each
 * indented by two spaces with a final newline. Same export, same bytes.
 *
 * @param hsds - the result of `toHsds`
 * @returns the file names and their text
 * @example
 * Object.keys(hsdsFiles(toHsds(etelaSavo))); // ['organization.json', 'organization_identifier.json', …, 'service_at_location_list.json']
 */
export function hsdsFiles(hsds: Pick<HsdsExport, 'tables' | 'serviceAtLocationList'>): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files: Record<string, string> = {};
  for (const name of hsdsTableNames) files[`${name}.json`] = json(hsds.tables[name]);
  files['service_at_location_list.json'] = json(hsds.serviceAtLocationList);
  return files;
}
