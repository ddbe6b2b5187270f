import { describe, expect, it } from 'vitest';
import { familyCentreAreas, municipalities } from './municipalities.js';

describe('municipalities and family-centre areas', () => {
  it('lists the 12 municipalities of Etelä-Savo with their official codes and Swedish names', () => {
    expect(municipalities.map((m) => [m.code, m.name.fi, m.name.sv])).toEqual([
      ['046', 'Enonkoski', 'Enonkoski'],
      ['097', 'Hirvensalmi', 'Hirvensalmi'],
      ['178', 'Juva', 'Jockas'],
      ['213', 'Kangasniemi', 'Kangasniemi'],
      ['491', 'Mikkeli', 'S:t Michel'],
      ['507', 'Mäntyharju', 'Mäntyharju'],
      ['588', 'Pertunmaa', 'Pertunmaa'],
      ['593', 'Pieksämäki', 'Pieksämäki'],
      ['623', 'Puumala', 'Puumala'],
      ['681', 'Rantasalmi', 'Rantasalmi'],
      ['740', 'Savonlinna', 'Nyslott'],
      ['768', 'Sulkava', 'Sulkava'],
    ]);
  });

  it('puts every centre inside Etelä-Savo’s bounding box and marks the coordinates as approximate', () => {
    for (const m of municipalities) {
      expect(m.centre.lat).toBeGreaterThan(61.2);
      expect(m.centre.lat).toBeLessThan(62.5);
      expect(m.centre.lon).toBeGreaterThan(26.2);
      expect(m.centre.lon).toBeLessThan(29.3);
      expect(m.source.assumption).toMatch(/approximate/);
    }
  });

  it('has the three areas of 000, 001 §12 and 003, each municipality in exactly one', () => {
    expect(familyCentreAreas.map((a) => a.id)).toEqual(['mikkeli-area', 'pieksamaki-area', 'savonlinna-area']);
    const all = familyCentreAreas.flatMap((a) => a.municipalityCodes).sort();
    expect(all).toEqual(municipalities.map((m) => m.code).sort());
    for (const area of familyCentreAreas) expect(area.source.assumption).toMatch(/geography/);
  });

  it('keeps each area’s centre municipality in its own area', () => {
    const areaOf = (code: string) => municipalities.find((m) => m.code === code)?.areaId;
    expect([areaOf('491'), areaOf('593'), areaOf('740')]).toEqual([
      'mikkeli-area',
      'pieksamaki-area',
      'savonlinna-area',
    ]);
  });
});
