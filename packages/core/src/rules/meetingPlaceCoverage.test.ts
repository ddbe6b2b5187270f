import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import type { MeetingPlace } from '../model/meeting-place.js';
import type { Municipality } from '../model/place.js';
import type { Region } from '../model/region.js';
import { type MeetingPlaceCoverage, meetingPlaceCoverage } from './meetingPlaceCoverage.js';
import { municipalitiesWithoutMeetingPlace } from './municipalitiesWithoutMeetingPlace.js';

const SOURCE = { document: 'test' };

const pohjanmaa = (): Region =>
  JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8'));

function municipality(code: string, fi: string): Municipality {
  return { code, name: { fi, sv: fi }, countyId: 'eloisa', source: SOURCE };
}

function place(id: string, municipalityCode: string, extra: Partial<MeetingPlace> = {}): MeetingPlace {
  return {
    id,
    name: { fi: id },
    municipalityCode,
    organiserIds: [],
    audiences: ['families'],
    offerings: ['open-activity'],
    languages: ['fi'],
    accessibility: [],
    contacts: [],
    activities: [],
    source: SOURCE,
    ...extra,
  };
}

function regionWith(municipalities: Municipality[], meetingPlaces: MeetingPlace[]): Region {
  return {
    id: 'etela-savo',
    name: { fi: 'Etelä-Savo' },
    county: { id: 'eloisa', name: { fi: 'Eloisa' }, source: SOURCE },
    municipalities,
    areas: [],
    parties: [],
    agreements: [],
    people: [],
    roleAssignments: [],
    groups: [],
    yearClocks: [],
    evaluationActivities: [],
    meetingPlaces,
    digitalServices: [],
    source: SOURCE,
  };
}

const JUVA = municipality('178', 'Juva');
const PUUMALA = municipality('623', 'Puumala');
const names = (list: Municipality[]) => list.map((m) => m.name.fi);

describe('meetingPlaceCoverage', () => {
  it('holds for the documented example', () => {
    const region = regionWith([JUVA, PUUMALA], [place('juva', '178', { operating: { start: '2026-01-01' } })]);
    expect(meetingPlaceCoverage(region, '2026-01-01')).toEqual({
      date: '2026-01-01',
      total: 2,
      with: { count: 1, municipalities: [JUVA] },
      without: { count: 1, municipalities: [PUUMALA] },
    });
    expect(meetingPlaceCoverage(region, '2025-12-31').with.count).toBe(0);
  });

  it('counts nine Etelä-Savo municipalities with a meeting place in 2025 and ten from the start of 2026 (002)', () => {
    const in2025 = meetingPlaceCoverage(etelaSavo, '2025-06-01');
    expect([in2025.total, in2025.with.count, in2025.without.count]).toEqual([12, 9, 3]);
    expect(names(in2025.without.municipalities)).toEqual(['Enonkoski', 'Hirvensalmi', 'Rantasalmi']);
    expect(meetingPlaceCoverage(etelaSavo, '2025-12-31').with.count).toBe(9);
    const from2026 = meetingPlaceCoverage(etelaSavo, '2026-01-01');
    expect([from2026.with.count, from2026.without.count]).toEqual([10, 2]);
    expect(names(from2026.without.municipalities)).toEqual(['Enonkoski', 'Hirvensalmi']);
    expect(names(from2026.with.municipalities)).toContain('Rantasalmi');
  });

  it('shows how much of it is example data: only Rantasalmi’s place is real', () => {
    const real = meetingPlaceCoverage(etelaSavo, '2026-01-01', { countExamples: false });
    expect(names(real.with.municipalities)).toEqual(['Rantasalmi']);
    expect(real.without.count).toBe(11);
  });

  it('covers Korsholm in the example county only from its start on 2025-08-11', () => {
    const region = pohjanmaa();
    const before = meetingPlaceCoverage(region, '2025-08-10');
    const after = meetingPlaceCoverage(region, '2025-08-11');
    expect(before.without.municipalities.map((m) => m.code)).toContain('499');
    expect(after.without.municipalities.map((m) => m.code)).not.toContain('499');
    expect(after.with.municipalities.map((m) => m.code)).toEqual(['499', '545', '905']);
    expect(after.with.count + after.without.count).toBe(after.total);
  });

  it('returns its documented shape', () => {
    expectTypeOf(meetingPlaceCoverage).returns.toEqualTypeOf<MeetingPlaceCoverage>();
  });

  describe('invalid input', () => {
    it('names the date', () => {
      expect(() => meetingPlaceCoverage(regionWith([JUVA], []), '2026-02-30')).toThrow(
        'date: Not a real calendar date',
      );
    });

    it('names an unknown option', () => {
      expect(() => meetingPlaceCoverage(regionWith([JUVA], []), '2026-03-01', { all: true } as never)).toThrow(
        'options: unknown field all',
      );
    });
  });

  it('splits the municipalities in two, the second list being municipalitiesWithoutMeetingPlace (property)', () => {
    const codes = ['178', '623', '681', '740'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            code: fc.constantFrom(...codes),
            start: fc.integer({ min: 2020, max: 2028 }),
            example: fc.boolean(),
          }),
          { maxLength: 6 },
        ),
        fc.integer({ min: 2019, max: 2029 }),
        fc.boolean(),
        (rows, year, countExamples) => {
          const region = regionWith(
            codes.map((code) => municipality(code, `Kunta ${code}`)),
            rows.map((row, i) =>
              place(`p-${i}`, row.code, { example: row.example, operating: { start: `${row.start}-01-01` } }),
            ),
          );
          const date = `${year}-06-01`;
          const coverage = meetingPlaceCoverage(region, date, { countExamples });
          expect(coverage.without.municipalities).toEqual(
            municipalitiesWithoutMeetingPlace(region, date, { countExamples }),
          );
          expect(
            [...coverage.with.municipalities, ...coverage.without.municipalities].map((m) => m.code).sort(),
          ).toEqual(codes);
          expect(coverage.with.count).toBe(coverage.with.municipalities.length);
          expect(coverage.without.count).toBe(coverage.without.municipalities.length);
        },
      ),
      { numRuns: 50 },
    );
  });
});
