import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/runs.js';
import { distanceKm as checkedDistanceKm } from '../distanceKm.js';
import { distanceKm } from './distanceKm.js';

describe('distanceKm (trusted)', () => {
  it('gives the documented Helsinki–Tampere distance', () => {
    expect(distanceKm({ lat: 60.1699, lon: 24.9384 }, { lat: 61.4978, lon: 23.761 })).toBeCloseTo(160.8, 1);
  });

  it('measures valid points exactly as the main entry’s distanceKm does', () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(distanceKm(a, b)).toBe(checkedDistanceKm(a, b));
      }),
      { numRuns: runs(200) },
    );
  });
});
