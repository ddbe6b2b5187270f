import { describe, expect, it } from 'vitest';
import { finnishMunicipalities } from './finnishMunicipalities.js';
import { referenceMunicipality } from './referenceMunicipality.js';

describe('referenceMunicipality', () => {
  it('finds Rantasalmi in Etelä-Savo', () => {
    expect(referenceMunicipality('681')).toEqual({
      code: '681',
      name: { fi: 'Rantasalmi', sv: 'Rantasalmi' },
      countyId: 'etela-savo',
    });
  });

  it('gives the Finnish and Swedish names of the Swedish-majority Närpiö/Närpes and Mustasaari/Korsholm', () => {
    expect(referenceMunicipality('545')).toEqual({
      code: '545',
      name: { fi: 'Närpiö', sv: 'Närpes' },
      countyId: 'pohjanmaa',
    });
    expect(referenceMunicipality('499')).toEqual({
      code: '499',
      name: { fi: 'Mustasaari', sv: 'Korsholm' },
      countyId: 'pohjanmaa',
    });
  });

  it('gives Inari its North, Inari and Skolt Sámi names', () => {
    expect(referenceMunicipality('148')?.name).toEqual({
      fi: 'Inari',
      sv: 'Enare',
      se: 'Anár',
      smn: 'Aanaar',
      sms: 'Aanar',
    });
  });

  it('gives Helsinki/Helsingfors no county', () => {
    const helsinki = referenceMunicipality('091');
    expect(helsinki).toEqual({ code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } });
    expect(helsinki && 'countyId' in helsinki).toBe(false);
  });

  it('gives an Åland municipality no county', () => {
    expect(referenceMunicipality('478')).toEqual({ code: '478', name: { fi: 'Maarianhamina', sv: 'Mariehamn' } });
  });

  it('returns the same shared object as the full list', () => {
    expect(referenceMunicipality('681')).toBe(finnishMunicipalities().find((m) => m.code === '681'));
  });

  it.each(['000', '999', '91', '0910', '', ' 091', 'constructor', '__proto__', 'toString'])(
    'returns undefined for a code no municipality has: %j',
    (code) => {
      expect(referenceMunicipality(code)).toBeUndefined();
    },
  );

  it('holds for its TSDoc example', () => {
    expect(referenceMunicipality('545')?.name).toEqual({ fi: 'Närpiö', sv: 'Närpes' });
    expect(referenceMunicipality('148')?.name.smn).toBe('Aanaar');
    expect(referenceMunicipality('091')?.countyId).toBeUndefined();
    expect(referenceMunicipality('91')).toBeUndefined();
  });
});
