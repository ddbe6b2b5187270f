import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../../etela-savo.js';
import { hsdsValidators } from '../../test/hsdsValidator.js';
import { hsdsFiles } from './hsdsFiles.js';
import { hsdsTableNames } from './hsdsTypes.js';
import { type HsdsExport, toHsds } from './toHsds.js';

const validators = hsdsValidators();

/** Every row of every table and every nested item against the standard's schema; the failures, as text. */
function schemaFailures(hsds: HsdsExport): string[] {
  const failures: string[] = [];
  for (const table of hsdsTableNames) {
    const validate = validators[table];
    if (validate === undefined) throw new Error(`no schema for ${table}`);
    hsds.tables[table].forEach((row, i) => {
      if (!validate(row)) failures.push(`${table}[${i}]: ${JSON.stringify(validate.errors)}`);
    });
  }
  const list = validators.service_at_location_list;
  if (list === undefined) throw new Error('no schema for service_at_location_list');
  hsds.serviceAtLocationList.forEach((item, i) => {
    if (!list(item)) failures.push(`service_at_location_list[${i}]: ${JSON.stringify(list.errors)}`);
  });
  return failures;
}

const pohjanmaaJson = JSON.parse(
  readFileSync(new URL('../../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8'),
) as unknown;

describe('toHsds against the HSDS 3.0 JSON Schemas (ajv)', () => {
  it('the validator rejects a row that breaks the standard (the test can fail)', () => {
    expect(validators.service?.({ id: 'not-a-uuid', name: 'X', status: 'open' })).toBe(false);
    expect(validators.schedule?.({ id: '40bf6dce-a791-5be2-8da6-50b204984795', freq: 'DAILY' })).toBe(false);
  });

  it('exports the built-in Etelä-Savo data as valid HSDS, every table and the nested list', () => {
    const hsds = toHsds(etelaSavo);
    expect(hsds.tables.service.length).toBe(etelaSavo.meetingPlaces.length);
    expect(hsds.tables.schedule.length).toBeGreaterThan(0);
    expect(hsds.tables.organization.length).toBeGreaterThan(0);
    expect(schemaFailures(hsds)).toEqual([]);
  });

  it('exports valid HSDS in Swedish and English too', () => {
    expect(schemaFailures(toHsds(etelaSavo, { language: 'sv' }))).toEqual([]);
    expect(schemaFailures(toHsds(etelaSavo, { language: 'en' }))).toEqual([]);
  });

  it('exports the example county Pohjanmaa as valid HSDS', () => {
    const hsds = toHsds(pohjanmaaJson);
    expect(hsds.tables.service.length).toBeGreaterThan(0);
    expect(schemaFailures(hsds)).toEqual([]);
  });

  it('writes the same bytes on every run, and from a JSON copy of the region', () => {
    const first = hsdsFiles(toHsds(etelaSavo));
    const again = hsdsFiles(toHsds(JSON.parse(JSON.stringify(etelaSavo))));
    expect(again).toEqual(first);
    expect(Object.keys(first)).toContain('service_at_location_list.json');
  });
});
