import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../../etela-savo.js';
import { hsdsFiles } from './hsdsFiles.js';
import { toHsds } from './toHsds.js';

describe('hsdsFiles', () => {
  it('writes each table and the nested list as indented JSON with a final newline', () => {
    const hsds = toHsds(etelaSavo);
    const files = hsdsFiles(hsds);
    expect(Object.keys(files)).toEqual([
      'organization.json',
      'organization_identifier.json',
      'service.json',
      'location.json',
      'service_at_location.json',
      'address.json',
      'service_area.json',
      'schedule.json',
      'language.json',
      'accessibility.json',
      'contact.json',
      'phone.json',
      'service_at_location_list.json',
    ]);
    expect(files['service.json']).toBe(`${JSON.stringify(hsds.tables.service, null, 2)}\n`);
    expect(JSON.parse(files['service_at_location_list.json']!)).toEqual(hsds.serviceAtLocationList);
  });
});
