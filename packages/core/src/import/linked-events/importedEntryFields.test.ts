import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AudienceAge, CalendarEntry, EntryKeyword, EntryOffer, EntrySource } from '../../calendar/calendarEntry.js';

/** A calendar entry with every field added for imported events. */
function importedEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'helsinki-agggfz6gca',
    title: { fi: 'Vauvakahvila' },
    start: '2026-03-10T09:30:00+02:00',
    end: '2026-03-10T11:00:00+02:00',
    kind: 'activity',
    keywords: [{ id: 'yso:p4354', name: { fi: 'lapset' } }, { id: 'yso:p13050' }],
    audience: [{ id: 'yso:p15937' }],
    audienceAge: { min: 0, max: 1 },
    languages: ['fi', 'sv'],
    offers: [{ free: false, price: { fi: '5 €' }, url: 'https://liput.example.fi/' }, { free: true }],
    seriesId: 'helsinki-agggfz6fzy',
    source: {
      system: 'linked-events',
      id: 'helsinki:agggfz6gca',
      url: 'https://api.hel.fi/linkedevents/v1/event/helsinki:agggfz6gca/',
    },
    ...overrides,
  };
}

describe('CalendarEntry fields for imported events', () => {
  it('accepts keywords, audience, ages, languages, offers, series and source', () => {
    expect(z.safeParse(CalendarEntry, importedEntry()).success).toBe(true);
  });

  it('keeps a foreign keyword id and source id that are not our ids', () => {
    expect(z.safeParse(EntryKeyword, { id: 'yso:p4354' }).success).toBe(true);
    expect(z.safeParse(EntrySource, { system: 'linked-events', id: 'espoo_le:AbC' }).success).toBe(true);
    expect(z.safeParse(EntryKeyword, { id: '' }).success).toBe(false);
  });

  it('refuses crossed or negative ages, a language that is not ISO 639, a series id with a colon and a script url', () => {
    expect(z.safeParse(AudienceAge, { min: 7, max: 3 }).success).toBe(false);
    expect(z.safeParse(AudienceAge, { min: -1 }).success).toBe(false);
    expect(z.safeParse(AudienceAge, { min: 3, max: 3 }).success).toBe(true);
    expect(z.safeParse(CalendarEntry, importedEntry({ languages: ['zh_hans'] })).success).toBe(false);
    expect(z.safeParse(CalendarEntry, importedEntry({ seriesId: 'helsinki:agggfz6fzy' })).success).toBe(false);
    expect(z.safeParse(EntryOffer, { url: 'javascript:alert(1)' }).success).toBe(false);
    expect(z.safeParse(EntryOffer, { free: true, colour: 'red' }).success).toBe(false);
  });
});
