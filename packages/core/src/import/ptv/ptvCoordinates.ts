import * as z from 'zod/mini';
import type { Coordinates } from '../../model/common.js';
import { EtrsTm35finPoint, etrsTm35finToWgs84 } from '../coordinates/etrsTm35finToWgs84.js';
import { at, type PtvContext, preview, report } from './ptvContext.js';

/** Geocoding states PTV sets when the coordinates are usable. */
const GOOD_STATES = ['ok', 'loaded'];
/** Names of ETRS-TM35FIN a v12 `system` may use. */
const TM35FIN = ['epsg:3067', 'urn:ogc:def:crs:epsg::3067', 'etrs-tm35fin'];
/** A generous box around Finland (WGS84): a point outside it is a data error, e.g. swapped axes. */
const FINLAND = { minLat: 59, maxLat: 70.5, minLon: 19, maxLon: 32 };

/** The outcome of reading one point: a point, nothing there, or a problem already reported. */
export type PtvPointResult = { point: Coordinates } | { missing: true } | { reported: true };

/** A coordinate PTV may send as a number or a numeric string. */
function coordinateNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value.trim().replace(',', '.'));
  return undefined;
}

/**
 * Converts a PTV ETRS-TM35FIN easting/northing to WGS84, reporting `coordinates-invalid` when either is
 * not a number, lies outside the projection's span, or lands outside Finland.
 */
function convert(ctx: PtvContext, easting: unknown, northing: unknown, path: string): PtvPointResult {
  const e = coordinateNumber(easting);
  const n = coordinateNumber(northing);
  if (e === undefined && n === undefined) return { missing: true };
  const parsed = z.safeParse(EtrsTm35finPoint, { easting: e, northing: n });
  if (!parsed.success) {
    report(
      ctx,
      path,
      'coordinates-invalid',
      `Coordinates ${preview({ easting, northing })} are not an ETRS-TM35FIN point; the place has no coordinates`,
    );
    return { reported: true };
  }
  const point = etrsTm35finToWgs84(parsed.data);
  if (
    point.lat < FINLAND.minLat ||
    point.lat > FINLAND.maxLat ||
    point.lon < FINLAND.minLon ||
    point.lon > FINLAND.maxLon
  ) {
    report(
      ctx,
      path,
      'coordinates-invalid',
      `Coordinates ${preview({ easting, northing })} fall outside Finland (${point.lat.toFixed(4)}, ${point.lon.toFixed(4)}); the place has no coordinates`,
    );
    return { reported: true };
  }
  return { point };
}

/**
 * Reads a point in either version's form: v11 `{ latitude, longitude }` (which hold the ETRS-TM35FIN
 * northing and easting despite their names) or v12 `{ system, easting, northing }`.
 *
 * @param ctx - the channel being read
 * @param holder - the object holding the coordinates (a v11 street address or entrance `coordinates`,
 *   a v12 `coordinates`)
 * @param path - its source path
 * @returns the WGS84 point, `{ missing: true }`, or `{ reported: true }` when an issue was reported
 * @example
 * ptvPoint(v11Context, { latitude: '6672137', longitude: '386379' }, 'addresses[0].streetAddress');
 * // { point: { lat: ≈60.17028, lon: ≈24.95222 } } (Helsinki Cathedral)
 */
export function ptvPoint(ctx: PtvContext, holder: unknown, path: string): PtvPointResult {
  if (holder === null || typeof holder !== 'object') return { missing: true };
  const source = holder as Record<string, unknown>;
  if (ctx.version === 'v11') return convert(ctx, source['longitude'], source['latitude'], path);
  const system = source['system'];
  if (typeof system === 'string' && system.trim() !== '' && !TM35FIN.includes(system.trim().toLowerCase())) {
    report(
      ctx,
      at(path, 'system'),
      'coordinates-invalid',
      `Coordinate system ${preview(system)} is not ETRS-TM35FIN (EPSG:3067); the place has no coordinates`,
    );
    return { reported: true };
  }
  return convert(ctx, source['easting'], source['northing'], path);
}

/**
 * Reads the coordinates of a PTV street address: used only when `coordinateState` is absent, `Ok` or
 * `Loaded` (PTV's geocoding succeeded); any other state is reported as `coordinates-not-ok`.
 *
 * @param ctx - the channel being read
 * @param streetAddress - the parsed street address
 * @param path - its source path (`addresses[0].streetAddress`)
 * @returns as {@link ptvPoint}
 * @example
 * ptvStreetPoint(v11Context, { latitude: '6672137', longitude: '386379', coordinateState: 'Failed' }, 'a');
 * // { reported: true }, with a `coordinates-not-ok` issue at `a.coordinateState`
 */
export function ptvStreetPoint(ctx: PtvContext, streetAddress: Record<string, unknown>, path: string): PtvPointResult {
  const holder = ctx.version === 'v11' ? streetAddress : streetAddress['coordinates'];
  const holderPath = ctx.version === 'v11' ? path : at(path, 'coordinates');
  const state = streetAddress['coordinateState'];
  if (typeof state === 'string' && state.trim() !== '' && !GOOD_STATES.includes(state.trim().toLowerCase())) {
    report(
      ctx,
      at(path, 'coordinateState'),
      'coordinates-not-ok',
      `Coordinate state is ${preview(state)}, not Ok or Loaded: the coordinates are not used`,
      false,
      state,
    );
    return { reported: true };
  }
  return ptvPoint(ctx, holder, holderPath);
}
