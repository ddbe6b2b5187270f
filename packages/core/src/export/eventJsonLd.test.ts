import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from './calendarEvent.js';
import { eventJsonLd } from './eventJsonLd.js';

describe('eventJsonLd', () => {
  it('keeps the documented example true', () => {
    const ld = eventJsonLd(
      { start: '2026-03-10T07:00:00Z', end: '2026-03-10T09:00:00Z', mode: 'hybrid' },
      { name: 'Ohjausryhmä', place: { name: 'Kunnantalo' }, onlineUrl: 'https://meet.example.fi/ohjaus' },
    );
    expect(ld.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(ld.startDate).toBe('2026-03-10T09:00:00+02:00');
    expect(ld.location).toEqual([
      { '@type': 'Place', name: 'Kunnantalo' },
      { '@type': 'VirtualLocation', url: 'https://meet.example.fi/ohjaus' },
    ]);
  });

  it('maps in-person, remote and hybrid to the schema.org attendance modes and locations', () => {
    const options = {
      name: 'Kokous',
      place: { name: 'Perhekeskus', streetAddress: 'Kauppatori 1', postalCode: '50100', addressLocality: 'Mikkeli' },
      onlineUrl: 'https://meet.example.fi/k',
    };
    const base = { start: '2026-06-02T09:00:00+03:00', end: '2026-06-02T11:00:00+03:00' };
    const inPerson = eventJsonLd({ ...base, mode: 'in-person' }, options);
    const remote = eventJsonLd({ ...base, mode: 'remote' }, options);
    const hybrid = eventJsonLd({ ...base, mode: 'hybrid' }, options);
    expect(inPerson.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(remote.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(hybrid.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(inPerson.location).toEqual({
      '@type': 'Place',
      name: 'Perhekeskus',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Kauppatori 1',
        postalCode: '50100',
        addressLocality: 'Mikkeli',
        addressCountry: 'FI',
      },
    });
    expect(remote.location).toEqual({ '@type': 'VirtualLocation', url: 'https://meet.example.fi/k' });
    expect(Array.isArray(hybrid.location) && hybrid.location.map((l) => l['@type'])).toEqual([
      'Place',
      'VirtualLocation',
    ]);
  });

  it('writes a full Event with context, status, organizer and language', () => {
    const ld = eventJsonLd(
      {
        start: '2026-03-10T09:00:00+02:00',
        end: '2026-03-10T11:00:00+02:00',
        mode: 'in-person',
        groupId: 'steering-group',
        groupName: { fi: 'Ohjausryhmä', sv: 'Styrgruppen', en: 'Steering group' },
        topics: [{ fi: 'Talousarvio', sv: 'Budget' }],
      },
      {
        locale: 'sv',
        organizer: { name: 'Etelä-Savon hyvinvointialue', url: 'https://etelasavonha.fi' },
        url: 'https://example.fi/styrgruppen',
      },
    );
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Styrgruppen',
      startDate: '2026-03-10T09:00:00+02:00',
      endDate: '2026-03-10T11:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      description: 'Mötesform: Möte på plats\nÄmnen:\n- Budget',
      url: 'https://example.fi/styrgruppen',
      organizer: { '@type': 'Organization', name: 'Etelä-Savon hyvinvointialue', url: 'https://etelasavonha.fi' },
      inLanguage: 'sv',
    });
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
  });

  it('takes name, place, link and status from a CalendarEvent', () => {
    const event: CalendarEvent = {
      uid: 'x@perhekeskus',
      title: 'Verkostotapaaminen',
      start: '2026-10-06T13:00:00+03:00',
      end: '2026-10-06T15:00:00+03:00',
      mode: 'hybrid',
      location: 'Kirjasto',
      url: 'https://meet.example.fi/v',
      status: 'cancelled',
    };
    const ld = eventJsonLd(event);
    expect(ld.name).toBe('Verkostotapaaminen');
    expect(ld.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(ld.location).toEqual([
      { '@type': 'Place', name: 'Kirjasto' },
      { '@type': 'VirtualLocation', url: 'https://meet.example.fi/v' },
    ]);
    expect(ld.inLanguage).toBe('fi');
    expect(eventJsonLd({ ...event, mode: 'in-person' }).location).toEqual({ '@type': 'Place', name: 'Kirjasto' });
  });

  it('gives an all-day event its first and last Helsinki day as dates', () => {
    const survey: CalendarEvent = {
      uid: 'family-survey-20270901@etela-savo',
      title: 'Perheiden kysely',
      start: '2027-08-31T21:00:00Z',
      end: '2027-12-01T00:00:00+02:00',
      allDay: true,
    };
    expect(eventJsonLd(survey)).toMatchObject({ startDate: '2027-09-01', endDate: '2027-11-30' });
  });

  it('marks an invented example event in the data, and only then', () => {
    const event: CalendarEvent = {
      uid: 'z@perhekeskus',
      title: 'Esimerkki: perhekahvila',
      start: '2026-10-06T09:00:00+03:00',
      end: '2026-10-06T11:00:00+03:00',
    };
    expect(eventJsonLd(event, { example: true }).additionalProperty).toEqual({
      '@type': 'PropertyValue',
      name: 'example',
      value: true,
    });
    expect(eventJsonLd(event).additionalProperty).toBeUndefined();
  });

  it('does not take the page URL of an event without a mode for an online location', () => {
    const { mode: _mode, ...withoutMode }: CalendarEvent = {
      uid: 'y@perhekeskus',
      title: 'Perhekahvila',
      start: '2026-10-06T09:00:00+03:00',
      end: '2026-10-06T11:00:00+03:00',
      mode: 'hybrid',
      location: 'Seurakuntatalo',
      url: 'https://kunta.example.fi/perhekahvila',
    };
    const ld = eventJsonLd(withoutMode);
    expect(ld.location).toEqual({ '@type': 'Place', name: 'Seurakuntatalo' });
    expect(ld.eventAttendanceMode).toBeUndefined();
    expect(ld.url).toBe('https://kunta.example.fi/perhekahvila');
  });

  it('rejects an untitled occurrence without a name and unsafe links', () => {
    const occurrence = {
      start: '2026-03-10T09:00:00+02:00',
      end: '2026-03-10T11:00:00+02:00',
      mode: 'remote',
    } as const;
    expect(() => eventJsonLd(occurrence)).toThrow('options.name: No name');
    expect(() => eventJsonLd(occurrence, { name: 'K', onlineUrl: 'javascript:alert(1)' })).toThrow(
      /options\.onlineUrl/,
    );
  });
});

describe('eventJsonLd never sees what the schema refuses (issue 14)', () => {
  const base = {
    uid: 'a@perhekeskus',
    title: 'Kokous',
    start: '2026-03-10T09:00:00+02:00',
    end: '2026-03-10T11:00:00+02:00',
  };

  it('refuses an instant after 2200 in Helsinki rather than write the year 10000', () => {
    expect(() => eventJsonLd({ ...base, end: '9999-12-31T23:00:00Z' })).toThrow(
      /^source\.end: Expected a year in 1922–2200/,
    );
    expect(() =>
      eventJsonLd({ start: '9999-12-31T22:00:00Z', end: '9999-12-31T23:00:00Z', mode: 'remote' }, { name: 'K' }),
    ).toThrow(/^source\.start: Expected a year in 1922–2200/);
  });

  it('refuses a javascript: or data: address and text with a lone surrogate in any field it writes', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      expect(() => eventJsonLd({ ...base, url })).toThrow(/^source\.url:/);
      expect(() => eventJsonLd(base, { url })).toThrow(/^options\.url:/);
      expect(() => eventJsonLd(base, { place: { name: 'Talo', url } })).toThrow(/^options\.place\.url:/);
    }
    expect(() => eventJsonLd({ ...base, title: 'Kokous \ud83d' })).toThrow(/^source\.title: Not well-formed Unicode/);
    expect(() => eventJsonLd(base, { place: { name: '\ude00' } })).toThrow(/^options\.place\.name:/);
  });
});
