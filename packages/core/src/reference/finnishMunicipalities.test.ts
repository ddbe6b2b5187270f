import { describe, expect, expectTypeOf, it } from 'vitest';
import { finnishMunicipalities } from './finnishMunicipalities.js';
import type { ReferenceMunicipality } from './referenceTypes.js';

/** Åland's 16 municipalities (Statistics Finland codes); Åland has its own social and health services. */
const ALAND = [
  '035',
  '043',
  '060',
  '062',
  '065',
  '076',
  '170',
  '295',
  '318',
  '417',
  '438',
  '478',
  '736',
  '766',
  '771',
  '941',
];

describe('finnishMunicipalities', () => {
  it('lists all 309 municipalities of the 2021 classification', () => {
    expect(finnishMunicipalities()).toHaveLength(309);
  });

  it('sorts them by code, and every code is three digits and unique', () => {
    const codes = finnishMunicipalities().map((m) => m.code);
    for (const code of codes) expect(code).toMatch(/^\d{3}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
  });

  it('gives every municipality a Finnish and a Swedish name', () => {
    for (const { name } of finnishMunicipalities()) {
      expect(name.fi).not.toBe('');
      expect(name.sv).not.toBe('');
    }
  });

  it('leaves the county out for Helsinki and the 16 Åland municipalities only', () => {
    const withoutCounty = finnishMunicipalities().filter((m) => !('countyId' in m));
    expect(withoutCounty.map((m) => m.code)).toEqual(['091', ...ALAND].sort());
    expect(finnishMunicipalities().filter((m) => m.countyId !== undefined)).toHaveLength(292);
  });

  it('gives Sámi names to the four municipalities of the Sámi homeland and to no other', () => {
    const withSami = finnishMunicipalities().filter((m) => m.name.se !== undefined);
    expect(withSami.map((m) => [m.code, m.name.fi, m.name.se])).toEqual([
      ['047', 'Enontekiö', 'Eanodat'],
      ['148', 'Inari', 'Anár'],
      ['758', 'Sodankylä', 'Soađegilli'],
      ['890', 'Utsjoki', 'Ohcejohka'],
    ]);
    const others = finnishMunicipalities().filter((m) => m.name.smn !== undefined || m.name.sms !== undefined);
    expect(others.map((m) => m.code)).toEqual(['148']);
  });

  it('holds for its TSDoc example', () => {
    const all = finnishMunicipalities();
    expect(all[0]).toEqual({ code: '005', name: { fi: 'Alajärvi', sv: 'Alajärvi' }, countyId: 'etela-pohjanmaa' });
    expect(all.filter((m) => m.countyId === undefined)).toHaveLength(17);
  });

  it('returns the same frozen list on every call, so no caller can change what the next one sees', () => {
    const all = finnishMunicipalities();
    expect(finnishMunicipalities()).toBe(all);
    expect(Object.isFrozen(all)).toBe(true);
    expect(all.every((m) => Object.isFrozen(m) && Object.isFrozen(m.name))).toBe(true);
    // Strict-mode modules throw on writes to frozen objects, so these change nothing.
    expect(() => (all as ReferenceMunicipality[]).pop()).toThrow(TypeError);
    expect(() => {
      (all[0] as { code: string }).code = '999';
    }).toThrow(TypeError);
  });

  it('is typed as a read-only list of ReferenceMunicipality', () => {
    expectTypeOf(finnishMunicipalities).returns.toEqualTypeOf<readonly ReferenceMunicipality[]>();
  });
});
