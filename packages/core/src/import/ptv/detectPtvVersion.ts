import type { PtvVersion } from './ptvSchemas.js';

/** Whether a value is a plain object (not an array). */
function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Tells which open-API version a channel comes from by its shape, since a file may mix them: v12 writes
 * texts as objects keyed by language and coordinates as `{ system, easting, northing }`; v11 writes texts
 * as lists and coordinates as `latitude`/`longitude`. With no telling field, v11.
 *
 * @param channel - one channel object
 * @returns `'v11'` or `'v12'`
 * @example
 * detectPtvVersion({ id: 'x', serviceChannelNames: { fi: 'Perhekeskus' } }); // 'v12'
 * detectPtvVersion({ id: 'x', serviceChannelNames: [{ language: 'fi', value: 'Perhekeskus' }] }); // 'v11'
 */
export function detectPtvVersion(channel: Record<string, unknown>): PtvVersion {
  for (const field of ['serviceChannelNames', 'serviceChannelDescriptions']) {
    const value = channel[field];
    if (Array.isArray(value)) return 'v11';
    if (isObject(value)) return 'v12';
  }
  const addresses = Array.isArray(channel['addresses']) ? channel['addresses'] : [];
  for (const address of addresses) {
    const street = isObject(address) ? address['streetAddress'] : undefined;
    if (!isObject(street)) continue;
    if (isObject(street['coordinates'])) return 'v12';
    if ('latitude' in street || 'longitude' in street || Array.isArray(street['street'])) return 'v11';
    if (isObject(street['street'])) return 'v12';
  }
  return 'v11';
}
