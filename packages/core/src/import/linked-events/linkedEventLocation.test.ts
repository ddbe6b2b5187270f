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

  it('writes a line per language the place has, filling gaps with the Finnish parts', () => {
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
      en: 'Multi-purpose hall',
    });
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

  it('uses a Swedish place name in the Finnish line when there is no Finnish one, and says so', () => {
    const result = linkedEventLocation(
      { id: 'x:1', name: { sv: 'Biblioteket' }, street_address: { sv: 'Vägen 2' } },
      null,
    );
    expect(result.location).toEqual({ fi: 'Biblioteket, Vägen 2', sv: 'Biblioteket, Vägen 2' });
    expect(result.issues.map((i) => [i.field, i.code, i.skipped])).toEqual([
      ['location.name', 'missing-finnish', false],
    ]);
  });

  it('reports the coordinates it cannot keep and the languages it cannot carry', () => {
    const result = linkedEventLocation(
      { id: 'x:1', name: { fi: 'Talo', ar: 'بيت' }, position: { type: 'Point', coordinates: [25.08, 60.21] } },
      null,
    );
    expect(result.location).toEqual({ fi: 'Talo' });
    expect(result.issues.map((i) => i.field)).toEqual(['location.name.ar', 'location.position']);
  });

  it('leaves out extra info without Finnish, and reads nothing from a missing or empty place', () => {
    expect(linkedEventLocation(null, { sv: 'Ingång B' })).toEqual({
      issues: [
        {
          field: 'location_extra_info',
          code: 'missing-finnish',
          message: 'No Finnish text; the sv text is not kept',
          skipped: false,
        },
      ],
    });
    expect(linkedEventLocation({}, undefined)).toEqual({ issues: [] });
    expect(linkedEventLocation(undefined, null)).toEqual({ issues: [] });
  });
});
