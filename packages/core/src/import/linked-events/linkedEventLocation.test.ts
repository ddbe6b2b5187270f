import { describe, expect, it } from 'vitest';
import { linkedEventLocation } from './linkedEventLocation.js';

describe('linkedEventLocation', () => {
  it('writes an expanded place as name, street and town, with the extra info in brackets (documented example)', () => {
    expect(
      linkedEventLocation(
        {
          id: 'tprek:8310',
          name: { fi: 'Itäkeskuksen kirjasto' },
          street_address: { fi: 'Turunlinnantie 1' },
          postal_code: '00930',
          address_locality: { fi: 'Helsinki' },
        },
        { fi: 'Lastenosasto' },
      ),
    ).toEqual({
      location: { fi: 'Itäkeskuksen kirjasto, Turunlinnantie 1, 00930 Helsinki (Lastenosasto)' },
      mode: 'in-person',
      issues: [],
    });
  });

  it('writes a line per language the place or its extra info has, filling gaps with the other parts', () => {
    const result = linkedEventLocation(
      {
        '@id': 'https://api.hel.fi/linkedevents/v1/place/tprek:8310/',
        name: { fi: 'Itäkeskuksen kirjasto', sv: 'Östra centrums bibliotek' },
        street_address: { fi: 'Turunlinnantie 1' },
        address_locality: { fi: 'Helsinki', sv: 'Helsingfors' },
        postal_code: '00930',
      },
      { fi: 'Monitoimisali', en: 'Multi-purpose hall' },
    );
    expect(result.location).toEqual({
      fi: 'Itäkeskuksen kirjasto, Turunlinnantie 1, 00930 Helsinki (Monitoimisali)',
      sv: 'Östra centrums bibliotek, Turunlinnantie 1, 00930 Helsingfors (Monitoimisali)',
      en: 'Itäkeskuksen kirjasto, Turunlinnantie 1, 00930 Helsinki (Multi-purpose hall)',
    });
    expect(result.issues).toEqual([]);
  });

  it('reports a place given as a link only, keeping the mode and any extra info', () => {
    const result = linkedEventLocation(
      { '@id': 'https://api.hel.fi/linkedevents/v1/place/tprek:15417/' },
      { fi: 'Pääovi', ru: 'Главный вход' },
    );
    expect(result.location).toEqual({ fi: 'Pääovi' });
    expect(result.mode).toBe('in-person');
    expect(result.issues.map((i) => [i.field, i.code])).toEqual([
      ['location_extra_info.ru', 'unsupported-language'],
      ['location', 'reference-only'],
    ]);
    expect(result.issues[1]?.message).toContain('"tprek:15417"');
    expect(result.issues[1]?.message).toContain('include=location');
  });

  it('makes an event at the virtual internet place remote, without a location text', () => {
    expect(linkedEventLocation({ '@id': 'https://api.hel.fi/linkedevents/v1/place/helsinki:internet/' }, null)).toEqual(
      {
        mode: 'remote',
        issues: [],
      },
    );
    expect(linkedEventLocation({ id: 'helsinki:internet', name: { fi: 'Internet' } }, { fi: 'Teams' })).toEqual({
      location: { fi: 'Teams' },
      mode: 'remote',
      issues: [],
    });
  });

  it('writes a Swedish-only place in Swedish alone, and says nothing of it', () => {
    const result = linkedEventLocation(
      {
        id: 'x:1',
        name: { sv: 'Biblioteket' },
        street_address: { sv: 'Vägen 2' },
        address_locality: { sv: 'Jakobstad' },
      },
      null,
    );
    expect(result.location).toEqual({ sv: 'Biblioteket, Vägen 2, Jakobstad' });
    expect(result.issues).toEqual([]);
  });

  it('keeps a Sámi line beside the Finnish one, with the Finnish address where the Sámi lacks one', () => {
    const result = linkedEventLocation(
      {
        id: 'x:2',
        name: { fi: 'Kulttuurikeskus Sajos', se: 'Kulturguovddáš Sajos' },
        street_address: { fi: 'Sajostie 1' },
        postal_code: '99870',
        address_locality: { fi: 'Inari', se: 'Anár', smn: 'Aanaar' },
      },
      { fi: 'Kirjasto' },
    );
    expect(result.location).toEqual({
      fi: 'Kulttuurikeskus Sajos, Sajostie 1, 99870 Inari (Kirjasto)',
      se: 'Kulturguovddáš Sajos, Sajostie 1, 99870 Anár (Kirjasto)',
      smn: 'Kulttuurikeskus Sajos, Sajostie 1, 99870 Aanaar (Kirjasto)',
    });
    expect(result.issues).toEqual([]);
  });

  it('uses a place name in another language as a proper name, and says so', () => {
    const named = linkedEventLocation(
      { id: 'x:1', name: { en: 'Oodi' }, street_address: { fi: 'Töölönlahdenkatu 4' } },
      null,
    );
    expect(named.location).toEqual({ fi: 'Oodi, Töölönlahdenkatu 4', en: 'Oodi, Töölönlahdenkatu 4' });
    expect(named.issues).toEqual([
      {
        field: 'location.name',
        code: 'missing-national-language',
        message: 'No Finnish or Swedish name; the en name is used in the fi text',
        skipped: false,
      },
    ]);
    const english = linkedEventLocation(
      { id: 'x:1', name: { en: 'Central Library' }, street_address: { en: 'Main St 4' } },
      null,
    );
    expect(english.location).toEqual({ fi: 'Central Library, Main St 4', en: 'Central Library, Main St 4' });
    expect(english.issues.map((i) => [i.field, i.code, i.skipped])).toEqual([
      ['location', 'missing-national-language', false],
    ]);
  });

  it('writes the place in the extra info’s language too, so the extra info never stands alone', () => {
    const result = linkedEventLocation({ id: 'x:1', name: { sv: 'Biblioteket' } }, { fi: 'Sali', sv: 'Salen' });
    expect(result.location).toEqual({ fi: 'Biblioteket (Sali)', sv: 'Biblioteket (Salen)' });
    const swedishNote = linkedEventLocation(
      { id: 'x:1', name: { fi: 'Kirjasto', sv: 'Biblioteket' } },
      { sv: 'Salen' },
    );
    expect(swedishNote.location).toEqual({ fi: 'Kirjasto (Salen)', sv: 'Biblioteket (Salen)' });
  });

  it('reports the coordinates it cannot keep and the languages it cannot carry', () => {
    const result = linkedEventLocation(
      { id: 'x:1', name: { fi: 'Talo', ar: 'بيت' }, position: { type: 'Point', coordinates: [25.08, 60.21] } },
      null,
    );
    expect(result.location).toEqual({ fi: 'Talo' });
    expect(result.issues.map((i) => i.field)).toEqual(['location.name.ar', 'location.position']);
  });

  it('keeps extra info in Swedish alone, leaves out extra info in neither Finnish nor Swedish, and reads nothing from a missing or empty place', () => {
    expect(linkedEventLocation(null, { sv: 'Ingång B' })).toEqual({ location: { sv: 'Ingång B' }, issues: [] });
    expect(linkedEventLocation(null, { en: 'Door B', smn: 'Uksâ B' })).toEqual({
      issues: [
        {
          field: 'location_extra_info',
          code: 'missing-national-language',
          message: 'No Finnish or Swedish text; the en, smn text is not kept',
          skipped: false,
        },
      ],
    });
    expect(linkedEventLocation({}, undefined)).toEqual({ issues: [] });
    expect(linkedEventLocation(undefined, null)).toEqual({ issues: [] });
  });
});
