import { describe, expect, it } from 'vitest';
import type { Cadence } from '../model/cadence.js';
import { ValidationError } from '../validation/parseInput.js';
import { CADENCE_DEFAULTS } from './defaults.js';
import { expandCadence } from './expandCadence.js';
import { finnishHolidays } from './finnishHolidays.js';
import type { Occurrence } from './occurrence.js';

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
const day = (o: Occurrence) => o.start.slice(0, 10);
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() || 7;

describe('expandCadence: the cadences of the action plan (002)', () => {
  it('gives the meeting-place network 4 meetings in 2027, exactly one in person (002: "neljä kertaa vuodessa, joista yksi on live-kokous")', () => {
    const network: Cadence = { kind: 'times-per-year', times: 4, inPerson: 1, mode: 'remote' };
    const meetings = expandCadence(network, year(2027));
    expect(meetings).toHaveLength(4);
    expect(meetings.filter((m) => m.mode === 'in-person')).toHaveLength(1);
    expect(meetings.filter((m) => m.mode === 'remote')).toHaveLength(3);
    // One per quarter, on Tuesdays (the default weekday).
    expect(meetings.map((m) => Math.floor((Number(m.start.slice(5, 7)) - 1) / 3))).toEqual([0, 1, 2, 3]);
    for (const m of meetings) expect(weekday(day(m))).toBe(2);
  });

  it('puts the regional relationship-support meetings in March–April in person and in October remote, every year (002 year clock)', () => {
    const regional: Cadence = {
      kind: 'windows',
      weekday: 3,
      windows: [
        { window: { from: 3, to: 4 }, mode: 'in-person', title: { fi: 'Maakunnallinen tapaaminen' } },
        { window: { from: 10, to: 10 }, mode: 'remote', topics: [{ fi: 'Tavoitteiden läpikäynti' }] },
      ],
    };
    const meetings = expandCadence(regional, { from: '2026-01-01', to: '2029-12-31' });
    expect(meetings).toHaveLength(8);
    for (const [i, m] of meetings.entries()) {
      const month = Number(m.start.slice(5, 7));
      if (i % 2 === 0) {
        expect(month === 3 || month === 4).toBe(true);
        expect(m.mode).toBe('in-person');
        expect(m.title).toEqual({ fi: 'Maakunnallinen tapaaminen' });
        expect(m.window).toEqual({ start: `${m.start.slice(0, 4)}-03-01`, end: `${m.start.slice(0, 4)}-04-30` });
      } else {
        expect(month).toBe(10);
        expect(m.mode).toBe('remote');
        expect(m.topics).toEqual([{ fi: 'Tavoitteiden läpikäynti' }]);
      }
      expect(weekday(day(m))).toBe(3);
    }
  });

  it('holds the family survey in the autumns of 2027 and 2029 only (002: "Perheiden kysely syksyllä 2027, 2029")', () => {
    const survey: Cadence = { kind: 'every-n-years', every: 2, phaseYear: 2027, window: { from: 9, to: 11 } };
    const tasks = expandCadence(survey, { from: '2026-01-01', to: '2029-12-31' });
    expect(tasks.map((t) => t.window)).toEqual([
      { start: '2027-09-01', end: '2027-11-30' },
      { start: '2029-09-01', end: '2029-11-30' },
    ]);
    expect(tasks.map((t) => t.mode)).toEqual([CADENCE_DEFAULTS.mode, CADENCE_DEFAULTS.mode]);
  });

  it('holds the municipal survey early in 2026 and 2028 (002: "Kuntakohtainen arviointikysely alkuvuonna 2026, 2028")', () => {
    const survey: Cadence = { kind: 'every-n-years', every: 2, phaseYear: 2026, window: { from: 1, to: 3 } };
    const tasks = expandCadence(survey, { from: '2026-01-01', to: '2029-12-31' });
    expect(tasks.map((t) => t.start.slice(0, 4))).toEqual(['2026', '2028']);
    for (const t of tasks) expect(Number(t.start.slice(5, 7))).toBeLessThanOrEqual(3);
  });

  it('alternates peer and self evaluation of the meeting places by year, peer first in the phase year (002)', () => {
    const evaluation: Cadence = {
      kind: 'every-n-years',
      every: 1,
      phaseYear: 2026,
      window: { from: 9, to: 11 },
      variants: ['peer', 'self'],
    };
    const tasks = expandCadence(evaluation, { from: '2025-01-01', to: '2029-12-31' });
    expect(tasks.map((t) => [t.start.slice(0, 4), t.variant])).toEqual([
      ['2025', 'self'],
      ['2026', 'peer'],
      ['2027', 'self'],
      ['2028', 'peer'],
      ['2029', 'self'],
    ]);
  });

  it('meets the steering group on the 2nd Tuesday of every month but July (001 §13, 002 "kuukausittain")', () => {
    const steering: Cadence = { kind: 'monthly', mode: 'remote', skipMonths: [7] };
    const meetings = expandCadence(steering, year(2026));
    expect(meetings.map(day)).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
      '2026-05-12',
      '2026-06-09',
      '2026-08-11',
      '2026-09-08',
      '2026-10-13',
      '2026-11-10',
      '2026-12-08',
    ]);
    expect(meetings[0]).toEqual({
      start: '2026-01-13T09:00:00+02:00',
      end: '2026-01-13T11:00:00+02:00',
      mode: 'remote',
    });
  });

  it('carries the modes a group chooses between: "remote or hybrid" (002), the usual one as mode', () => {
    const steering: Cadence = { kind: 'monthly', mode: ['remote', 'hybrid'], skipMonths: [7] };
    const meetings = expandCadence(steering, year(2026));
    expect(meetings).toHaveLength(11);
    expect(meetings.every((m) => m.mode === 'remote' && m.modes?.join() === 'remote,hybrid')).toBe(true);
    // A single mode, also as a list of one, gives no `modes`.
    expect(expandCadence({ kind: 'monthly', mode: ['hybrid'] }, year(2026))[0]).not.toHaveProperty('modes');
  });

  it('meets every third monthly meeting in person (inPersonAt), counted over the year whatever the period', () => {
    const cadence: Cadence = { kind: 'monthly', mode: ['remote', 'hybrid'], skipMonths: [7], inPersonAt: [0, 3, 6, 9] };
    const meetings = expandCadence(cadence, year(2026));
    expect(meetings.filter((m) => m.mode === 'in-person').map(day)).toEqual([
      '2026-01-13',
      '2026-04-14',
      // July has no meeting, so the 7th and 10th meetings of the year fall in August and November.
      '2026-08-11',
      '2026-11-10',
    ]);
    expect(meetings.find((m) => m.mode === 'in-person')).not.toHaveProperty('modes');
    const spring = expandCadence(cadence, { from: '2026-04-01', to: '2026-06-30' });
    expect(spring.map((m) => m.mode)).toEqual(['in-person', 'remote', 'remote']);
  });

  it('spreads inPerson monthly meetings evenly over the year when inPersonAt is not given', () => {
    const meetings = expandCadence({ kind: 'monthly', mode: 'remote', inPerson: 2 }, year(2026));
    expect(meetings.filter((m) => m.mode === 'in-person').map(day)).toEqual(['2026-04-14', '2026-10-13']);
  });
});

describe('expandCadence: moving off weekends, holidays and days off', () => {
  it('moves a Thursday meeting off Christmas Eve to the nearest working day, and says so', () => {
    // The 4th Thursday of December 2026 is Christmas Eve; Friday is Christmas Day, so Wednesday it is.
    const meetings = expandCadence(
      { kind: 'monthly', mode: 'hybrid', weekday: 4, weekOfMonth: 4 },
      { from: '2026-12-01', to: '2026-12-31' },
    );
    expect(meetings).toEqual([
      {
        start: '2026-12-23T09:00:00+02:00',
        end: '2026-12-23T11:00:00+02:00',
        mode: 'hybrid',
        moved: { from: '2026-12-24', reason: 'day-off' },
      },
    ]);
  });

  it('moves later first: a Monday on Easter Monday goes to Tuesday', () => {
    // The 1st Monday of April 2026 is Easter Monday (6 April).
    const [meeting] = expandCadence(
      { kind: 'monthly', mode: 'remote', weekday: 1, weekOfMonth: 1 },
      { from: '2026-04-01', to: '2026-04-30' },
    );
    expect(meeting?.start).toBe('2026-04-07T09:00:00+03:00');
    expect(meeting?.moved).toEqual({ from: '2026-04-06', reason: 'holiday' });
  });

  it('stays inside the month: New Year’s Day on the preferred Friday moves to Monday, not to 31 December', () => {
    // The 1st Friday of January 2027 is New Year's Day; Thursday 31 December is nearer but in another month.
    const [meeting] = expandCadence(
      { kind: 'monthly', mode: 'remote', weekday: 5, weekOfMonth: 1 },
      { from: '2027-01-01', to: '2027-01-31' },
    );
    expect(meeting?.start.slice(0, 10)).toBe('2027-01-04');
    expect(meeting?.moved).toEqual({ from: '2027-01-01', reason: 'holiday' });
  });

  it('reports a weekend when the cadence itself prefers Saturday, moving to the nearer Friday', () => {
    const meetings = expandCadence({ kind: 'monthly', mode: 'remote', weekday: 6 }, year(2026));
    for (const m of meetings) {
      expect(m.moved?.reason === 'weekend' || m.moved?.reason === 'holiday').toBe(true);
      expect([4, 5]).toContain(weekday(day(m)));
    }
  });
});

describe('expandCadence: time and period', () => {
  it('keeps 09:00 Helsinki time across the summer-time changes: +02:00 in winter, +03:00 in summer', () => {
    for (let y = 2026; y <= 2030; y++) {
      const meetings = expandCadence({ kind: 'monthly', mode: 'remote' }, year(y));
      for (const m of meetings) {
        const month = Number(m.start.slice(5, 7));
        expect(m.start.slice(11, 19)).toBe('09:00:00');
        // The 2nd Tuesday is before the last Sunday of March and of October, so March and October differ.
        expect(m.start.slice(19)).toBe(month >= 4 && month <= 10 ? '+03:00' : '+02:00');
      }
    }
  });

  it('writes the 09:00 meeting the week before and after the last Sunday of March and of October with the right offset', () => {
    // Weekly-ish: the last and the first Tuesdays around the transitions of 2026 (29 March, 25 October).
    const march = expandCadence(
      { kind: 'monthly', mode: 'remote', weekOfMonth: -1 },
      { from: '2026-03-01', to: '2026-03-31' },
    );
    const april = expandCadence(
      { kind: 'monthly', mode: 'remote', weekOfMonth: 1 },
      { from: '2026-04-01', to: '2026-04-30' },
    );
    const october = expandCadence(
      { kind: 'monthly', mode: 'remote', weekOfMonth: -1 },
      { from: '2026-10-01', to: '2026-10-31' },
    );
    expect(march[0]?.start).toBe('2026-03-31T09:00:00+03:00');
    expect(april[0]?.start).toBe('2026-04-07T09:00:00+03:00');
    expect(october[0]?.start).toBe('2026-10-27T09:00:00+02:00');
    const before = expandCadence(
      { kind: 'monthly', mode: 'remote', weekOfMonth: 4 },
      { from: '2026-03-01', to: '2026-03-31' },
    );
    expect(before[0]?.start).toBe('2026-03-24T09:00:00+02:00');
    const octBefore = expandCadence(
      { kind: 'monthly', mode: 'remote', weekOfMonth: 3 },
      { from: '2026-10-01', to: '2026-10-31' },
    );
    expect(octBefore[0]?.start).toBe('2026-10-20T09:00:00+03:00');
  });

  it('uses the cadence time and duration, and ends on the next day past midnight', () => {
    const [late] = expandCadence(
      { kind: 'monthly', mode: 'remote', time: '23:00', durationMinutes: 120 },
      { from: '2026-03-01', to: '2026-03-31' },
    );
    expect(late).toMatchObject({ start: '2026-03-10T23:00:00+02:00', end: '2026-03-11T01:00:00+02:00' });
  });

  it('returns only meetings entirely inside the period', () => {
    const monthly: Cadence = { kind: 'monthly', mode: 'remote', time: '23:00', durationMinutes: 120 };
    expect(expandCadence(monthly, { from: '2026-03-10', to: '2026-03-10' })).toEqual([]);
    expect(expandCadence(monthly, { from: '2026-03-10', to: '2026-03-11' })).toHaveLength(1);
    expect(expandCadence(monthly, { from: '2026-03-11', to: '2026-04-13' })).toEqual([]);
  });

  it('places meetings the same way whatever the period: a narrower period gives a subset', () => {
    const cadence: Cadence = {
      kind: 'times-per-year',
      times: 6,
      inPerson: 2,
      mode: 'hybrid',
      months: { from: 9, to: 5 },
    };
    const wide = expandCadence(cadence, { from: '2026-01-01', to: '2029-12-31' });
    const narrow = expandCadence(cadence, { from: '2027-02-01', to: '2028-03-31' });
    expect(narrow.length).toBeGreaterThan(0);
    expect(wide).toEqual(expect.arrayContaining(narrow));
  });

  it('lets a window that wraps over the new year belong to the year it starts in', () => {
    const winter: Cadence = { kind: 'windows', windows: [{ window: { from: 12, to: 1 }, mode: 'remote' }] };
    // The middle of December 2026–January 2027 is Thursday 31 December; the nearest Tuesday is the 29th.
    const meetings = expandCadence(winter, { from: '2026-01-01', to: '2026-12-31' });
    expect(meetings.map((m) => [day(m), m.window])).toEqual([
      ['2026-12-29', { start: '2026-12-01', end: '2027-01-31' }],
    ]);
    const both = expandCadence(winter, { from: '2025-12-01', to: '2027-01-31' });
    expect(both.map((m) => m.window?.start)).toEqual(['2025-12-01', '2026-12-01']);
  });

  it('does not put two windows of one cadence on the same day', () => {
    const twice: Cadence = {
      kind: 'windows',
      windows: [
        { window: { from: 1, to: 1 }, mode: 'remote' },
        { window: { from: 1, to: 1 }, mode: 'in-person' },
      ],
    };
    const meetings = expandCadence(twice, year(2026));
    expect(meetings).toHaveLength(2);
    expect(new Set(meetings.map(day)).size).toBe(2);
  });
});

describe('expandCadence: times-per-year details', () => {
  it('spreads in-person meetings by floor((2j+1)·N/(2K)): 2 of 4 are the 2nd and 4th', () => {
    const meetings = expandCadence({ kind: 'times-per-year', times: 4, inPerson: 2, mode: 'remote' }, year(2026));
    expect(meetings.map((m) => m.mode)).toEqual(['remote', 'in-person', 'remote', 'in-person']);
  });

  it('honours inPersonAt', () => {
    const meetings = expandCadence(
      { kind: 'times-per-year', times: 3, inPersonAt: [0], mode: 'remote', weekday: 4 },
      year(2026),
    );
    expect(meetings.map((m) => m.mode)).toEqual(['in-person', 'remote', 'remote']);
    for (const m of meetings) expect(weekday(day(m))).toBe(4);
  });

  it('keeps meetings inside the months window and out of skipped months', () => {
    const spring: Cadence = {
      kind: 'times-per-year',
      times: 5,
      mode: 'remote',
      months: { from: 1, to: 6 },
      skipMonths: [3],
    };
    const meetings = expandCadence(spring, { from: '2026-01-01', to: '2028-12-31' });
    expect(meetings).toHaveLength(15);
    for (const m of meetings) {
      const month = Number(m.start.slice(5, 7));
      expect(month).toBeLessThanOrEqual(6);
      expect(month).not.toBe(3);
      expect(m.window).toEqual({ start: `${m.start.slice(0, 4)}-01-01`, end: `${m.start.slice(0, 4)}-06-30` });
    }
  });

  it('never uses a holiday, even at 52 a year', () => {
    const weekly = expandCadence({ kind: 'times-per-year', times: 52, mode: 'remote', weekday: 5 }, year(2026));
    expect(weekly).toHaveLength(52);
    const holidays = new Set(finnishHolidays(2026).map((h) => h.date));
    for (const m of weekly) expect(holidays.has(day(m))).toBe(false);
    expect(weekly.some((m) => m.moved?.from === '2026-04-03')).toBe(true); // Good Friday
  });
});

describe('expandCadence: validation', () => {
  it('names the field of a bad cadence', () => {
    expect(() => expandCadence({ kind: 'monthly' } as unknown as Cadence, year(2026))).toThrow(/^cadence\.mode: /);
    expect(() => expandCadence({ kind: 'times-per-year', times: 4, inPerson: 5, mode: 'remote' }, year(2026))).toThrow(
      /^cadence\.inPerson: inPerson cannot exceed times/,
    );
    expect(() => expandCadence({ kind: 'monthly', mode: 'remote', time: '9:00' }, year(2026))).toThrow(ValidationError);
  });

  it('refuses more than one meeting a week on average, naming times', () => {
    expect(() =>
      expandCadence({ kind: 'times-per-year', times: 5, mode: 'remote', months: { from: 2, to: 2 } }, year(2026)),
    ).toThrow(/^cadence\.times: The meetings do not fit/);
    expect(
      expandCadence({ kind: 'times-per-year', times: 4, mode: 'remote', months: { from: 2, to: 2 } }, year(2026)),
    ).toHaveLength(4);
  });

  it('refuses inPersonAt and inPerson that disagree', () => {
    expect(() =>
      expandCadence({ kind: 'times-per-year', times: 4, inPerson: 2, inPersonAt: [1], mode: 'remote' }, year(2026)),
    ).toThrow(/^cadence\.inPersonAt: inPersonAt and inPerson name different numbers of meetings/);
  });

  it('names the field of a bad period', () => {
    expect(() => expandCadence({ kind: 'monthly', mode: 'remote' }, { from: '2026-02-30', to: '2026-12-31' })).toThrow(
      /^period\.from: Not a real calendar date/,
    );
    expect(() => expandCadence({ kind: 'monthly', mode: 'remote' }, { from: '2026-12-31', to: '2026-01-01' })).toThrow(
      /^period\.to: to is before from/,
    );
    expect(() => expandCadence({ kind: 'monthly', mode: 'remote' }, { from: '1910-01-01', to: '1910-12-31' })).toThrow(
      /^period\.from: Expected a year in 1922–2200/,
    );
  });

  it('matches the example of the TSDoc', () => {
    expect(expandCadence({ kind: 'monthly', mode: 'remote' }, { from: '2026-03-01', to: '2026-03-31' })).toEqual([
      { start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' },
    ]);
    expect(CADENCE_DEFAULTS).toEqual({
      time: '09:00',
      durationMinutes: 120,
      weekday: 2,
      weekOfMonth: 2,
      mode: 'remote',
    });
  });
});
