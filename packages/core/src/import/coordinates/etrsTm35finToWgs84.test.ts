import fc from 'fast-check';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../validation/parseInput.js';
import { runs } from '../../test/runs.js';
import { etrsTm35finToWgs84 } from './etrsTm35finToWgs84.js';

// proj4 is the oracle: an independent implementation (Poder/Engsager extended transverse Mercator).
proj4.defs('EPSG:3067', '+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs');

/** proj4's answer for an ETRS-TM35FIN point, as `{ lat, lon }`. */
function oracle(easting: number, northing: number): { lat: number; lon: number } {
  const [lon, lat] = proj4('EPSG:3067', 'EPSG:4326', [easting, northing]) as [number, number];
  return { lat, lon };
}

/** proj4's forward projection of a WGS84 point to ETRS-TM35FIN. */
function toTm35fin(lat: number, lon: number): { easting: number; northing: number } {
  const [easting, northing] = proj4('EPSG:4326', 'EPSG:3067', [lon, lat]) as [number, number];
  return { easting, northing };
}

describe('etrsTm35finToWgs84', () => {
  it('agrees with proj4 within 1e-7 degrees everywhere in the Finnish bounding box', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 50_000, max: 760_000, noNaN: true }),
        fc.double({ min: 6_600_000, max: 7_800_000, noNaN: true }),
        (easting, northing) => {
          const ours = etrsTm35finToWgs84({ easting, northing });
          const theirs = oracle(easting, northing);
          expect(Math.abs(ours.lat - theirs.lat)).toBeLessThan(1e-7);
          expect(Math.abs(ours.lon - theirs.lon)).toBeLessThan(1e-7);
        },
      ),
      { numRuns: runs(2000) },
    );
  });

  it('agrees with proj4 on a regular 10 km grid over Finland', () => {
    let worst = 0;
    for (let easting = 50_000; easting <= 760_000; easting += 10_000) {
      for (let northing = 6_600_000; northing <= 7_800_000; northing += 10_000) {
        const ours = etrsTm35finToWgs84({ easting, northing });
        const theirs = oracle(easting, northing);
        worst = Math.max(worst, Math.abs(ours.lat - theirs.lat), Math.abs(ours.lon - theirs.lon));
      }
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it('puts Helsinki Cathedral at its published position (60°10′13″ N 24°57′08″ E)', () => {
    // The cathedral's plane coordinates, rounded to the metre, as the registers give them.
    const point = etrsTm35finToWgs84({ easting: 386_379, northing: 6_672_137 });
    expect(point.lat).toBeCloseTo(60 + 10 / 60 + 13 / 3600, 4);
    expect(point.lon).toBeCloseTo(24 + 57 / 60 + 8 / 3600, 4);
  });

  it('puts Mikkeli market square at its position (about 61.6886° N 27.2728° E)', () => {
    const point = etrsTm35finToWgs84({ easting: 514_434, northing: 6_839_521 });
    expect(point.lat).toBeCloseTo(61.6886, 4);
    expect(point.lon).toBeCloseTo(27.2728, 4);
  });

  it('inverts proj4’s forward projection of known places', () => {
    const places = [
      { name: 'Helsinki Cathedral', lat: 60.170278, lon: 24.952222 },
      { name: 'Mikkeli market square', lat: 61.6886, lon: 27.2728 },
      { name: 'Rantasalmi centre', lat: 62.0633, lon: 28.3039 },
      { name: 'Utsjoki (far north)', lat: 69.9078, lon: 27.0286 },
      { name: 'Mariehamn (far west, outside the zone)', lat: 60.0973, lon: 19.9348 },
    ];
    for (const place of places) {
      const point = etrsTm35finToWgs84(toTm35fin(place.lat, place.lon));
      expect(Math.abs(point.lat - place.lat), place.name).toBeLessThan(1e-9);
      expect(Math.abs(point.lon - place.lon), place.name).toBeLessThan(1e-9);
    }
  });

  it('holds for the documented example: the central meridian is exactly 27° E', () => {
    const point = etrsTm35finToWgs84({ easting: 500_000, northing: 6_840_000 });
    expect(point.lon).toBe(27);
    expect(point.lat).toBeCloseTo(61.69317, 5);
  });

  it('gives latitude 0 on the equator and the meridian arc length at 60° N', () => {
    expect(etrsTm35finToWgs84({ easting: 500_000, northing: 0 })).toEqual({ lat: 0, lon: 27 });
    // The GRS80 meridian arc from the equator to 60° N is 6 654 072.819 m; scaled by k0 = 0.9996.
    const point = etrsTm35finToWgs84({ easting: 500_000, northing: 6_654_072.819 * 0.9996 });
    expect(point.lat).toBeCloseTo(60, 7);
  });

  it('rejects coordinates that are not finite numbers in the accepted span', () => {
    for (const bad of [
      { easting: Number.NaN, northing: 6_800_000 },
      { easting: 500_000, northing: Number.POSITIVE_INFINITY },
      { easting: -1, northing: 6_800_000 },
      { easting: 500_000, northing: 9_300_001 },
      { easting: '500000', northing: 6_800_000 },
      { easting: 500_000 },
      null,
    ]) {
      expect(() => etrsTm35finToWgs84(bad as never)).toThrow(ValidationError);
    }
  });

  it('names the wrong field in the error', () => {
    expect(() => etrsTm35finToWgs84({ easting: 500_000, northing: Number.NaN })).toThrow(/point\.northing/);
  });
});
