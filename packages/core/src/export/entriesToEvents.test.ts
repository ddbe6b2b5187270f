import { describe, expect, it } from 'vitest';
import { occurrencesToEvents } from './occurrencesToEvents.js';
import { toICalendar } from './toICalendar.js';
import { ValidationError } from '../validation/parseInput.js';
import type { GroupOccurrence } from '../schedule/occurrence.js';
import type { CalendarEntry } from '../calendar/calendarEntry.js';
import { entriesFromOccurrences } from '../calendar/entriesFromOccurrences.js';
import { entriesFromEvaluationCalendar } from '../calendar/entriesFromEvaluationCalendar.js';
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

  it('makes the all-day tasks of the evaluation calendar all-day events over the same Helsinki days, UIDs unchanged', () => {
    const entries = entriesFromEvaluationCalendar([
      {
        activityId: 'family-survey',
        kind: 'family-survey',
        name: { fi: 'Perheiden kysely', sv: 'Familjeenkät', en: 'Family survey' },
        year: 2027,
        window: { start: '2027-09-01', end: '2027-11-30' },
        responsible: 'coordinator',
      },
      {
        activityId: 'peer-review',
        kind: 'meeting-place-peer-evaluation',
        name: { fi: 'Vertaisarviointi' },
        year: 2027,
        window: { start: '2027-03-01', end: '2027-03-31' },
        responsible: 'coordinator',
      },
    ]);
    const events = entriesToEvents(entries, { uidDomain: 'etela-savo' });
    expect(events.map((e) => [e.uid, e.start, e.end, e.allDay])).toEqual([
      ['family-survey-20270901@etela-savo', '2027-09-01T00:00:00+03:00', '2027-12-01T00:00:00+02:00', true],
      ['peer-review-20270301@etela-savo', '2027-03-01T00:00:00+02:00', '2027-04-01T00:00:00+03:00', true],
    ]);
    const lines = toICalendar(events, { name: 'Arviointi' }).split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270901');
    expect(lines).toContain('DTEND;VALUE=DATE:20271201');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270301');
    expect(lines).toContain('DTEND;VALUE=DATE:20270401');
    expect(lines.filter((l) => l.startsWith('DTSTART;TZID') || l.startsWith('DTEND;TZID'))).toEqual([]);
    // A timed entry stays timed.
    const [timed] = entriesToEvents([{ ...entries[0]!, allDay: false }]);
    expect(timed).not.toHaveProperty('allDay');
  });

  it('rejects invalid entries and options', () => {
    expect(() => entriesToEvents([{ id: 'x' } as never])).toThrow(ValidationError);
    expect(() => entriesToEvents([], { uidDomain: 'Bad Domain' })).toThrow(/options.uidDomain/);
  });
});
