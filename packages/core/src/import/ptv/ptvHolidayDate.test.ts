import { describe, expect, it } from 'vitest';
import { finnishHolidays } from '../../schedule/finnishHolidays.js';
import { isoDayOfWeek } from './isoDayOfWeek.js';
import { PTV_HOLIDAY_NAMES, ptvHolidayDate } from './ptvHolidayDate.js';

describe('ptvHolidayDate', () => {
  it('holds for the documented examples', () => {
    expect(ptvHolidayDate('MidsummerEve', 2026)).toBe('2026-06-19');
    expect(ptvHolidayDate('MaundyThursday', 2026)).toBe('2026-04-02');
  });

  it('dates every one of PTV’s eighteen holiday names', () => {
    expect(PTV_HOLIDAY_NAMES).toHaveLength(18);
    for (const name of PTV_HOLIDAY_NAMES) expect(ptvHolidayDate(name, 2027), name).toMatch(/^2027-\d{2}-\d{2}$/);
  });

  it('puts the eves PTV adds on their fixed or Easter-based days', () => {
    expect(ptvHolidayDate('NewYearEve', 2026)).toBe('2026-12-31');
    expect(ptvHolidayDate('MayDayEve', 2026)).toBe('2026-04-30');
    expect(isoDayOfWeek(ptvHolidayDate('MaundyThursday', 2030)!)).toBe(4);
  });

  it('agrees with our Finnish holiday calendar on the shared holidays', () => {
    const ours = finnishHolidays(2028).map((holiday) => holiday.date);
    for (const name of [
      'NewYearDay',
      'GoodFriday',
      'AscensionDay',
      'MidsummerDay',
      'AllSaintsDay',
      'SecondDayOfChristmas',
    ]) {
      expect(ours, name).toContain(ptvHolidayDate(name, 2028));
    }
  });

  it('knows no other names, including ones inherited from Object', () => {
    for (const bad of ['Midsummer', 'midsummereve', 'constructor', 'toString', '']) {
      expect(ptvHolidayDate(bad, 2026), bad).toBeUndefined();
    }
  });
});
