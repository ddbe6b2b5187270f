import { describe, expect, it } from 'vitest';
import type { EvaluationActivity } from '../model/evaluation.js';
import { Region } from '../model/region.js';
import { EvaluationCalendarEntry, evaluationCalendar } from './evaluationCalendar.js';

const source = { document: 'test' };

function activity(
  partial: Pick<EvaluationActivity, 'id' | 'kind' | 'recurrence'> & Partial<EvaluationActivity>,
): EvaluationActivity {
  return {
    name: { fi: partial.id, sv: partial.id, en: partial.id },
    responsible: 'coordinator',
    source,
    ...partial,
  };
}

function tinyRegion(evaluationActivities: EvaluationActivity[]): Region {
  return {
    id: 'test-region',
    name: { fi: 'Testi', sv: 'Test', en: 'Test' },
    county: { id: 'test-county', name: { fi: 'Testi', sv: 'Test', en: 'Test' }, source },
    municipalities: [],
    areas: [],
    parties: [],
    agreements: [],
    people: [],
    roleAssignments: [],
    groups: [],
    yearClocks: [],
    evaluationActivities,
    meetingPlaces: [],
    digitalServices: [],
    source,
  };
}

/** The evaluation schedule of 002 ("Seuranta ja arviointi"), as a tiny region. */
function planRegion(): Region {
  return tinyRegion([
    activity({
      id: 'family-survey',
      kind: 'family-survey',
      recurrence: { kind: 'every-n-years', every: 2, phaseYear: 2027, window: { from: 9, to: 11 } },
    }),
    activity({
      id: 'municipal-survey',
      kind: 'municipal-survey',
      reportsToGroupId: 'steering-group',
      recurrence: { kind: 'every-n-years', every: 2, phaseYear: 2026, window: { from: 1, to: 3 } },
    }),
    activity({
      id: 'meeting-place-evaluation',
      kind: 'meeting-place-peer-evaluation',
      responsible: 'contact-person',
      recurrence: {
        kind: 'every-n-years',
        every: 1,
        phaseYear: 2026,
        window: { from: 9, to: 11 },
        variants: ['meeting-place-peer-evaluation', 'meeting-place-self-evaluation'],
      },
    }),
  ]);
}

describe('evaluationCalendar', () => {
  it('holds the family survey in autumn 2027 and 2029 and the municipal survey early in 2026 and 2028 (002)', () => {
    const region = planRegion();
    expect(Region.parse(region)).toEqual(region);
    const calendar = evaluationCalendar(region, { from: '2026-01-01', to: '2029-12-31' });
    const of = (id: string) => calendar.filter((e) => e.activityId === id).map((e) => [e.year, e.window]);
    expect(of('family-survey')).toEqual([
      [2027, { start: '2027-09-01', end: '2027-11-30' }],
      [2029, { start: '2029-09-01', end: '2029-11-30' }],
    ]);
    expect(of('municipal-survey')).toEqual([
      [2026, { start: '2026-01-01', end: '2026-03-31' }],
      [2028, { start: '2028-01-01', end: '2028-03-31' }],
    ]);
    for (const e of calendar) expect(EvaluationCalendarEntry.parse(e)).toEqual(e);
  });

  it('shows the alternating peer / self evaluation of the meeting places per year (002)', () => {
    const calendar = evaluationCalendar(planRegion(), { from: '2026-01-01', to: '2029-12-31' });
    expect(
      calendar.filter((e) => e.activityId === 'meeting-place-evaluation').map((e) => [e.year, e.variantKind]),
    ).toEqual([
      [2026, 'meeting-place-peer-evaluation'],
      [2027, 'meeting-place-self-evaluation'],
      [2028, 'meeting-place-peer-evaluation'],
      [2029, 'meeting-place-self-evaluation'],
    ]);
  });

  it('sorts by window start, then activity id, and carries responsible and reportsToGroupId', () => {
    const calendar = evaluationCalendar(planRegion(), { from: '2026-01-01', to: '2029-12-31' });
    const starts = calendar.map((e) => e.window.start);
    expect(starts).toEqual([...starts].sort());
    const autumn2027 = calendar.filter((e) => e.window.start === '2027-09-01').map((e) => e.activityId);
    expect(autumn2027).toEqual(['family-survey', 'meeting-place-evaluation']);
    expect(calendar.find((e) => e.activityId === 'municipal-survey')).toMatchObject({
      responsible: 'coordinator',
      reportsToGroupId: 'steering-group',
    });
    expect(calendar.find((e) => e.activityId === 'meeting-place-evaluation')?.responsible).toBe('contact-person');
  });

  it('lists a task whose window meets the period, even if the period covers only part of it', () => {
    const calendar = evaluationCalendar(planRegion(), { from: '2027-09-01', to: '2027-09-30' });
    expect(calendar.map((e) => e.activityId)).toEqual(['family-survey', 'meeting-place-evaluation']);
  });

  it('gives a one-day window for a recurrence without a window', () => {
    const region = tinyRegion([
      activity({
        id: 'indicators',
        kind: 'indicator-pack',
        recurrence: { kind: 'times-per-year', times: 2, mode: 'remote' },
      }),
    ]);
    const calendar = evaluationCalendar(region, { from: '2026-01-01', to: '2026-12-31' });
    expect(calendar).toHaveLength(2);
    for (const e of calendar) expect(e.window.start).toBe(e.window.end);
  });

  it('refuses variants that are neither evaluation kinds nor ids of declared kinds, naming the field', () => {
    const region = tinyRegion([
      activity({
        id: 'odd',
        kind: 'meeting-place-peer-evaluation',
        recurrence: {
          kind: 'every-n-years',
          every: 1,
          phaseYear: 2026,
          window: { from: 9, to: 11 },
          variants: ['Peer review', 'self'],
        },
      }),
    ]);
    expect(() => evaluationCalendar(region, { from: '2026-01-01', to: '2026-12-31' })).toThrow(
      /^region\.evaluationActivities\[0\]\.recurrence\.variants\[0\]: Expected an evaluation kind/,
    );
    expect(() => evaluationCalendar(planRegion(), { from: '2026-01-01', to: '2026-13-01' })).toThrow(/^period\.to: /);
  });

  it('takes an object with only `evaluationActivities`, and still validates them', () => {
    const { evaluationActivities } = planRegion();
    const period = { from: '2026-01-01', to: '2029-12-31' };
    const alone = evaluationCalendar({ evaluationActivities }, period);
    expect(alone.length).toBeGreaterThan(0);
    expect(alone).toEqual(evaluationCalendar(planRegion(), period));
    const { name: _name, ...nameless } = activity({
      id: 'x',
      kind: 'family-survey',
      recurrence: { kind: 'monthly', mode: 'remote' },
    });
    const broken = [nameless as EvaluationActivity];
    expect(() => evaluationCalendar({ evaluationActivities: broken }, period)).toThrow(
      /^region\.evaluationActivities\[0\]\.name: /,
    );
  });

  it('matches the example of the TSDoc', () => {
    const family = evaluationCalendar(planRegion(), { from: '2026-01-01', to: '2029-12-31' }).filter(
      (e) => e.kind === 'family-survey',
    );
    expect(family).toMatchObject([{ year: 2027, window: { start: '2027-09-01', end: '2027-11-30' } }, { year: 2029 }]);
  });
});
