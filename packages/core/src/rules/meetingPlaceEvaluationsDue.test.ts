import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import type { EvaluationActivity } from '../model/evaluation.js';
import type { MeetingPlace } from '../model/meeting-place.js';
import type { Region } from '../model/region.js';
import { ValidationError } from '../validation/parseInput.js';
import { type MeetingPlaceEvaluationsDue, meetingPlaceEvaluationsDue } from './meetingPlaceEvaluationsDue.js';

const SOURCE = { document: 'test' };

/** The invented bilingual county (examples/pohjanmaa): self-evaluation in odd years, peer in even, April–May. */
const pohjanmaa = (): Region =>
  JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8'));

function place(id: string, extra: Partial<MeetingPlace> = {}): MeetingPlace {
  return {
    id,
    name: { fi: `Kohtaamispaikka ${id}` },
    municipalityCode: '178',
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

const alternating: EvaluationActivity = {
  id: 'meeting-place-evaluation',
  kind: 'meeting-place-peer-evaluation',
  name: { fi: 'Vertais- ja itsearviointi' },
  responsible: 'contact-person',
  recurrence: {
    kind: 'every-n-years',
    every: 1,
    phaseYear: 2026,
    window: { from: 9, to: 11 },
    variants: ['meeting-place-peer-evaluation', 'meeting-place-self-evaluation'],
  },
  source: SOURCE,
};

function regionWith(meetingPlaces: MeetingPlace[], evaluationActivities: EvaluationActivity[] = [alternating]): Region {
  return {
    id: 'test-region',
    name: { fi: 'Testi' },
    county: { id: 'test-county', name: { fi: 'Testi' }, source: SOURCE },
    municipalities: [],
    areas: [],
    parties: [],
    agreements: [],
    people: [],
    roleAssignments: [],
    groups: [],
    yearClocks: [],
    evaluationActivities,
    meetingPlaces,
    digitalServices: [],
    source: SOURCE,
  };
}

describe('meetingPlaceEvaluationsDue', () => {
  it('holds for the documented example: Etelä-Savo peer evaluation in 2026, self-evaluation in 2027 (002)', () => {
    const { activityIds, due } = meetingPlaceEvaluationsDue(etelaSavo, 2026);
    expect(activityIds).toEqual(['meeting-place-evaluation']);
    expect(due[0]).toMatchObject({
      kind: 'meeting-place-peer-evaluation',
      window: { start: '2026-09-01', end: '2026-11-30' },
      done: false,
    });
    expect(meetingPlaceEvaluationsDue(etelaSavo, 2027).due[0]?.kind).toBe('meeting-place-self-evaluation');
  });

  it('asks every Etelä-Savo families’ place of 2026 for the same evaluation, Rantasalmi’s new place included', () => {
    const { due } = meetingPlaceEvaluationsDue(etelaSavo, 2026);
    const families = etelaSavo.meetingPlaces.filter((p) => p.id !== 'example-youth-mikkeli');
    expect(due.map((row) => row.placeId)).toEqual(families.map((p) => p.id));
    expect(new Set(due.map((row) => row.kind))).toEqual(new Set(['meeting-place-peer-evaluation']));
    const rantasalmi = due.find((row) => row.placeId === 'rantasalmi-open-meeting-place');
    expect(rantasalmi).toMatchObject({ municipalityCode: '681', example: false, done: false });
    expect(due.filter((row) => row.example)).toHaveLength(families.length - 1);
  });

  it('leaves Rantasalmi’s place out of 2025, before it started', () => {
    const { due } = meetingPlaceEvaluationsDue(etelaSavo, 2025);
    expect(due.map((row) => row.kind)[0]).toBe('meeting-place-self-evaluation');
    expect(due.some((row) => row.placeId === 'rantasalmi-open-meeting-place')).toBe(false);
  });

  it('follows the example county’s own cadence: peer in 2026 (April–May), self in 2027', () => {
    const region = pohjanmaa();
    const in2026 = meetingPlaceEvaluationsDue(region, 2026);
    expect(in2026.activityIds).toEqual(['meeting-place-evaluation']);
    expect(in2026.due.map((row) => [row.placeId, row.kind, row.done])).toEqual([
      ['familjecafe-vasa', 'meeting-place-peer-evaluation', true],
      ['narpes-familjetraff', 'meeting-place-peer-evaluation', false],
      ['sami-familjeklubb', 'meeting-place-peer-evaluation', false],
      ['korsholm-oppet-hus', 'meeting-place-peer-evaluation', false],
    ]);
    expect(in2026.due[0]?.window).toEqual({ start: '2026-04-01', end: '2026-05-31' });
    expect(in2026.due.every((row) => row.example)).toBe(true);
    const in2027 = meetingPlaceEvaluationsDue(region, 2027);
    expect(in2027.due.map((row) => [row.kind, row.done])[0]).toEqual(['meeting-place-self-evaluation', false]);
  });

  it('asks nothing of a place that had not started by the end of the window (Korsholm from 2025-08-11)', () => {
    const { due } = meetingPlaceEvaluationsDue(pohjanmaa(), 2025);
    expect(due.map((row) => row.placeId)).not.toContain('korsholm-oppet-hus');
    expect(due).toHaveLength(3);
  });

  it('says so when the region has no meeting-place evaluation, rather than inventing one', () => {
    const region = pohjanmaa();
    region.evaluationActivities = region.evaluationActivities.filter((a) => a.id !== 'meeting-place-evaluation');
    expect(meetingPlaceEvaluationsDue(region, 2026)).toEqual({ year: 2026, activityIds: [], due: [] });
  });

  it('counts an evaluation done only for its own kind and year', () => {
    const region = regionWith([
      place('peer-2026', { evaluations: [{ year: 2026, kind: 'meeting-place-peer-evaluation' }] }),
      place('self-2026', { evaluations: [{ year: 2026, kind: 'meeting-place-self-evaluation' }] }),
      place('peer-2024', { evaluations: [{ year: 2024, kind: 'meeting-place-peer-evaluation' }] }),
    ]);
    expect(meetingPlaceEvaluationsDue(region, 2026).due.map((row) => [row.placeId, row.done])).toEqual([
      ['peer-2026', true],
      ['self-2026', false],
      ['peer-2024', false],
    ]);
  });

  it('owes the evaluation when the place operates on any day of the window', () => {
    const region = regionWith([
      place('closed-before', { operating: { start: '2020-01-01', end: '2026-08-31' } }),
      place('last-day-in-window', { operating: { start: '2020-01-01', end: '2026-09-01' } }),
      place('opens-on-last-day', { operating: { start: '2026-11-30' } }),
      place('opens-after', { operating: { start: '2026-12-01' } }),
    ]);
    expect(meetingPlaceEvaluationsDue(region, 2026).due.map((row) => row.placeId)).toEqual([
      'last-day-in-window',
      'opens-on-last-day',
    ]);
  });

  it('asks nothing of a place for young people only (a youth centre or Ohjaamo, 002)', () => {
    const region = regionWith([
      place('youth-centre', { audiences: ['young-people'] }),
      place('families-and-youth', { audiences: ['families', 'young-people'] }),
    ]);
    expect(meetingPlaceEvaluationsDue(region, 2026).due.map((row) => row.placeId)).toEqual(['families-and-youth']);
  });

  it('reads a kind without variants every n years, and nothing in the years between', () => {
    const selfEveryTwo: EvaluationActivity = {
      ...alternating,
      id: 'self-evaluation',
      kind: 'meeting-place-self-evaluation',
      recurrence: { kind: 'every-n-years', every: 2, phaseYear: 2027, window: { from: 3, to: 3 } },
    };
    const region = regionWith([place('a')], [selfEveryTwo]);
    expect(meetingPlaceEvaluationsDue(region, 2026)).toEqual({ year: 2026, activityIds: ['self-evaluation'], due: [] });
    expect(meetingPlaceEvaluationsDue(region, 2027).due).toMatchObject([
      { placeId: 'a', kind: 'meeting-place-self-evaluation', window: { start: '2027-03-01', end: '2027-03-31' } },
    ]);
  });

  it('gives a window that spans the new year to the year it starts in', () => {
    const winter: EvaluationActivity = {
      ...alternating,
      recurrence: { ...alternating.recurrence, window: { from: 11, to: 2 } } as EvaluationActivity['recurrence'],
    };
    const region = regionWith([place('a')], [winter]);
    expect(meetingPlaceEvaluationsDue(region, 2026).due.map((row) => row.window)).toEqual([
      { start: '2026-11-01', end: '2027-02-28' },
    ]);
  });

  it('ignores other evaluation activities', () => {
    const survey: EvaluationActivity = {
      ...alternating,
      id: 'family-survey',
      kind: 'family-survey',
      recurrence: { kind: 'every-n-years', every: 1, window: { from: 9, to: 11 } },
    };
    expect(meetingPlaceEvaluationsDue(regionWith([place('a')], [survey]), 2026).activityIds).toEqual([]);
  });

  it('returns its documented shape', () => {
    expectTypeOf(meetingPlaceEvaluationsDue).returns.toEqualTypeOf<MeetingPlaceEvaluationsDue>();
  });

  describe('invalid input', () => {
    it('names a year outside 1922–2200', () => {
      const call = () => meetingPlaceEvaluationsDue(regionWith([]), 1900);
      expect(call).toThrow(ValidationError);
      expect(call).toThrow(/^year: /);
    });

    it('names a year that is not a whole number', () => {
      expect(() => meetingPlaceEvaluationsDue(regionWith([]), 2026.5)).toThrow(/^year: /);
    });

    it('names the field of a place evaluation that is wrong', () => {
      const bad = place('a', { evaluations: [{ year: 2026, kind: 'peer' as 'meeting-place-peer-evaluation' }] });
      expect(() => meetingPlaceEvaluationsDue(regionWith([bad]), 2026)).toThrow(
        /^region\.meetingPlaces\[0\]\.evaluations\[0\]\.kind: /,
      );
    });
  });

  it('alternates the kind from year to year and asks each place once a year (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.array(fc.option(fc.integer({ min: 1995, max: 2105 }), { nil: undefined }), { maxLength: 4 }),
        (year, starts) => {
          const places = starts.map((start, i) =>
            place(`p-${i}`, start === undefined ? {} : { operating: { start: `${start}-06-15` } }),
          );
          const region = regionWith(places);
          const now = meetingPlaceEvaluationsDue(region, year).due;
          const next = meetingPlaceEvaluationsDue(region, year + 1).due;
          expect(new Set(now.map((row) => row.placeId)).size).toBe(now.length);
          const kinds = new Set([...now, ...next].map((row) => row.kind));
          if (now.length > 0 && next.length > 0) expect(kinds.size).toBe(2);
          // A place that operates this year's window still operates next year's: it never ended.
          for (const row of now) expect(next.map((r) => r.placeId)).toContain(row.placeId);
        },
      ),
      { numRuns: 50 },
    );
  });
});
