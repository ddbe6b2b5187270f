import { describe, expect, it } from 'vitest';
import { hsdsInputTables } from './hsdsInputTables.js';

describe('hsdsInputTables', () => {
  it('takes per-table JSON as it is and names what is not a table or row', () => {
    const { tables, invalid } = hsdsInputTables({ service: [{ id: 's' }, 3], location: 'x', other: [] });
    expect(tables.service).toEqual([{ id: 's' }]);
    expect(invalid).toEqual(['service[1]', 'location']);
  });

  it('flattens the nested list and nested arrays, linking each child to its parent, each row once', () => {
    const organization = { id: 'o', name: 'Org', description: 'd' };
    const { tables } = hsdsInputTables([
      {
        id: 'sal1',
        service_id: 's',
        location_id: 'l',
        service: {
          id: 's',
          name: 'S',
          organization,
          contacts: [{ id: 'c', phones: [{ id: 'p', number: '040 123 4567' }] }],
        },
        location: { id: 'l', location_type: 'physical', addresses: [{ id: 'a', address_1: 'Tie 1' }] },
        schedules: [{ id: 'x', freq: 'WEEKLY' }],
      },
      { id: 'sal2', service_id: 's2', location_id: 'l', service: { id: 's2', name: 'S2', organization } },
    ]);
    expect(tables.service_at_location.map((r) => r.id)).toEqual(['sal1', 'sal2']);
    expect(tables.organization).toEqual([organization]);
    expect(tables.contact).toEqual([{ service_id: 's', id: 'c' }]);
    expect(tables.phone).toEqual([{ contact_id: 'c', id: 'p', number: '040 123 4567' }]);
    expect(tables.address).toEqual([{ location_id: 'l', id: 'a', address_1: 'Tie 1' }]);
    expect(tables.schedule).toEqual([{ service_at_location_id: 'sal1', id: 'x', freq: 'WEEKLY' }]);
    expect(tables.location).toHaveLength(1);
  });

  it('names input that is neither', () => {
    expect(hsdsInputTables('x').invalid).toEqual(['(input)']);
  });
});
