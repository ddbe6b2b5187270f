import { describe, expect, it } from 'vitest';
import { detectPtvVersion } from './detectPtvVersion.js';
import { fixtureChannel } from './fixtures.js';

describe('detectPtvVersion', () => {
  it('holds for the documented examples', () => {
    expect(detectPtvVersion({ id: 'x', serviceChannelNames: { fi: 'Perhekeskus' } })).toBe('v12');
    expect(detectPtvVersion({ id: 'x', serviceChannelNames: [{ language: 'fi', value: 'Perhekeskus' }] })).toBe('v11');
  });

  it('tells the fixtures apart', () => {
    expect(detectPtvVersion(fixtureChannel('v11-service-location.json'))).toBe('v11');
    expect(detectPtvVersion(fixtureChannel('v11-page.json', 2))).toBe('v11');
    expect(detectPtvVersion(fixtureChannel('v12-service-location.json'))).toBe('v12');
    expect(detectPtvVersion(fixtureChannel('v12-page.json', 1))).toBe('v12');
  });

  it('falls back on the address shape when the channel has no texts', () => {
    const v12 = { id: 'x', addresses: [{ streetAddress: { coordinates: { easting: 1, northing: 2 } } }] };
    const v11 = { id: 'x', addresses: [{ streetAddress: { latitude: '1', longitude: '2' } }] };
    expect(detectPtvVersion(v12)).toBe('v12');
    expect(detectPtvVersion(v11)).toBe('v11');
  });

  it('takes v11 when nothing tells', () => {
    expect(detectPtvVersion({ id: 'x' })).toBe('v11');
    expect(detectPtvVersion({ id: 'x', serviceChannelNames: null, addresses: 'nonsense' })).toBe('v11');
  });
});
