import { describe, expect, it } from 'vitest';
import { countyOfMunicipality } from './countyOfMunicipality.js';
import { finnishMunicipalities } from './finnishMunicipalities.js';
import { referenceCounty } from './referenceCounty.js';

describe('countyOfMunicipality', () => {
  it('puts Rantasalmi in Etelä-Savo', () => {
    expect(countyOfMunicipality('681')).toBe(referenceCounty('etela-savo'));
  });

  it('puts Närpiö/Närpes and Mustasaari/Korsholm in Pohjanmaa', () => {
    expect(countyOfMunicipality('545')?.id).toBe('pohjanmaa');
    expect(countyOfMunicipality('499')?.id).toBe('pohjanmaa');
  });

  it('gives no county for Helsinki or an Åland municipality', () => {
    expect(countyOfMunicipality('091')).toBeUndefined();
    expect(countyOfMunicipality('478')).toBeUndefined();
  });

  it('gives no county for a code no municipality has', () => {
    expect(countyOfMunicipality('999')).toBeUndefined();
    expect(countyOfMunicipality('constructor')).toBeUndefined();
  });

  it('finds a county that lists the municipality, for every municipality that has one', () => {
    for (const { code, countyId } of finnishMunicipalities()) {
      const county = countyOfMunicipality(code);
      expect(county?.id).toBe(countyId);
      if (county) expect(county.municipalityCodes).toContain(code);
    }
  });

  it('holds for its TSDoc example', () => {
    expect(countyOfMunicipality('681')?.id).toBe('etela-savo');
    expect(countyOfMunicipality('499')?.name.sv).toBe('Österbottens välfärdsområde');
    expect(countyOfMunicipality('091')).toBeUndefined();
  });
});
