import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MeetingPlace } from '../model/meeting-place.js';
import type { Municipality } from '../model/place.js';
import type { Region } from '../model/region.js';
import {
  type MeetingPlaceCoverageOptions,
  municipalitiesWithoutMeetingPlace,
} from './municipalitiesWithoutMeetingPlace.js';

const SOURCE = { document: '000_a8f13f1475d46feb.txt' };

function municipality(code: string, fi: string): Municipality {
  return { code, name: { fi, sv: fi }, centre: { lat: 61.8, lon: 27.5 }, countyId: 'eloisa', source: SOURCE };
}

function place(id: string, municipalityCode: string, extra: Partial<MeetingPlace> = {}): MeetingPlace {
  return {
    id,
    name: { fi: `Kohtaamispaikka ${id}` },
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
    name: { fi: 'Etelä-Savo', sv: 'Södra Savolax', en: 'South Savo' },
    county: { id: 'eloisa', name: { fi: 'Eloisa', sv: 'Eloisa', en: 'Eloisa' }, source: SOURCE },
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
const RANTASALMI = municipality('681', 'Rantasalmi');

describe('municipalitiesWithoutMeetingPlace', () => {
  it('holds for the documented example', () => {
    const region = regionWith([JUVA, PUUMALA], [place('juva', '178', { operating: { start: '2026-01-01' } })]);
    expect(municipalitiesWithoutMeetingPlace(region, '2025-12-31').map((m) => m.code)).toEqual(['178', '623']);
    expect(municipalitiesWithoutMeetingPlace(region, '2026-01-01').map((m) => m.code)).toEqual(['623']);
  });

  it('returns the municipality objects in the region’s order', () => {
    const region = regionWith([RANTASALMI, JUVA, PUUMALA], []);
    expect(municipalitiesWithoutMeetingPlace(region, '2026-03-01')).toEqual([RANTASALMI, JUVA, PUUMALA]);
  });

  it('counts a place without an operating period on every day', () => {
    const region = regionWith([RANTASALMI], [place('rantasalmi-family-club', '681')]);
    expect(municipalitiesWithoutMeetingPlace(region, '1999-01-01')).toEqual([]);
    expect(municipalitiesWithoutMeetingPlace(region, '2099-12-31')).toEqual([]);
  });

  it('counts the last operating day and not the day after', () => {
    const region = regionWith(
      [JUVA],
      [place('juva', '178', { operating: { start: '2024-01-01', end: '2025-12-31' } })],
    );
    expect(municipalitiesWithoutMeetingPlace(region, '2025-12-31')).toEqual([]);
    expect(municipalitiesWithoutMeetingPlace(region, '2026-01-01')).toEqual([JUVA]);
  });

  it('counts example rows unless told not to', () => {
    const region = regionWith(
      [JUVA, PUUMALA],
      [place('juva', '178'), place('puumala-example', '623', { example: true })],
    );
    expect(municipalitiesWithoutMeetingPlace(region, '2026-03-01')).toEqual([]);
    expect(municipalitiesWithoutMeetingPlace(region, '2026-03-01', { countExamples: true })).toEqual([]);
    expect(municipalitiesWithoutMeetingPlace(region, '2026-03-01', { countExamples: false })).toEqual([PUUMALA]);
  });

  it('ignores places in municipalities outside the region', () => {
    const region = regionWith([JUVA], [place('elsewhere', '091')]);
    expect(municipalitiesWithoutMeetingPlace(region, '2026-03-01')).toEqual([JUVA]);
  });

  it('is covered by one operating place even when another has closed', () => {
    const region = regionWith(
      [PUUMALA],
      [place('old', '623', { operating: { start: '2020-01-01', end: '2022-12-31' } }), place('new', '623')],
    );
    expect(municipalitiesWithoutMeetingPlace(region, '2026-03-01')).toEqual([]);
  });

  it('returns municipalities', () => {
    expectTypeOf(municipalitiesWithoutMeetingPlace).returns.toEqualTypeOf<Municipality[]>();
  });

  describe('invalid input', () => {
    it('names the date', () => {
      expect(() => municipalitiesWithoutMeetingPlace(regionWith([JUVA], []), '2026-02-29')).toThrow(
        'date: Not a real calendar date',
      );
    });

    it('names the field of a meeting place that is wrong', () => {
      const region = regionWith([JUVA], [place('juva', '178'), place('bad', '17')]);
      expect(() => municipalitiesWithoutMeetingPlace(region, '2026-03-01')).toThrow(
        'region.meetingPlaces[1].municipalityCode: Expected a three-digit municipality code',
      );
    });

    it('names an unknown option', () => {
      const options = { countExample: false } as unknown as MeetingPlaceCoverageOptions;
      expect(() => municipalitiesWithoutMeetingPlace(regionWith([JUVA], []), '2026-03-01', options)).toThrow(
        'options: unknown field countExample',
      );
    });
  });

  describe('properties', () => {
    const codes = ['178', '623', '681', '740'];
    const regionArb = fc
      .array(
        fc.record({
          code: fc.constantFrom(...codes),
          example: fc.boolean(),
          start: fc.option(fc.integer({ min: 2020, max: 2028 }), { nil: undefined }),
        }),
        { maxLength: 6 },
      )
      .map((rows) =>
        regionWith(
          codes.map((code) => municipality(code, `Kunta ${code}`)),
          rows.map((row, i) =>
            place(`place-${i}`, row.code, {
              example: row.example,
              ...(row.start === undefined ? {} : { operating: { start: `${row.start}-01-01` } }),
            }),
          ),
        ),
      );

    it('leaving out example rows never covers more municipalities', () => {
      fc.assert(
        fc.property(regionArb, fc.integer({ min: 2019, max: 2029 }), (region, year) => {
          const all = municipalitiesWithoutMeetingPlace(region, `${year}-06-01`).map((m) => m.code);
          const real = municipalitiesWithoutMeetingPlace(region, `${year}-06-01`, { countExamples: false }).map(
            (m) => m.code,
          );
          expect(real).toEqual(expect.arrayContaining(all));
        }),
      );
    });

    it('adding a place that always operates removes exactly its municipality', () => {
      fc.assert(
        fc.property(regionArb, fc.constantFrom(...codes), (region, code) => {
          const before = municipalitiesWithoutMeetingPlace(region, '2026-06-01').map((m) => m.code);
          const withPlace = { ...region, meetingPlaces: [...region.meetingPlaces, place('added', code)] };
          const after = municipalitiesWithoutMeetingPlace(withPlace, '2026-06-01').map((m) => m.code);
          expect(after).toEqual(before.filter((c) => c !== code));
        }),
      );
    });
  });
});
