import { describe, expect, it } from 'vitest';
import { hsdsMunicipalityCode } from './hsdsMunicipalityCode.js';

describe('hsdsMunicipalityCode', () => {
  it('finds a municipality by its Finnish, Swedish or Sámi name, in any case', () => {
    expect(hsdsMunicipalityCode('Juva')).toBe('178');
    expect(hsdsMunicipalityCode('korsholm')).toBe('499');
    expect(hsdsMunicipalityCode(' Mustasaari ')).toBe('499');
    expect(hsdsMunicipalityCode('Anár')).toBe('148');
  });

  it('gives undefined for anything else', () => {
    expect(hsdsMunicipalityCode('Riverside')).toBeUndefined();
    expect(hsdsMunicipalityCode(178)).toBeUndefined();
  });
});
