import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import { easterSunday, finnishHolidays, Holiday, holidayDays } from './finnishHolidays.js';
import { formatIsoDay } from '../time/isoFormat.js';
import { isFinnishWorkingDay } from './workingDay.js';

const byName = (year: number, en: string) => finnishHolidays(year).find((h) => h.name.en === en)?.date;

describe('finnishHolidays', () => {
  it('agrees with date-holidays for 2000–2100 (its public days are ours; its bank days are our days off, plus New Year’s Eve)', () => {
    const hd = new Holidays('FI');
    for (let year = 2000; year <= 2100; year++) {
      const theirs = hd.getHolidays(year);
      const ours = finnishHolidays(year);
      const dates = (list: { date: string }[]) => [...new Set(list.map((h) => h.date.slice(0, 10)))].sort();
      expect(dates(ours.filter((h) => h.kind === 'public'))).toEqual(dates(theirs.filter((h) => h.type === 'public')));
      // date-holidays also lists New Year's Eve as a bank holiday; it is an ordinary working day here.
      const bank = theirs.filter((h) => h.type === 'bank' && !h.date.startsWith(`${year}-12-31`));
      expect(dates(ours.filter((h) => h.kind === 'day-off'))).toEqual(dates(bank));
      // Its 'observance' days (Mother's and Father's Day) are Sundays, not days off: not listed here.
    }
  });

  it('puts Easter 2026 on 5 April, Midsummer Eve on 19 June and All Saints’ Day on 31 October', () => {
    expect(byName(2026, 'Easter Sunday')).toBe('2026-04-05');
    expect(byName(2026, 'Good Friday')).toBe('2026-04-03');
    expect(byName(2026, 'Midsummer Eve')).toBe('2026-06-19');
    expect(byName(2026, 'Midsummer Day')).toBe('2026-06-20');
    expect(byName(2026, "All Saints' Day")).toBe('2026-10-31');
    expect(byName(2026, 'Ascension Day')).toBe('2026-05-14');
    expect(byName(2026, 'Whitsun (Pentecost)')).toBe('2026-05-24');
  });

  it('lists 13 public holidays and 2 days off, sorted, each valid by the Holiday schema', () => {
    for (const year of [1900, 1955, 1980, 2026, 2200]) {
      const list = finnishHolidays(year);
      expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
      for (const h of list) expect(Holiday.parse(h)).toEqual(h);
      expect(list.filter((h) => h.kind === 'day-off').map((h) => h.name.en)).toEqual([
        'Midsummer Eve',
        'Christmas Eve',
      ]);
      expect(list.filter((h) => h.kind === 'public')).toHaveLength(year < 1919 ? 12 : 13);
    }
  });

  it('keeps Midsummer on Friday 19–25 / Saturday 20–26 June and All Saints’ Day on Saturday 31 Oct–6 Nov since 1955', () => {
    for (let year = 1955; year <= 2200; year++) {
      const eve = new Date(`${byName(year, 'Midsummer Eve')}T12:00:00Z`);
      const allSaints = byName(year, "All Saints' Day") as string;
      expect(eve.getUTCDay()).toBe(5);
      expect(eve.getUTCMonth()).toBe(5);
      expect(eve.getUTCDate()).toBeGreaterThanOrEqual(19);
      expect(eve.getUTCDate()).toBeLessThanOrEqual(25);
      expect(new Date(`${allSaints}T12:00:00Z`).getUTCDay()).toBe(6);
      expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true);
    }
  });

  it('keeps Epiphany and Ascension Day on Saturdays in 1973–1990 only', () => {
    expect(byName(1972, 'Epiphany')).toBe('1972-01-06');
    expect(byName(1973, 'Epiphany')).toBe('1973-01-06'); // already a Saturday
    expect(byName(1975, 'Epiphany')).toBe('1975-01-11'); // 6 Jan 1975 was a Monday
    expect(byName(1990, 'Epiphany')).toBe('1990-01-06');
    expect(byName(1991, 'Epiphany')).toBe('1991-01-06'); // a Sunday: restored to its date
    // Easter 1980 was 6 April: the Thursday would be 15 May, the Saturday before it 10 May.
    expect(byName(1980, 'Ascension Day')).toBe('1980-05-10');
    expect(byName(1991, 'Ascension Day')).toBe('1991-05-09');
    expect(byName(1972, 'Ascension Day')).toBe('1972-05-11');
  });

  it('uses the fixed Midsummer and All Saints’ dates before 1955 and has no Independence Day before 1919', () => {
    expect(byName(1950, 'Midsummer Day')).toBe('1950-06-24');
    expect(byName(1950, 'Midsummer Eve')).toBe('1950-06-23');
    expect(byName(1950, "All Saints' Day")).toBe('1950-11-01');
    expect(byName(1918, 'Independence Day')).toBeUndefined();
    expect(byName(1919, 'Independence Day')).toBe('1919-12-06');
  });

  it('lists both holidays when two fall on one day (May Day and Ascension Day, 2008)', () => {
    const may1 = finnishHolidays(2008).filter((h) => h.date === '2008-05-01');
    expect(may1.map((h) => h.name.en)).toEqual(['May Day', 'Ascension Day']);
  });

  it('computes Easter by the Gregorian algorithm (known dates)', () => {
    const known: Record<number, string> = {
      1900: '1900-04-15',
      1961: '1961-04-02',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(formatIsoDay(easterSunday(Number(year)))).toBe(date);
    expect(holidayDays(2026)).toHaveLength(15);
  });

  it('rejects a year outside 1900–2200 or not an integer, naming `year`', () => {
    expect(() => finnishHolidays(1899)).toThrow(ValidationError);
    expect(() => finnishHolidays(2201)).toThrow(/^year: /);
    expect(() => finnishHolidays(2026.5)).toThrow(/^year: /);
  });

  it('returns fresh objects: changing one result does not change the next', () => {
    const first = finnishHolidays(2026);
    (first[0] as Holiday).name.en = 'changed';
    expect(finnishHolidays(2026)[0]?.name.en).toBe("New Year's Day");
  });

  it('matches the example of the TSDoc', () => {
    expect(finnishHolidays(2026).find((h) => h.name.en === 'Midsummer Eve')).toEqual({
      date: '2026-06-19',
      name: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' },
      kind: 'day-off',
    });
  });
});

describe('isFinnishWorkingDay', () => {
  it('knows weekends, holidays and days off', () => {
    expect(isFinnishWorkingDay('2026-04-03')).toBe(false); // Good Friday
    expect(isFinnishWorkingDay('2026-04-07')).toBe(true);
    expect(isFinnishWorkingDay('2026-12-24')).toBe(false); // Christmas Eve, a Thursday
    expect(isFinnishWorkingDay('2026-12-31')).toBe(true); // New Year's Eve is a working day
    expect(isFinnishWorkingDay('2026-03-14')).toBe(false); // a Saturday
  });

  it('rejects a date that is not real or outside 1900–2200, naming `date`', () => {
    expect(() => isFinnishWorkingDay('2026-02-30')).toThrow(/^date: Not a real calendar date/);
    expect(() => isFinnishWorkingDay('2201-01-02')).toThrow(/^date: Expected a year in 1900–2200/);
  });
});
