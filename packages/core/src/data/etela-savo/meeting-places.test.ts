import { describe, expect, it } from 'vitest';
import { meetingPlaces } from './meeting-places.js';
import { municipalities } from './municipalities.js';

const rantasalmi = () => {
  const place = meetingPlaces.find((p) => p.municipalityCode === '681' && !p.example);
  if (!place) throw new Error('no Rantasalmi meeting place');
  return place;
};

describe('meeting places', () => {
  it('has what 002 counts, short of one in every municipality (000, 001 §11): nine in 2025, ten from 2026', () => {
    const without = municipalities.filter((m) => !meetingPlaces.some((p) => p.municipalityCode === m.code));
    expect(without.map((m) => m.name.fi)).toEqual(['Enonkoski', 'Hirvensalmi']);
    const opening = meetingPlaces.filter((p) => p.operating !== undefined);
    expect(opening.map((p) => [p.id, p.operating])).toEqual([
      ['rantasalmi-open-meeting-place', { start: '2026-01-01' }],
    ]);
    expect(rantasalmi().source.assumption).toMatch(/start on 2026-01-01 is inferred/);
  });

  it('describes Rantasalmi as 000 does: parish premises, run with the county and the parish, a family club', () => {
    const place = rantasalmi();
    expect(place.example).toBe(false);
    expect(place.premises).toMatchObject({ ownerKind: 'parish', ownerId: 'rantasalmen-seurakunta' });
    expect(place.organiserIds).toEqual(expect.arrayContaining(['rantasalmi', 'eloisa', 'rantasalmen-seurakunta']));
    expect(place.offerings).toContain('family-club');
    expect(place.source.document).toBe('000_a8f13f1475d46feb.txt');
  });

  it('invents nothing for Rantasalmi: no address, coordinates or hours, since 000 gives none', () => {
    const place = rantasalmi();
    expect(place.address).toBeUndefined();
    expect(place.coordinates).toBeUndefined();
    expect(place.activities).toEqual([]);
    expect(place.contacts.every((c) => c.name === undefined && c.workEmail === undefined)).toBe(true);
  });

  it('flags every other place as an example, in its name in all three languages', () => {
    const examples = meetingPlaces.filter((p) => p !== rantasalmi());
    expect(examples.length).toBeGreaterThanOrEqual(11);
    for (const place of examples) {
      expect(place.example, place.id).toBe(true);
      expect(place.name.fi).toMatch(/^Esimerkki: /);
      expect(place.name.sv).toMatch(/^Exempel: /);
      expect(place.name.en).toMatch(/^Example: /);
      expect(place.source.assumption).toMatch(/Example row/);
    }
  });

  it('never gives an example an address, a named contact or a contact e-mail', () => {
    for (const place of meetingPlaces.filter((p) => p.example)) {
      expect(place.address, place.id).toBeUndefined();
      for (const contact of place.contacts) {
        expect(contact.role).toBe('contact-person');
        expect(contact.name).toBeUndefined();
        expect(contact.workEmail).toBeUndefined();
        expect(contact.workPhone).toBeUndefined();
      }
    }
  });

  it('places each example within 5 km of its municipal centre', () => {
    for (const place of meetingPlaces.filter((p) => p.example)) {
      const centre = municipalities.find((m) => m.code === place.municipalityCode)!.centre;
      const dLat = (place.coordinates!.lat - centre.lat) * 111;
      const dLon = (place.coordinates!.lon - centre.lon) * 111 * Math.cos((centre.lat * Math.PI) / 180);
      expect(Math.hypot(dLat, dLon), place.id).toBeLessThan(5);
    }
  });

  it('offers what its activities offer, and covers babies, fi everywhere and sv/en somewhere', () => {
    for (const place of meetingPlaces.filter((p) => p.example)) {
      for (const activity of place.activities) expect(place.offerings).toContain(activity.offering);
      expect(place.languages).toContain('fi');
    }
    expect(meetingPlaces.some((p) => p.audiences.includes('babies'))).toBe(true);
    expect(meetingPlaces.some((p) => p.languages.includes('sv'))).toBe(true);
    expect(meetingPlaces.some((p) => p.languages.includes('en'))).toBe(true);
  });

  it('includes a youth meeting place, as 002 counts youth centres and Ohjaamo', () => {
    expect(
      meetingPlaces.some((p) => p.audiences.includes('young-people') && p.offerings.includes('youth-activity')),
    ).toBe(true);
  });
});
