import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import { distanceKm } from './distanceKm.js';

const helsinki = { lat: 60.1699, lon: 24.9384 };
const tampere = { lat: 61.4978, lon: 23.761 };

describe('distanceKm', () => {
  it('measures Helsinki–Tampere as about 160 km', () => {
    expect(Math.abs(distanceKm(helsinki, tampere) - 160)).toBeLessThanOrEqual(1);
    expect(distanceKm(helsinki, tampere)).toBeCloseTo(160.8, 1); // the documented example
  });

  it('measures one degree along the equator as 2πR/360 = 111.195 km', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo((2 * Math.PI * 6371.0088) / 360, 6);
  });

  it('measures pole to pole as half a great circle, πR', () => {
    expect(distanceKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });

  it('measures across the antimeridian the short way', () => {
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(111.195, 2);
  });

  it('is symmetric, zero for the same point, and at most half the circumference', () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 6);
        expect(distanceKm(a, a)).toBe(0);
        expect(distanceKm(a, b)).toBeLessThanOrEqual(Math.PI * 6371.0088 + 1e-6);
      }),
    );
  });

  it('throws a ValidationError for coordinates out of range', () => {
    expect(() => distanceKm({ lat: 91, lon: 0 }, helsinki)).toThrow(ValidationError);
    expect(() => distanceKm(helsinki, { lat: 0 } as never)).toThrow(/b\.lon/);
  });
});
