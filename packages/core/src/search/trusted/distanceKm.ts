import type { Coordinates } from '../../model/common.js';

/** Mean Earth radius of the IUGG (R1) for WGS84, in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Great-circle ("as the crow flies") distance between two WGS84 points by the haversine formula, on a
 * sphere of the mean Earth radius 6371.0088 km, for points already known to be valid (the main
 * entry's `distanceKm` checks them and then calls this; sorting calls it in its loop).
 *
 * @param a - a point in degrees (not checked)
 * @param b - another point in degrees (not checked)
 * @returns the distance in kilometres
 * @example
 * distanceKm({ lat: 60.1699, lon: 24.9384 }, { lat: 61.4978, lon: 23.761 }); // ≈ 160.8 (Helsinki–Tampere)
 */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
