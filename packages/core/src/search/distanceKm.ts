import { Coordinates } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { distanceKm as trustedDistanceKm } from './trusted/distanceKm.js';

/**
 * Great-circle ("as the crow flies") distance between two WGS84 points by the haversine formula,
 * on a sphere of the mean Earth radius 6371.0088 km; within 0.5 % of the ellipsoidal distance.
 *
 * @param a - a point in degrees
 * @param b - another point in degrees
 * @returns the distance in kilometres
 * @example
 * distanceKm({ lat: 60.1699, lon: 24.9384 }, { lat: 61.4978, lon: 23.761 }); // ≈ 160.8 (Helsinki–Tampere)
 */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  return trustedDistanceKm(parseInput(Coordinates, a, 'a'), parseInput(Coordinates, b, 'b'));
}
