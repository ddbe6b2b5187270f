import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayInfo } from './dayInfo.js';

describe('dayInfo', () => {
  it('numbers ISO weeks so that 2026-W01 starts on Monday 2025-12-29', () => {
    expect(dayInfo('2025-12-28')).toMatchObject({ weekday: 7, isoWeek: 52, weekParity: 'even' });
    expect(dayInfo('2025-12-29')).toMatchObject({ weekday: 1, isoWeek: 1, weekParity: 'odd' });
    expect(dayInfo('2026-01-04')).toMatchObject({ weekday: 7, isoWeek: 1 });
    expect(dayInfo('2026-01-05')).toMatchObject({ weekday: 1, isoWeek: 2, weekParity: 'even' });
  });

  it('knows 53-week years: 2026-12-31 is in 2026-W53 and 2027-01-04 starts W01', () => {
    expect(dayInfo('2026-12-31')).toEqual({ date: '2026-12-31', weekday: 4, isoWeek: 53, weekParity: 'odd' });
    expect(dayInfo('2027-01-03')).toMatchObject({ weekday: 7, isoWeek: 53 });
    expect(dayInfo('2027-01-04')).toMatchObject({ weekday: 1, isoWeek: 1 });
  });

  it('agrees with the machine calendar on weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 80_000 }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(dayInfo(date.toISOString().slice(0, 10)).weekday).toBe(((date.getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});
