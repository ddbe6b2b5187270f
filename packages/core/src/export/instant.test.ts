import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Instant, toEpochMs } from './instant.js';

describe('toEpochMs', () => {
  it('reads the instant whatever offset it is written with', () => {
    expect(toEpochMs('2026-03-10T09:00:00+02:00')).toBe(Date.UTC(2026, 2, 10, 7));
    expect(toEpochMs('2026-03-10T07:00:00Z')).toBe(Date.UTC(2026, 2, 10, 7));
    expect(toEpochMs('2026-03-10T02:00:00-05:00')).toBe(Date.UTC(2026, 2, 10, 7));
    expect(toEpochMs('2026-03-10T12:45:00+05:45')).toBe(Date.UTC(2026, 2, 10, 7));
  });

  it('rejects impossible dates, times and offsets that Date.parse would roll over', () => {
    expect(Date.parse('2026-02-30T09:00:00+02:00')).not.toBeNaN();
    expect(toEpochMs('2026-02-30T09:00:00+02:00')).toBeUndefined();
    expect(toEpochMs('2026-13-01T09:00:00+02:00')).toBeUndefined();
    expect(toEpochMs('2026-03-10T24:00:00+02:00')).toBeUndefined();
    expect(toEpochMs('2026-03-10T09:60:00+02:00')).toBeUndefined();
    expect(toEpochMs('2026-03-10T09:00:00+25:00')).toBeUndefined();
    expect(toEpochMs('2026-03-10 09:00')).toBeUndefined();
  });

  it('agrees with Date.parse on every real date-time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offset) => {
          const ms = Math.floor(date.getTime() / 1000) * 1000;
          const shifted = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
          const abs = Math.abs(offset);
          const text = `${shifted}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(toEpochMs(text)).toBe(ms);
          expect(toEpochMs(text)).toBe(Date.parse(text));
        },
      ),
    );
  });

  it('is what the Instant schema checks', () => {
    expect(z.safeParse(Instant, '2026-03-10T09:00:00+02:00').success).toBe(true);
    expect(z.safeParse(Instant, '2026-02-30T09:00:00+02:00').success).toBe(false);
  });
});
