import { describe, expect, it } from 'vitest';
import { codesAt, testContext } from './fixtures.js';
import { ptvPoint, ptvStreetPoint } from './ptvCoordinates.js';

describe('ptvPoint', () => {
  it('holds for the documented example: v11 latitude/longitude are northing/easting', () => {
    const result = ptvPoint(testContext('v11'), { latitude: '6672137', longitude: '386379' }, 'a');
    expect(result).toEqual({ point: { lat: expect.closeTo(60.17028, 4), lon: expect.closeTo(24.95222, 4) } });
  });

  it('reads v12 easting/northing with the EPSG:3067 system, numbers or strings', () => {
    const ctx = testContext('v12');
    const a = ptvPoint(ctx, { system: 'EPSG:3067', easting: 514434.115, northing: 6839520.92 }, 'c');
    const b = ptvPoint(
      ctx,
      { system: 'urn:ogc:def:crs:EPSG::3067', easting: '514434.115', northing: '6839520,92' },
      'c',
    );
    expect(a).toEqual({ point: { lat: expect.closeTo(61.6886, 6), lon: expect.closeTo(27.2728, 6) } });
    expect(b).toEqual(a);
    expect(ctx.issues).toEqual([]);
  });

  it('says missing when there are no coordinates', () => {
    const ctx = testContext('v11');
    expect(ptvPoint(ctx, { latitude: null, longitude: '' }, 'a')).toEqual({ missing: true });
    expect(ptvPoint(ctx, null, 'a')).toEqual({ missing: true });
    expect(ctx.issues).toEqual([]);
  });

  it('reports another coordinate system', () => {
    const ctx = testContext('v12');
    expect(ptvPoint(ctx, { system: 'EPSG:4326', easting: 27.27, northing: 61.69 }, 'c')).toEqual({ reported: true });
    expect(codesAt(ctx.issues, 'c.system')).toEqual(['coordinates-invalid']);
  });

  it('reports a lone, malformed or out-of-span coordinate', () => {
    for (const holder of [
      { latitude: '6839520', longitude: null },
      { latitude: 'north', longitude: '514434' },
      { latitude: '6839520', longitude: '-5' },
    ]) {
      const ctx = testContext('v11');
      expect(ptvPoint(ctx, holder, 'a'), JSON.stringify(holder)).toEqual({ reported: true });
      expect(codesAt(ctx.issues, 'a')).toEqual(['coordinates-invalid']);
    }
  });

  it('reports a point that lands outside Finland, such as swapped axes', () => {
    const ctx = testContext('v11');
    expect(ptvPoint(ctx, { latitude: '514434', longitude: '683952' }, 'a')).toEqual({ reported: true });
    expect(ctx.issues[0]!.message).toMatch(/outside Finland/);
  });
});

describe('ptvStreetPoint', () => {
  it('holds for the documented example: a failed geocoding state is reported', () => {
    const ctx = testContext('v11');
    const result = ptvStreetPoint(ctx, { latitude: '6672137', longitude: '386379', coordinateState: 'Failed' }, 'a');
    expect(result).toEqual({ reported: true });
    expect(codesAt(ctx.issues, 'a.coordinateState')).toEqual(['coordinates-not-ok']);
  });

  it('uses coordinates whose state is Ok, Loaded or absent', () => {
    for (const coordinateState of ['Ok', 'Loaded', 'ok', undefined]) {
      const ctx = testContext('v11');
      const result = ptvStreetPoint(ctx, { latitude: '6672137', longitude: '386379', coordinateState }, 'a');
      expect('point' in result, String(coordinateState)).toBe(true);
    }
  });

  it('reads v12 coordinates from the nested coordinates object', () => {
    const ctx = testContext('v12');
    const result = ptvStreetPoint(
      ctx,
      { coordinates: { system: 'EPSG:3067', easting: 568149.709, northing: 6881916.992 }, coordinateState: 'Ok' },
      'a',
    );
    expect(result).toEqual({ point: { lat: expect.closeTo(62.0633, 6), lon: expect.closeTo(28.3039, 6) } });
  });
});
