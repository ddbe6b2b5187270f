import { describe, expect, it } from 'vitest';
import { etelaSavo, relationshipSupportYearClock } from '../etela-savo.js';
import { placesFile } from './placesFile.js';
import { yearClockFile } from './yearClockFile.js';

describe('placesFile', () => {
  it('publishes every place without source, premises, evaluations or a contact’s party (the example)', () => {
    const file = placesFile(etelaSavo);
    expect(file.places.map((p) => p.id)).toEqual(etelaSavo.meetingPlaces.map((p) => p.id));
    for (const place of file.places) {
      expect(place).not.toHaveProperty('source');
      expect(place).not.toHaveProperty('premises');
      expect(place).not.toHaveProperty('evaluations');
      for (const contact of place.contacts) expect(contact).not.toHaveProperty('partyId');
    }
    const first = etelaSavo.municipalities.find((m) => m.code === file.municipalities[0]!.code)!;
    expect(file.municipalities[0]).toEqual({ code: first.code, name: first.name, centre: first.centre });
  });

  it('lists the places’ municipalities by code and their organisers by id, each once', () => {
    const file = placesFile(etelaSavo);
    const codes = file.municipalities.map((m) => m.code);
    expect(codes).toEqual([...new Set(etelaSavo.meetingPlaces.map((p) => p.municipalityCode))].sort());
    const ids = file.organisers.map((o) => o.id);
    expect(ids).toEqual([...new Set(etelaSavo.meetingPlaces.flatMap((p) => p.organiserIds))].sort());
    for (const organiser of file.organisers) {
      const party = etelaSavo.parties.find((p) => p.id === organiser.id)!;
      expect(organiser).toEqual({ id: party.id, name: party.name, kind: party.kind });
    }
  });

  it('marks every place example in an example region, and keeps the flags of a real one', () => {
    expect(placesFile({ ...etelaSavo, example: true }).places.every((p) => p.example === true)).toBe(true);
    const real = placesFile(etelaSavo).places;
    expect(real.map((p) => p.example)).toEqual(etelaSavo.meetingPlaces.map((p) => p.example));
  });

  it('names a municipality given only by code from the national reference data', () => {
    const region = {
      ...etelaSavo,
      meetingPlaces: [{ ...etelaSavo.meetingPlaces[0]!, municipalityCode: '545' }],
    };
    expect(placesFile(region).municipalities).toEqual([{ code: '545', name: { fi: 'Närpiö', sv: 'Närpes' } }]);
  });
});

describe('yearClockFile', () => {
  it('publishes a year clock as the rings of yearClockRingsFromYearClock, with its id and name', () => {
    const file = yearClockFile(relationshipSupportYearClock, etelaSavo.groups);
    expect(file).toMatchObject({ id: relationshipSupportYearClock.id, name: relationshipSupportYearClock.name });
    expect(file.$schema).toBe('https://perhekeskus.dev/schema/published-year-clock.json');
    const entries = file.rings.flatMap((r) => r.entries.map((e) => e.id));
    expect(entries.sort()).toEqual(relationshipSupportYearClock.entries.map((e) => e.id).sort());
    expect(file).not.toHaveProperty('source');
  });
});
