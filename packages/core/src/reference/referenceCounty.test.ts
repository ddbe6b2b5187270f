import { describe, expect, it } from 'vitest';
import { referenceCounty } from './referenceCounty.js';
import { wellbeingCounties } from './wellbeingCounties.js';

describe('referenceCounty', () => {
  it('finds Lapland, whose municipalities include the four of the Sámi homeland', () => {
    const lappi = referenceCounty('lappi');
    expect(lappi?.name).toEqual({ fi: 'Lapin hyvinvointialue', sv: 'Lapplands välfärdsområde' });
    expect(lappi?.municipalityCodes).toEqual(expect.arrayContaining(['047', '148', '758', '890']));
  });

  it('finds Pohjanmaa with Närpiö and Mustasaari', () => {
    expect(referenceCounty('pohjanmaa')?.municipalityCodes).toEqual(expect.arrayContaining(['499', '545']));
  });

  it('returns the same shared object as the full list', () => {
    expect(referenceCounty('etela-savo')).toBe(wellbeingCounties().find((c) => c.id === 'etela-savo'));
  });

  it.each(['ES', 'uusimaa', 'helsinki', 'ahvenanmaa', 'Lappi', '', 'constructor', '__proto__'])(
    'returns undefined for an id no county has: %j',
    (id) => {
      expect(referenceCounty(id)).toBeUndefined();
    },
  );

  it('holds for its TSDoc example', () => {
    expect(referenceCounty('lappi')?.name.fi).toBe('Lapin hyvinvointialue');
    expect(referenceCounty('vantaa-kerava')?.municipalityCodes).toEqual(['092', '245']);
    expect(referenceCounty('ES')).toBeUndefined();
  });
});
