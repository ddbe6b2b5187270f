import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayInfo, helsinkiDateTime } from './calendar.js';

describe('calendar helpers', () => {
  it('numbers ISO weeks so that 2026-W01 starts on Monday 2025-12-29', () => {
    expect(dayInfo('2025-12-28')).toMatchObject({ weekday: 7, isoWeek: 52, weekParity: 'even' });
    expect(dayInfo('2025-12-29')).toMatchObject({ weekday: 1, isoWeek: 1, weekParity: 'odd' });
    expect(dayInfo('2026-01-04')).toMatchObject({ weekday: 7, isoWeek: 1 });
    expect(dayInfo('2026-01-05')).toMatchObject({ weekday: 1, isoWeek: 2, weekParity: 'even' });
  });

  it('knows 53-week years: 2026-12-31 is in 2026-W53 and 2027-01-04 starts W01', () => {
    expect(dayInfo('2026-12-31')).toMatchObject({ weekday: 4, isoWeek: 53, weekParity: 'odd' });
    expect(dayInfo('2027-01-03')).toMatchObject({ weekday: 7, isoWeek: 53 });
    expect(dayInfo('2027-01-04')).toMatchObject({ weekday: 1, isoWeek: 1 });
  });

  it('agrees with the machine calendar on weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 80_000 }), (day) => {
        const date = new Date(day * 86_400_000);
        const iso = date.toISOString().slice(0, 10);
        expect(dayInfo(iso).weekday).toBe(((date.getUTCDay() + 6) % 7) + 1);
        expect(addDays(iso, 1)).toBe(new Date((day + 1) * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });

  it('crosses month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('writes Helsinki times with +02:00 in winter and +03:00 in summer', () => {
    expect(helsinkiDateTime('2026-03-10', '09:00')).toBe('2026-03-10T09:00:00+02:00');
    expect(helsinkiDateTime('2026-03-28', '23:59')).toBe('2026-03-28T23:59:00+02:00');
    expect(helsinkiDateTime('2026-03-29', '09:00')).toBe('2026-03-29T09:00:00+03:00');
    expect(helsinkiDateTime('2026-10-24', '09:00')).toBe('2026-10-24T09:00:00+03:00');
    expect(helsinkiDateTime('2026-10-25', '09:00')).toBe('2026-10-25T09:00:00+02:00');
  });

  it('moves a time skipped by the spring change forward an hour', () => {
    expect(helsinkiDateTime('2026-03-29', '03:30')).toBe('2026-03-29T04:30:00+03:00');
  });
});
