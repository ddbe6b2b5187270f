import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPtvMinutes, ptvTime } from './ptvTime.js';

describe('ptvTime', () => {
  it('holds for the documented examples', () => {
    expect(ptvTime('09:30:00')).toEqual({ minutes: 570, truncated: false });
    expect(ptvTime('16:00:30')).toEqual({ minutes: 960, truncated: true });
    expect(ptvTime('25:00')).toBeUndefined();
  });

  it('reads HH:mm as well as HH:mm:ss and fractions of a second', () => {
    expect(ptvTime('9:05')).toEqual({ minutes: 545, truncated: false });
    expect(ptvTime('17:45:00.000')).toEqual({ minutes: 1065, truncated: false });
  });

  it('reads 24:00 as the end of the day and rejects anything later', () => {
    expect(ptvTime('24:00:00')).toEqual({ minutes: 1440, truncated: false });
    expect(ptvTime('24:00:01')).toBeUndefined();
    expect(ptvTime('24:30')).toBeUndefined();
  });

  it('rejects text that is not a clock time', () => {
    for (const bad of ['', 'noon', '12', '12:60', '12:00:60', '-1:00', '12.30'])
      expect(ptvTime(bad), bad).toBeUndefined();
  });

  it('round-trips every minute of the day through formatPtvMinutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        const text = formatPtvMinutes(minutes);
        expect(text).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(ptvTime(`${text}:00`)).toEqual({ minutes, truncated: false });
      }),
    );
  });
});
