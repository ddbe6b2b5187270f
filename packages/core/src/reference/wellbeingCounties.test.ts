import { describe, expect, it } from 'vitest';
import { finnishMunicipalities } from './finnishMunicipalities.js';
import type { ReferenceCounty } from './referenceTypes.js';
import { wellbeingCounties } from './wellbeingCounties.js';

const IDS = [
  'etela-karjala',
  'etela-pohjanmaa',
  'etela-savo',
  'ita-uusimaa',
  'kainuu',
  'kanta-hame',
  'keski-pohjanmaa',
  'keski-suomi',
  'keski-uusimaa',
  'kymenlaakso',
  'lansi-uusimaa',
  'lappi',
  'paijat-hame',
  'pirkanmaa',
  'pohjanmaa',
  'pohjois-karjala',
  'pohjois-pohjanmaa',
  'pohjois-savo',
  'satakunta',
  'vantaa-kerava',
  'varsinais-suomi',
];

describe('wellbeingCounties', () => {
  it('lists the 21 wellbeing services counties by their ids, sorted', () => {
    expect(wellbeingCounties().map((c) => c.id)).toEqual(IDS);
  });

  it('uses ids of lower-case ASCII words joined by hyphens', () => {
    for (const { id } of wellbeingCounties()) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('names every county in Finnish and Swedish as the source does', () => {
    for (const { name } of wellbeingCounties()) {
      expect(name.fi).toMatch(/ hyvinvointialue$/);
      expect(name.sv).toMatch(/ välfärdsområde$/);
    }
    expect(wellbeingCounties().find((c) => c.id === 'etela-savo')).toMatchObject({
      sourceCode: 'ES',
      name: { fi: 'Etelä-Savon hyvinvointialue', sv: 'Södra Savolax välfärdsområde' },
    });
  });

  it('keeps the source letter codes, two capitals and unique', () => {
    const codes = wellbeingCounties().map((c) => c.sourceCode);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(new Set(codes).size).toBe(21);
  });

  it('divides the 292 municipalities outside Helsinki and Åland among the counties, none empty', () => {
    const codes = wellbeingCounties().flatMap((c) => c.municipalityCodes);
    for (const county of wellbeingCounties()) expect(county.municipalityCodes.length).toBeGreaterThan(0);
    expect(codes).toHaveLength(292);
    expect(new Set(codes).size).toBe(292);
  });

  it("agrees with every municipality's countyId, and lists the codes sorted", () => {
    for (const county of wellbeingCounties()) {
      const members = finnishMunicipalities()
        .filter((m) => m.countyId === county.id)
        .map((m) => m.code);
      expect(county.municipalityCodes).toEqual(members);
    }
  });

  it('puts neither Helsinki nor an Åland municipality in any county', () => {
    const codes = new Set(wellbeingCounties().flatMap((c) => c.municipalityCodes));
    expect(codes.has('091')).toBe(false);
    expect(codes.has('478')).toBe(false);
  });

  it('holds for its TSDoc example', () => {
    const counties = wellbeingCounties();
    expect(counties).toHaveLength(21);
    expect(counties[0]?.id).toBe('etela-karjala');
    expect(counties.find((c) => c.id === 'etela-savo')?.name.sv).toBe('Södra Savolax välfärdsområde');
  });

  it('returns the same frozen list on every call, so no caller can change what the next one sees', () => {
    const counties = wellbeingCounties();
    expect(wellbeingCounties()).toBe(counties);
    expect(Object.isFrozen(counties)).toBe(true);
    for (const county of counties) {
      expect(Object.isFrozen(county) && Object.isFrozen(county.name) && Object.isFrozen(county.municipalityCodes)).toBe(
        true,
      );
    }
    expect(() => (counties[0]!.municipalityCodes as string[]).push('091')).toThrow(TypeError);
    expect(() => (counties as ReferenceCounty[]).splice(0, 1)).toThrow(TypeError);
  });
});
