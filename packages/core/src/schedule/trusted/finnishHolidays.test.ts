import { describe, expect, it } from 'vitest';
import { finnishHolidays as checked } from '../finnishHolidays.js';
import { finnishHolidays, HOLIDAY_YEARS } from './finnishHolidays.js';

describe('finnishHolidays (trusted)', () => {
  it('keeps the TSDoc example true', () => {
    expect(finnishHolidays(2026).find((h) => h.name.en === 'Midsummer Eve')).toEqual({
      date: '2026-06-19',
      name: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' },
      kind: 'day-off',
    });
  });

  it('gives the checked function’s holidays for every year it accepts', () => {
    for (let year = HOLIDAY_YEARS.from; year <= HOLIDAY_YEARS.to; year++) {
      expect(finnishHolidays(year)).toEqual(checked(year));
    }
  });

  it('gives each call its own names, so a caller that edits one changes no other list', () => {
    const first = finnishHolidays(2026);
    first[0]!.name.fi = 'muutettu';
    expect(finnishHolidays(2026)[0]!.name.fi).toBe('Uudenvuodenpäivä');
  });
});
