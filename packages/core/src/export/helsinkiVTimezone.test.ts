import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELSINKI_VTIMEZONE, vtimezoneInstant } from './helsinkiVTimezone.js';
import { icalDateTime } from './icalDateTime.js';

describe('HELSINKI_VTIMEZONE', () => {
  it('declares EET and EEST changing on the last Sunday of March and October', () => {
    expect(HELSINKI_VTIMEZONE).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(HELSINKI_VTIMEZONE).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(HELSINKI_VTIMEZONE[0]).toBe('BEGIN:VTIMEZONE');
    expect(HELSINKI_VTIMEZONE.at(-1)).toBe('END:VTIMEZONE');
  });
});

describe('vtimezoneInstant', () => {
  it('reads Helsinki wall-clock time with the VTIMEZONE offsets', () => {
    expect(vtimezoneInstant(2026, 3, 10, 9, 0, 0)).toBe(Date.UTC(2026, 2, 10, 7));
    expect(vtimezoneInstant(2026, 6, 1, 9, 0, 0)).toBe(Date.UTC(2026, 5, 1, 6));
  });

  it('gives no instant in the skipped and the repeated hour', () => {
    expect(vtimezoneInstant(2026, 3, 29, 3, 30, 0)).toBeUndefined();
    expect(vtimezoneInstant(2026, 10, 25, 3, 30, 0)).toBeUndefined();
  });

  it('inverts icalDateTime wherever that writes wall-clock time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2100, 0, 1) }), (raw) => {
        const ms = Math.floor(raw / 1000) * 1000;
        const time = icalDateTime(ms);
        if (time.utc) return;
        const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(time.value)!.map(Number);
        expect(vtimezoneInstant(y!, mo!, d!, h!, mi!, s!)).toBe(ms);
      }),
    );
  });
});
