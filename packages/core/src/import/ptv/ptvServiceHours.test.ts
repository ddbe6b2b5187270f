import { describe, expect, it } from 'vitest';
import { codesAt, fixtureChannel, testContext } from './fixtures.js';
import { ptvServiceHours } from './ptvServiceHours.js';
import { OPEN_ACTIVITY_NAME } from './ptvWeeklyHours.js';

/** A weekly service hour with the given openings (and other fields). */
function weekly(openingHour: unknown[], extra: Record<string, unknown> = {}) {
  return { serviceHourType: 'DaysOfTheWeek', isClosed: false, isAlwaysOpen: false, openingHour, ...extra };
}

describe('ptvServiceHours: weekly hours', () => {
  it('holds for the documented example', () => {
    const ctx = testContext();
    const hours = ptvServiceHours(ctx, [weekly([{ dayFrom: 'Wednesday', from: '09:00:00', to: '12:00:00' }])]);
    expect(hours.activities).toHaveLength(1);
  });

  it('makes one "Open" activity a weekday, with HH:mm:ss times as HH:mm', () => {
    const ctx = testContext();
    const { activities } = ptvServiceHours(ctx, [
      weekly([{ dayFrom: 'Thursday', dayTo: '', from: '17:00:00', to: '19:30:00' }]),
    ]);
    expect(activities).toEqual([
      {
        id: 'hours-0-0-4',
        name: OPEN_ACTIVITY_NAME,
        offering: 'open-activity',
        weekday: 4,
        start: '17:00',
        end: '19:30',
      },
    ]);
    expect(ctx.issues).toEqual([]);
  });

  it('expands a dayFrom–dayTo range, also over the week’s end', () => {
    const ctx = testContext();
    const { activities } = ptvServiceHours(ctx, [
      weekly([
        { dayFrom: 'Monday', dayTo: 'Wednesday', from: '09:00:00', to: '12:00:00' },
        { dayFrom: 'Saturday', dayTo: 'Monday', from: '10:00:00', to: '11:00:00' },
      ]),
    ]);
    expect(activities.map((a) => [a.id, a.weekday, a.start])).toEqual([
      ['hours-0-0-1', 1, '09:00'],
      ['hours-0-0-2', 2, '09:00'],
      ['hours-0-0-3', 3, '09:00'],
      ['hours-0-1-6', 6, '10:00'],
      ['hours-0-1-7', 7, '10:00'],
      ['hours-0-1-1', 1, '10:00'],
    ]);
  });

  it('carries the validity as Helsinki dates', () => {
    const ctx = testContext();
    const { activities } = ptvServiceHours(ctx, [
      weekly([{ dayFrom: 'Tuesday', from: '09:30:00', to: '11:30:00' }], {
        validFrom: '2026-01-06T22:00:00.000Z',
        validTo: '2026-05-29T00:00:00',
      }),
    ]);
    expect(activities[0]).toMatchObject({ validFrom: '2026-01-07', validTo: '2026-05-29' });
  });

  it('leaves out and reports an entry that ends before it starts or has a bad date', () => {
    const ctx = testContext();
    const hours = ptvServiceHours(ctx, [
      weekly([{ dayFrom: 'Tuesday', from: '09:30:00', to: '11:30:00' }], {
        validFrom: '2026-06-01',
        validTo: '2026-05-01',
      }),
      weekly([{ dayFrom: 'Tuesday', from: '09:30:00', to: '11:30:00' }], { validFrom: '1.6.2026' }),
    ]);
    expect(hours.activities).toEqual([]);
    expect(codesAt(ctx.issues, 'serviceHours[0].validTo')).toEqual(['invalid-value']);
    expect(codesAt(ctx.issues, 'serviceHours[1].validFrom')).toEqual(['invalid-value']);
  });

  it('drops seconds with a time-truncated issue', () => {
    const ctx = testContext();
    const { activities } = ptvServiceHours(ctx, [weekly([{ dayFrom: 'Tuesday', from: '09:30:00', to: '11:15:30' }])]);
    expect(activities[0]?.end).toBe('11:15');
    expect(codesAt(ctx.issues, 'serviceHours[0].openingHour[0].to')).toEqual(['time-truncated']);
  });

  it('reports hours past midnight instead of mapping them', () => {
    const ctx = testContext();
    const { activities } = ptvServiceHours(ctx, [
      weekly([
        { dayFrom: 'Friday', from: '18:00:00', to: '02:00:00' },
        { dayFrom: 'Friday', from: '18:00:00', to: '24:00:00' },
        { dayFrom: 'Saturday', from: '14:00:00', to: '17:00:00' },
      ]),
      {
        serviceHourType: 'OverMidnight',
        openingHour: [{ dayFrom: 'Friday', dayTo: 'Saturday', from: '20:00:00', to: '01:00:00' }],
      },
    ]);
    expect(activities.map((a) => a.weekday)).toEqual([6]);
    expect(codesAt(ctx.issues, 'serviceHours[0].openingHour[0]')).toEqual(['over-midnight']);
    expect(codesAt(ctx.issues, 'serviceHours[0].openingHour[1]')).toEqual(['over-midnight']);
    expect(codesAt(ctx.issues, 'serviceHours[1].openingHour[0]')).toEqual(['over-midnight']);
  });

  it('maps an OverMidnight entry that stays within one day', () => {
    const ctx = testContext();
    const { activities } = ptvServiceHours(ctx, [
      {
        serviceHourType: 'OverMidnight',
        openingHour: [{ dayFrom: 'Sunday', dayTo: 'Sunday', from: '10:00:00', to: '14:00:00' }],
      },
    ]);
    expect(activities.map((a) => [a.weekday, a.start, a.end])).toEqual([[7, '10:00', '14:00']]);
  });

  it('reports round-the-clock hours', () => {
    const ctx = testContext();
    expect(ptvServiceHours(ctx, [weekly([], { isAlwaysOpen: true })]).activities).toEqual([]);
    expect(codesAt(ctx.issues, 'serviceHours[0]')).toEqual(['always-open']);
  });

  it('notes reservation-only hours in each language, before the additional information', () => {
    const ctx = testContext();
    const { activities } = ptvServiceHours(ctx, [
      weekly([{ dayFrom: 'Friday', from: '13:00:00', to: '15:00:00' }], {
        isReservation: true,
        additionalInformation: [{ language: 'fi', value: 'Soita ensin.' }],
      }),
    ]);
    expect(activities[0]?.note).toEqual({
      fi: 'Vain ajanvarauksella. Soita ensin.',
      sv: 'Endast med tidsbokning.',
      en: 'By appointment only.',
    });
  });

  it('reads v12 week repetition as odd and even weeks', () => {
    const ctx = testContext('v12');
    const { activities } = ptvServiceHours(ctx, [
      weekly([{ dayFrom: 'Tuesday', from: '09:30:00', to: '11:30:00' }], { weekRepetition: 'Odd' }),
      weekly([{ dayFrom: 'Tuesday', from: '09:30:00', to: '11:30:00' }], { weekRepetition: 'Even' }),
      weekly([{ dayFrom: 'Tuesday', from: '09:30:00', to: '11:30:00' }], { weekRepetition: 'Every' }),
      weekly([{ dayFrom: 'Tuesday', from: '09:30:00', to: '11:30:00' }], { weekRepetition: 'Monthly' }),
    ]);
    expect(activities.map((a) => a.weeks)).toEqual(['odd', 'even', undefined]);
    expect(codesAt(ctx.issues, 'serviceHours[3].weekRepetition')).toEqual(['invalid-value']);
  });

  it('turns a closed weekly period into closed days, and ignores a closed entry without dates', () => {
    const ctx = testContext();
    const hours = ptvServiceHours(ctx, [
      weekly([], { isClosed: true, validFrom: '2026-07-06T00:00:00', validTo: '2026-07-08T00:00:00' }),
      weekly([], { isClosed: true }),
    ]);
    expect(hours.exceptions).toEqual([
      { date: '2026-07-06', closed: true },
      { date: '2026-07-07', closed: true },
      { date: '2026-07-08', closed: true },
    ]);
    expect(ctx.issues).toEqual([]);
  });

  it('reports openings without a weekday or with malformed fields', () => {
    const ctx = testContext();
    const { activities } = ptvServiceHours(ctx, [
      weekly([
        { from: '09:00:00', to: '10:00:00' },
        { dayFrom: 'Funday', from: '09:00:00', to: '10:00:00' },
        { dayFrom: 'Monday', from: 'nine', to: '10:00:00' },
      ]),
    ]);
    expect(activities).toEqual([]);
    expect(codesAt(ctx.issues, 'serviceHours[0].openingHour[0].dayFrom')).toEqual(['invalid-value']);
    expect(codesAt(ctx.issues, 'serviceHours[0].openingHour[1].dayFrom')).toEqual(['invalid-value']);
    expect(codesAt(ctx.issues, 'serviceHours[0].openingHour[2].from')).toEqual(['invalid-value']);
  });

  it('reports an unknown hour type, a malformed entry and unknown fields', () => {
    const ctx = testContext();
    ptvServiceHours(ctx, [{ serviceHourType: 'Seasonal' }, { isClosed: 'yes' }, weekly([], { colour: 'red' })]);
    expect(codesAt(ctx.issues, 'serviceHours[0].serviceHourType')).toEqual(['invalid-value']);
    expect(codesAt(ctx.issues, 'serviceHours[1].isClosed')).toEqual(['invalid-value']);
    expect(codesAt(ctx.issues, 'serviceHours[2].colour')).toEqual(['unknown-field']);
  });
});

describe('ptvServiceHours: exceptional hours', () => {
  it('closes each day of a closed period, with its note', () => {
    const ctx = testContext();
    const { exceptions } = ptvServiceHours(ctx, [
      {
        serviceHourType: 'Exceptional',
        validFrom: '2026-12-24T00:00:00',
        validTo: '2026-12-26T00:00:00',
        isClosed: true,
        additionalInformation: [{ language: 'fi', value: 'Joulu' }],
      },
    ]);
    expect(exceptions).toEqual(
      ['2026-12-24', '2026-12-25', '2026-12-26'].map((date) => ({ date, closed: true, note: { fi: 'Joulu' } })),
    );
  });

  it('sets other hours on a single day given as a UTC instant', () => {
    const ctx = testContext();
    const { exceptions } = ptvServiceHours(ctx, [
      {
        serviceHourType: 'Exceptional',
        validFrom: '2026-12-30T22:00:00.000Z',
        validTo: null,
        isClosed: false,
        openingHour: [{ dayFrom: 'Thursday', dayTo: null, from: '09:00:00', to: '13:00:00' }],
      },
    ]);
    expect(exceptions).toEqual([{ date: '2026-12-31', closed: false, start: '09:00', end: '13:00' }]);
  });

  it('applies openings by weekday over a period and reports a second opening on a day', () => {
    const ctx = testContext();
    const { exceptions } = ptvServiceHours(ctx, [
      {
        serviceHourType: 'Exceptional',
        validFrom: '2026-12-28',
        validTo: '2027-01-03',
        openingHour: [
          { dayFrom: 'Monday', dayTo: 'Wednesday', from: '10:00:00', to: '14:00:00' },
          { dayFrom: 'Monday', from: '16:00:00', to: '18:00:00' },
        ],
      },
    ]);
    expect(exceptions.map((e) => [e.date, e.start])).toEqual([
      ['2026-12-28', '10:00'],
      ['2026-12-29', '10:00'],
      ['2026-12-30', '10:00'],
    ]);
    expect(codesAt(ctx.issues, 'serviceHours[0].openingHour[1]')).toEqual(['hours-conflict']);
  });

  it('reports exceptional hours without a date, over a year long, round the clock, past midnight or empty', () => {
    const ctx = testContext();
    const { exceptions } = ptvServiceHours(ctx, [
      { serviceHourType: 'Exceptional', isClosed: true },
      { serviceHourType: 'Exceptional', validFrom: '2026-01-01', validTo: '2027-06-01', isClosed: true },
      { serviceHourType: 'Exceptional', validFrom: '2026-05-01', isAlwaysOpen: true },
      { serviceHourType: 'Exceptional', validFrom: '2026-05-01', openingHour: [{ from: '22:00:00', to: '03:00:00' }] },
      { serviceHourType: 'Exceptional', validFrom: '2026-05-01' },
    ]);
    expect(exceptions).toEqual([]);
    expect(codesAt(ctx.issues, 'serviceHours[0].validFrom')).toEqual(['invalid-value']);
    expect(codesAt(ctx.issues, 'serviceHours[1]')).toEqual(['exception-too-long']);
    expect(codesAt(ctx.issues, 'serviceHours[2]')).toEqual(['always-open']);
    expect(codesAt(ctx.issues, 'serviceHours[3].openingHour[0]')).toEqual(['over-midnight']);
    expect(codesAt(ctx.issues, 'serviceHours[4]')).toEqual(['invalid-value']);
  });
});

describe('ptvServiceHours: holiday hours', () => {
  it('dates named holiday hours in the chosen years', () => {
    const ctx = testContext('v12', { holidayYears: [2026, 2027] });
    const { exceptions } = ptvServiceHours(ctx, [
      { serviceHourType: 'Holiday', holiday: 'MidsummerEve', isClosed: true },
      { serviceHourType: 'Holiday', holiday: 'ChristmasEve', openingHour: [{ from: '09:00:00', to: '11:00:00' }] },
    ]);
    expect(exceptions).toEqual([
      { date: '2026-06-19', closed: true },
      { date: '2027-06-25', closed: true },
      { date: '2026-12-24', closed: false, start: '09:00', end: '11:00' },
      { date: '2027-12-24', closed: false, start: '09:00', end: '11:00' },
    ]);
  });

  it('reports holiday hours when no years are chosen, and unknown holiday names', () => {
    const ctx = testContext('v12');
    const { exceptions } = ptvServiceHours(ctx, [
      { serviceHourType: 'Holiday', holiday: 'MidsummerEve', isClosed: true },
      { serviceHourType: 'Holiday', holiday: 'Juhannus', isClosed: true },
    ]);
    expect(exceptions).toEqual([]);
    expect(codesAt(ctx.issues, 'serviceHours[0]')).toEqual(['holiday-not-dated']);
    expect(codesAt(ctx.issues, 'serviceHours[1].holiday')).toEqual(['invalid-value']);
  });
});

describe('ptvServiceHours: fixtures', () => {
  it('maps every kind of hours of the v11 fixture', () => {
    const ctx = testContext('v11');
    const { activities, exceptions } = ptvServiceHours(
      ctx,
      fixtureChannel('v11-service-location.json')['serviceHours'],
    );
    expect(activities.map((a) => `${a.weekday} ${a.start}-${a.end}`)).toEqual([
      '1 09:00-12:00',
      '2 09:00-12:00',
      '3 09:00-12:00',
      '4 17:00-19:30',
    ]);
    expect(exceptions.filter((e) => e.closed)).toHaveLength(21 + 3);
    expect(exceptions.at(-1)).toEqual({ date: '2026-12-31', closed: false, start: '09:00', end: '13:00' });
    expect(ctx.issues.map((i) => i.code)).toEqual(['over-midnight']);
  });
});
