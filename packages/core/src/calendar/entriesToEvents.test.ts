import { describe, expect, it } from 'vitest';
import { occurrencesToEvents } from '../export/occurrencesToEvents.js';
import { toICalendar } from '../export/toICalendar.js';
import { ValidationError } from '../model/validation.js';
import type { GroupOccurrence } from '../schedule/occurrence.js';
import type { CalendarEntry } from './calendarEntry.js';
import { entriesFromOccurrences } from './entriesFromOccurrences.js';
import { entriesToEvents } from './entriesToEvents.js';

describe('entriesToEvents', () => {
  it('keeps the TSDoc example true', () => {
    const entry: CalendarEntry = {
      id: 'steering-group-20260310',
      title: { fi: 'Ohjausryhmä', en: 'Steering group' },
      start: '2026-03-10T09:00:00+02:00',
      end: '2026-03-10T11:00:00+02:00',
      mode: 'remote',
    };
    expect(entriesToEvents([entry], { locale: 'en' })).toEqual([
      {
        uid: 'steering-group-20260310@perhekeskus',
        title: 'Steering group',
        start: '2026-03-10T09:00:00+02:00',
        end: '2026-03-10T11:00:00+02:00',
        description: 'Format: Remote',
        mode: 'remote',
        categories: ['Remote'],
      },
    ]);
  });

  it('gives a group meeting the UID, title and categories of occurrencesToEvents', () => {
    const occurrence: GroupOccurrence = {
      start: '2026-03-10T09:00:00+02:00',
      end: '2026-03-10T11:00:00+02:00',
      mode: 'hybrid',
      topics: [{ fi: 'Talousarvio', sv: 'Budget' }],
      groupId: 'steering-group',
      groupName: { fi: 'Ohjausryhmä', sv: 'Styrgruppen', en: 'Steering group' },
    };
    const [fromEntry] = entriesToEvents(entriesFromOccurrences([occurrence]), { locale: 'sv' });
    const [direct] = occurrencesToEvents([occurrence], { locale: 'sv' });
    expect(fromEntry).toMatchObject({ uid: direct!.uid, title: direct!.title, categories: direct!.categories });
    expect(fromEntry!.description).toBe('Mötesform: Hybridmöte\nÄmnen:\n- Budget');
  });

  it('writes location, url, the description and Finnish where the locale has no text, into a valid .ics', () => {
    const entry: CalendarEntry = {
      id: 'cafe-20260310',
      title: { fi: 'Perhekahvila' },
      start: '2026-03-10T09:30:00+02:00',
      end: '2026-03-10T11:00:00+02:00',
      mode: 'in-person',
      location: { fi: 'Seurakuntatalo, Juva' },
      description: { fi: 'Tervetuloa!', en: 'Welcome!' },
      url: 'https://www.juva.fi/',
    };
    const [event] = entriesToEvents([entry], { locale: 'en', uidDomain: 'juva.fi' });
    expect(event).toMatchObject({
      uid: 'cafe-20260310@juva.fi',
      title: 'Perhekahvila',
      location: 'Seurakuntatalo, Juva',
      url: 'https://www.juva.fi/',
      description: 'Format: In person\nWelcome!',
    });
    const ics = toICalendar([event!], { name: 'Juva', now: '2026-03-01T00:00:00Z' });
    expect(ics).toContain('UID:cafe-20260310@juva.fi');
    expect(ics).toContain('DTSTART;TZID=Europe/Helsinki:20260310T093000');
  });

  it('rejects invalid entries and options', () => {
    expect(() => entriesToEvents([{ id: 'x' } as never])).toThrow(ValidationError);
    expect(() => entriesToEvents([], { uidDomain: 'Bad Domain' })).toThrow(/options.uidDomain/);
  });
});
