import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { meetingPlaces } from '../data/etela-savo/meeting-places.js';
import type { MeetingPlace, WeeklyActivity } from '../model/meeting-place.js';
import { ValidationError } from '../validation/parseInput.js';
import { upcomingOpenings } from '../schedule/upcomingOpenings.js';
import { CalendarEntry } from './calendarEntry.js';
import { entriesFromPlace } from './entriesFromPlace.js';

function activity(overrides: Partial<WeeklyActivity> = {}): WeeklyActivity {
  return {
    id: 'cafe',
    name: { fi: 'Perhekahvila', en: 'Family café' },
    offering: 'open-activity',
    weekday: 2,
    start: '09:30',
    end: '11:00',
    ...overrides,
  };
}

function place(overrides: Partial<MeetingPlace> = {}): MeetingPlace {
  return {
    id: 'juva-perhekahvila',
    name: { fi: 'Juvan perhekahvila', sv: 'Familjecaféet i Jockas' },
    municipalityCode: '178',
    organiserIds: [],
    address: { street: 'Kauppatie 1', postalCode: '51900', postOffice: { fi: 'Juva', sv: 'Jockas' } },
    audiences: ['families'],
    offerings: ['open-activity'],
    languages: ['fi'],
    accessibility: [],
    contacts: [],
    activities: [activity()],
    source: { document: 'test' },
    ...overrides,
  };
}

describe('entriesFromPlace', () => {
  it('turns a weekly activity into in-person entries at the place (the TSDoc example)', () => {
    expect(entriesFromPlace(place(), { from: '2026-03-09', to: '2026-03-15' })).toEqual([
      {
        id: 'juva-perhekahvila-cafe-20260310',
        title: { fi: 'Perhekahvila', en: 'Family café' },
        start: '2026-03-10T09:30:00+02:00',
        end: '2026-03-10T11:00:00+02:00',
        mode: 'in-person',
        location: {
          fi: 'Juvan perhekahvila, Kauppatie 1, 51900 Juva',
          sv: 'Familjecaféet i Jockas, Kauppatie 1, 51900 Jockas',
        },
        placeId: 'juva-perhekahvila',
        kind: 'activity',
      },
    ]);
  });

  it('applies exceptions, keeps their notes, and marks example places and their web page', () => {
    const entries = entriesFromPlace(
      place({
        example: true,
        web: 'https://www.juva.fi/',
        exceptions: [
          { date: '2026-03-10', closed: true },
          { date: '2026-03-17', closed: false, start: '12:00', end: '13:00', note: { fi: 'Poikkeava aika' } },
        ],
      }),
      { from: '2026-03-09', to: '2026-03-22' },
    );
    expect(entries.map((e) => [e.id, e.start, e.description?.fi])).toEqual([
      ['juva-perhekahvila-cafe-20260317', '2026-03-17T12:00:00+02:00', 'Poikkeava aika'],
    ]);
    expect(entries[0]).toMatchObject({ example: true, url: 'https://www.juva.fi/' });
  });

  it('covers a range longer than a year, with the same openings as upcomingOpenings, across summer time', () => {
    const p = place();
    const entries = entriesFromPlace(p, { from: '2026-01-01', to: '2027-06-30' });
    const expected = [
      ...upcomingOpenings(p, { from: '2026-01-01', days: 365 }),
      ...upcomingOpenings(p, { from: '2027-01-01', days: 181 }),
    ];
    expect(entries.map((e) => e.start)).toEqual(expected.map((o) => o.start));
    expect(entries.some((e) => e.start.endsWith('+03:00'))).toBe(true);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('refuses a place whose web page is not http(s), as MeetingPlace does', () => {
    for (const web of ['ftp://example.org/', 'javascript:alert(1)']) {
      expect(() => entriesFromPlace(place({ web }), { from: '2026-03-10', to: '2026-03-10' })).toThrow(/^place\.web:/);
    }
  });

  it('gives valid entries for every built-in place', () => {
    for (const p of meetingPlaces) {
      const entries = entriesFromPlace(p, { from: '2026-03-01', to: '2026-04-30' });
      expect(z.safeParse(z.array(CalendarEntry), entries).success).toBe(true);
    }
  });

  it('rejects an invalid place, a reversed range and one over three years', () => {
    expect(() => entriesFromPlace(place({ id: 'Bad' }), { from: '2026-03-09', to: '2026-03-15' })).toThrow(
      ValidationError,
    );
    expect(() => entriesFromPlace(place(), { from: '2026-03-15', to: '2026-03-09' })).toThrow(/range.to/);
    expect(() => entriesFromPlace(place(), { from: '2026-01-01', to: '2029-01-01' })).toThrow(/at most 1096 days/);
  });
});
