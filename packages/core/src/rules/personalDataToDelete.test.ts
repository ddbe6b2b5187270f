import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import { type PersonalDataRecord, personalDataToDelete } from './personalDataToDelete.js';

function record(id: string, collectedOn: string, neededFor?: string): PersonalDataRecord {
  return {
    id,
    description: `Personal data ${id}`,
    collectedOn,
    stillNeeded: neededFor !== undefined,
    ...(neededFor === undefined ? {} : { neededFor }),
  };
}

describe('personalDataToDelete', () => {
  it('holds for the documented example', () => {
    const records: PersonalDataRecord[] = [
      { id: 'workshop-2025', description: 'Workshop registrations', collectedOn: '2025-10-01', stillNeeded: false },
      {
        id: 'peer-group-2025',
        description: 'Peer group leaders',
        collectedOn: '2025-09-01',
        stillNeeded: true,
        neededFor: 'The group continues in 2026',
      },
      { id: 'survey-2026', description: 'Survey contacts', collectedOn: '2026-04-10', stillNeeded: false },
    ];
    expect(personalDataToDelete(records, '2026-03-31')).toEqual(['workshop-2025']);
  });

  it('deletes data collected on the day the report was compiled, and keeps data from the day after', () => {
    const records = [record('on-the-day', '2026-03-31'), record('day-after', '2026-04-01')];
    expect(personalDataToDelete(records, '2026-03-31')).toEqual(['on-the-day']);
  });

  it('also deletes old data an earlier report left behind', () => {
    expect(personalDataToDelete([record('old', '2022-05-01')], '2026-03-31')).toEqual(['old']);
  });

  it('keeps data that is still needed', () => {
    expect(
      personalDataToDelete([record('contacts', '2025-01-01', 'Contact persons of meeting places')], '2026-03-31'),
    ).toEqual([]);
  });

  it('keeps the order of the records', () => {
    const records = [record('c', '2025-03-01'), record('a', '2025-01-01'), record('b', '2025-02-01')];
    expect(personalDataToDelete(records, '2026-03-31')).toEqual(['c', 'a', 'b']);
  });

  it('returns ids', () => {
    expectTypeOf(personalDataToDelete).returns.toEqualTypeOf<string[]>();
  });

  describe('invalid input', () => {
    it('names a record kept without a reason', () => {
      const kept = { id: 'kept', description: 'Kept data', collectedOn: '2025-01-01', stillNeeded: true };
      const call = () => personalDataToDelete([record('ok', '2025-01-01'), kept], '2026-03-31');
      expect(call).toThrow(ValidationError);
      expect(call).toThrow('records[1].neededFor: Say why the data is still needed');
    });

    it('names a collection date that is not a day', () => {
      expect(() => personalDataToDelete([record('x', '2025-02-29')], '2026-03-31')).toThrow(
        'records[0].collectedOn: Not a real calendar date',
      );
    });

    it('names the report date', () => {
      expect(() => personalDataToDelete([], '31.3.2026')).toThrow('annualReportDate: Expected a date as YYYY-MM-DD');
    });

    it('refuses a field that should not be there, such as a home address', () => {
      const withAddress = { ...record('x', '2025-01-01'), homeAddress: 'Kotikatu 1' } as PersonalDataRecord;
      expect(() => personalDataToDelete([withAddress], '2026-03-31')).toThrow('records[0]: unknown field homeAddress');
    });
  });

  it('deletes a subset of the records that is never smaller for a later report date (property)', () => {
    const recordsArb = fc.array(
      fc
        .record({ day: fc.integer({ min: 0, max: 1000 }), needed: fc.boolean() })
        .map(({ day, needed }) => ({ day, needed })),
      { maxLength: 8 },
    );
    const iso = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
    fc.assert(
      fc.property(recordsArb, fc.integer({ min: 0, max: 1000 }), fc.nat(300), (rows, report, later) => {
        const records = rows.map((row, i) =>
          record(`record-${i}`, iso(row.day), row.needed ? 'Still in use' : undefined),
        );
        const now = personalDataToDelete(records, iso(report));
        const afterwards = personalDataToDelete(records, iso(report + later));
        expect(afterwards).toEqual(expect.arrayContaining(now));
        for (const id of now) expect(records.find((r) => r.id === id)?.stillNeeded).toBe(false);
      }),
    );
  });
});
