import * as z from 'zod/mini';
import type { Coordinates } from '../../model/common.js';
import { parseInput } from '../../validation/parseInput.js';

/**
 * A point in ETRS-TM35FIN (EPSG:3067), the plane coordinates of Finnish public registers such as
 * Palvelutietovaranto (PTV): metres east and north. The accepted span is the whole UTM zone band, wider
 * than Finland (easting 0–1 000 000, northing 0–9 300 000 ≈ 84° N), where the series below is exact to
 * well under a millimetre.
 */
export const EtrsTm35finPoint = z.strictObject({
  /** Metres east, with the false easting 500 000 on the central meridian 27° E. */
  easting: z.number().check(z.gte(0), z.lte(1_000_000)),
  /** Metres north of the equator. */
  northing: z.number().check(z.gte(0), z.lte(9_300_000)),
});
export type EtrsTm35finPoint = z.infer<typeof EtrsTm35finPoint>;

/** GRS80, the ellipsoid of ETRS89: semi-major axis (m) and flattening. */
const A = 6_378_137;
const F = 1 / 298.257222101;
/** UTM zone 35: scale on the central meridian, the meridian itself (27° E) and the false easting. */
const K0 = 0.9996;
const LON0 = 27;
const FALSE_EASTING = 500_000;

const N = F / (2 - F);
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
/** Rectifying radius: the meridian arc from the equator is `A_R · ξ`. */
const RECTIFYING_RADIUS = (A / (1 + N)) * (1 + N ** 2 / 4 + N ** 4 / 64 + N ** 6 / 256);
/**
 * Krüger's series to sixth order in the third flattening `n` (Karney 2011, "Transverse Mercator with an
 * accuracy of a few nanometers", eq. 36): maps the projected plane back to the conformal sphere.
 */
const BETA = [
  N / 2 - (2 / 3) * N ** 2 + (37 / 96) * N ** 3 - (1 / 360) * N ** 4 - (81 / 512) * N ** 5 + (96199 / 604800) * N ** 6,
  (1 / 48) * N ** 2 + (1 / 15) * N ** 3 - (437 / 1440) * N ** 4 + (46 / 105) * N ** 5 - (1118711 / 3870720) * N ** 6,
  (17 / 480) * N ** 3 - (37 / 840) * N ** 4 - (209 / 4480) * N ** 5 + (5569 / 90720) * N ** 6,
  (4397 / 161280) * N ** 4 - (11 / 504) * N ** 5 - (830251 / 7257600) * N ** 6,
  (4583 / 161280) * N ** 5 - (108847 / 3991680) * N ** 6,
  (20648693 / 638668800) * N ** 6,
];
const DEG = 180 / Math.PI;

/**
 * The tangent of the geodetic latitude whose conformal latitude has tangent `tauPrime`, by Newton's
 * method (Karney 2011, eqs. 7–9 and 19–21); two or three steps reach machine precision.
 */
function geodeticTan(tauPrime: number): number {
  let tau = tauPrime / (1 - E2);
  for (let step = 0; step < 8; step++) {
    const sigma = Math.sinh(E * Math.atanh((E * tau) / Math.hypot(1, tau)));
    const tauPrimeOfTau = tau * Math.hypot(1, sigma) - sigma * Math.hypot(1, tau);
    const delta =
      ((tauPrime - tauPrimeOfTau) * (1 + (1 - E2) * tau ** 2)) /
      ((1 - E2) * Math.hypot(1, tauPrimeOfTau) * Math.hypot(1, tau));
    tau += delta;
    if (Math.abs(delta) <= 1e-15 * Math.max(1, Math.abs(tau))) break;
  }
  return tau;
}

/**
 * Converts ETRS-TM35FIN (EPSG:3067: UTM zone 35 N on GRS80) plane coordinates to WGS84 latitude and
 * longitude by the inverse transverse Mercator projection (Krüger series, sixth order). ETRS89 is
 * taken to equal WGS84, as proj4 does; the two differ by well under a metre in Finland, far below what
 * a map of meeting places shows.
 *
 * @param point - `{ easting, northing }` in metres; validated as {@link EtrsTm35finPoint}
 * @returns the point in WGS84 degrees, `{ lat, lon }`
 * @throws {ValidationError} when a coordinate is not a finite number in the accepted span
 * @example
 * // On the central meridian the longitude is exactly 27° E.
 * etrsTm35finToWgs84({ easting: 500_000, northing: 6_840_000 }); // { lat: ≈61.69317, lon: 27 }
 * // Helsinki Cathedral (Helsingin tuomiokirkko), 60°10′13″ N 24°57′08″ E.
 * etrsTm35finToWgs84({ easting: 386_379, northing: 6_672_137 }); // { lat: ≈60.17028, lon: ≈24.95222 }
 */
export function etrsTm35finToWgs84(point: EtrsTm35finPoint): Coordinates {
  const { easting, northing } = parseInput(EtrsTm35finPoint, point, 'point');
  const xiPrime = northing / (K0 * RECTIFYING_RADIUS);
  const etaPrime = (easting - FALSE_EASTING) / (K0 * RECTIFYING_RADIUS);
  let xi = xiPrime;
  let eta = etaPrime;
  BETA.forEach((beta, index) => {
    const j = 2 * (index + 1);
    xi -= beta * Math.sin(j * xiPrime) * Math.cosh(j * etaPrime);
    eta -= beta * Math.cos(j * xiPrime) * Math.sinh(j * etaPrime);
  });
  // Conformal latitude χ: tan χ = sin ξ / √(sinh² η + cos² ξ).
  const tauPrime = Math.sin(xi) / Math.hypot(Math.sinh(eta), Math.cos(xi));
  const lat = Math.atan(geodeticTan(tauPrime)) * DEG;
  const lon = LON0 + Math.atan2(Math.sinh(eta), Math.cos(xi)) * DEG;
  return { lat, lon };
}
