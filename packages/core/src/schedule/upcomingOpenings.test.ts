import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../test/runs.js';
import { generatePlaces, makeActivity, makePlace } from '../search/fixtures.js';
import { TimeInputError } from '../time/timeInputError.js';
import { upcomingOpenings } from './upcomingOpenings.js';

const brief = (list: ReturnType<typeof upcomingOpenings>) =>
  list.map((o) => `${o.activityId} ${o.start}–${o.end.slice(11, 16)}`);

describe('upcomingOpenings', () => {
  it('expands a weekly activity over seven days in Helsinki time', () => {
    const place = makePlace({ activities: [makeActivity({ id: 'open-morning', weekday: 2 })] });
    const openings = upcomingOpenings(place, { from: '2026-03-09' });
    expect(openings).toEqual([
      {
        activityId: 'open-morning',
        name: { fi: 'Avoin aamupäivä', sv: 'Öppen förmiddag', en: 'Open morning' },
        offering: 'open-activity',
        date: '2026-03-10',
        start: '2026-03-10T09:00:00+02:00',
        end: '2026-03-10T12:00:00+02:00',
      },
    ]);
  });

  it('sorts by time across days and activities', () => {
    const place = makePlace({
      activities: [
        makeActivity({ id: 'afternoon', weekday: 1, start: '13:00', end: '15:00' }),
        makeActivity({ id: 'morning', weekday: 1, start: '09:00', end: '11:00' }),
        makeActivity({ id: 'sunday', weekday: 7, start: '08:00', end: '09:00' }),
      ],
    });
    // From Sunday 8 March: Sunday first, then Monday's morning and afternoon; the next Sunday is day 8.
    expect(brief(upcomingOpenings(place, { from: '2026-03-08' }))).toEqual([
      'sunday 2026-03-08T08:00:00+02:00–09:00',
      'morning 2026-03-09T09:00:00+02:00–11:00',
      'afternoon 2026-03-09T13:00:00+02:00–15:00',
    ]);
  });

  it('switches to +03:00 in the week summer time starts (Sunday 29 March 2026)', () => {
    const place = makePlace({
      activities: [1, 6, 7].map((weekday) =>
        makeActivity({ id: `day-${weekday}`, weekday, start: '10:00', end: '12:00' }),
      ),
    });
    expect(brief(upcomingOpenings(place, { from: '2026-03-23' }))).toEqual([
      'day-1 2026-03-23T10:00:00+02:00–12:00',
      'day-6 2026-03-28T10:00:00+02:00–12:00',
      'day-7 2026-03-29T10:00:00+03:00–12:00',
    ]);
  });

  it('switches back to +02:00 in the week summer time ends (Sunday 25 October 2026)', () => {
    const place = makePlace({
      activities: [6, 7].map((weekday) =>
        makeActivity({ id: `day-${weekday}`, weekday, start: '10:00', end: '12:00' }),
      ),
    });
    const openings = upcomingOpenings(place, { from: '2026-10-19' });
    expect(brief(openings)).toEqual(['day-6 2026-10-24T10:00:00+03:00–12:00', 'day-7 2026-10-25T10:00:00+02:00–12:00']);
    // Two hours of wall clock are two real hours on either side of the change.
    for (const o of openings) expect(Date.parse(o.end) - Date.parse(o.start)).toBe(2 * 3_600_000);
  });

  it('honours odd and even ISO weeks (2026-W01 starts Monday 2025-12-29)', () => {
    const place = makePlace({
      activities: [
        makeActivity({ id: 'odd', weekday: 1, weeks: 'odd' }),
        makeActivity({ id: 'even', weekday: 1, weeks: 'even' }),
        makeActivity({ id: 'every', weekday: 1, weeks: 'every' }),
      ],
    });
    const openings = upcomingOpenings(place, { from: '2025-12-22', days: 21 });
    expect(openings.map((o) => `${o.date} ${o.activityId}`)).toEqual([
      '2025-12-22 even', // 2025-W52
      '2025-12-22 every',
      '2025-12-29 odd', // 2026-W01
      '2025-12-29 every',
      '2026-01-05 even', // 2026-W02
      '2026-01-05 every',
    ]);
  });

  it('honours validFrom and validTo, inclusive', () => {
    const place = makePlace({
      activities: [makeActivity({ weekday: 2, validFrom: '2026-03-10', validTo: '2026-03-17' })],
    });
    const dates = upcomingOpenings(place, { from: '2026-03-01', days: 31 }).map((o) => o.date);
    expect(dates).toEqual(['2026-03-10', '2026-03-17']);
  });

  it('honours the place operating range', () => {
    const place = makePlace({ operating: { start: '2026-03-15', end: '2026-03-24' } });
    expect(upcomingOpenings(place, { from: '2026-03-01', days: 31 }).map((o) => o.date)).toEqual([
      '2026-03-17',
      '2026-03-24',
    ]);
  });

  it('removes a day closed by an exception, for all activities or for one', () => {
    const place = makePlace({
      activities: [
        makeActivity({ id: 'club', weekday: 2 }),
        makeActivity({ id: 'cafe', weekday: 2, start: '13:00', end: '15:00' }),
      ],
      exceptions: [
        { date: '2026-03-10', closed: true },
        { date: '2026-03-17', closed: true, activityId: 'cafe' },
      ],
    });
    expect(upcomingOpenings(place, { from: '2026-03-09', days: 14 }).map((o) => `${o.date} ${o.activityId}`)).toEqual([
      '2026-03-17 club',
    ]);
  });

  it('applies changed hours to every activity that day, or to the one named', () => {
    const place = makePlace({
      activities: [
        makeActivity({ id: 'club', weekday: 2 }),
        makeActivity({ id: 'cafe', weekday: 2, start: '13:00', end: '15:00' }),
      ],
      exceptions: [
        { date: '2026-03-10', closed: false, start: '10:00', end: '11:00', note: { fi: 'Lyhennetty päivä' } },
        { date: '2026-03-17', closed: false, start: '16:00', end: '18:00', activityId: 'club' },
      ],
    });
    const openings = upcomingOpenings(place, { from: '2026-03-09', days: 14 });
    expect(openings.map((o) => `${o.start} ${o.activityId} ${o.changed ?? false}`)).toEqual([
      '2026-03-10T10:00:00+02:00 club true',
      '2026-03-10T10:00:00+02:00 cafe true',
      '2026-03-17T13:00:00+02:00 cafe false',
      '2026-03-17T16:00:00+02:00 club true',
    ]);
    expect(openings[0]?.note).toEqual({ fi: 'Lyhennetty päivä' });
  });

  it('moves a session to another day when an exception names the activity on that day', () => {
    const place = makePlace({
      activities: [makeActivity({ id: 'club', weekday: 2 })],
      exceptions: [
        { date: '2026-03-10', closed: true, activityId: 'club' },
        { date: '2026-03-11', closed: false, start: '09:00', end: '12:00', activityId: 'club' },
      ],
    });
    expect(upcomingOpenings(place, { from: '2026-03-09' })).toMatchObject([{ date: '2026-03-11', changed: true }]);
  });

  it('never opens a day with no activity for an exception without activityId', () => {
    const place = makePlace({
      activities: [makeActivity({ weekday: 2 })],
      exceptions: [{ date: '2026-03-11', closed: false, start: '09:00', end: '12:00' }],
    });
    expect(upcomingOpenings(place, { from: '2026-03-11', days: 1 })).toEqual([]);
  });

  it('keeps a place open on a public holiday unless an exception closes it', () => {
    // Tuesday 6 January 2026 is Epiphany (loppiainen), a public holiday in Finland.
    const place = makePlace({ activities: [makeActivity({ weekday: 2 })] });
    expect(upcomingOpenings(place, { from: '2026-01-06', days: 1 })).toHaveLength(1);
    const closed = makePlace({ exceptions: [{ date: '2026-01-06', closed: true }] });
    expect(upcomingOpenings(closed, { from: '2026-01-06', days: 1 })).toEqual([]);
  });

  it('throws a coded TimeInputError naming the option for bad options', () => {
    const place = makePlace();
    const thrown = (code: string, input: string) => expect.objectContaining({ name: 'TimeInputError', code, input });
    expect(() => upcomingOpenings(place, { from: '10.3.2026' })).toThrow(thrown('invalid-date', 'options.from'));
    expect(() => upcomingOpenings(place, { from: '2026-02-30' })).toThrow(TimeInputError);
    expect(() => upcomingOpenings(place, { from: '2026-03-10', days: 0 })).toThrow(thrown('too-small', 'options.days'));
    expect(() => upcomingOpenings(place, { from: '2026-03-10', days: 367 })).toThrow(thrown('too-big', 'options.days'));
    expect(() => upcomingOpenings(place, { from: '2026-03-10', days: 1.5 })).toThrow(
      thrown('invalid-type', 'options.days'),
    );
    expect(() => upcomingOpenings(place, { from: '2026-03-10', weeks: 1 } as never)).toThrow(
      thrown('unknown-field', 'options'),
    );
  });

  it('returns openings in time order, within the requested days, each ending after it starts', () => {
    const places = generatePlaces(50, 5);
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 21 }),
        (place, when, days) => {
          const from = when.toISOString().slice(0, 10);
          const openings = upcomingOpenings(place, { from, days });
          const last = new Date(Date.parse(from) + (days - 1) * 86_400_000).toISOString().slice(0, 10);
          for (const [i, o] of openings.entries()) {
            expect(o.date >= from && o.date <= last).toBe(true);
            expect(Date.parse(o.end)).toBeGreaterThan(Date.parse(o.start));
            if (i > 0) expect(Date.parse(o.start)).toBeGreaterThanOrEqual(Date.parse(openings[i - 1]?.start ?? ''));
          }
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
