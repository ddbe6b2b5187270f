import type { MeetingPlace, WeeklyActivity } from '../model/meeting-place.js';
import type { Municipality } from '../model/place.js';

/**
 * Test fixtures for the search module (not exported from the package index). Coordinates are
 * approximate municipal centres, good enough for ordering tests; they are not reference data.
 */

const source = { document: 'test-fixture', assumption: 'Invented for tests' };

/** A few Etelä-Savo municipalities with approximate centres. */
export function testMunicipalities(): Municipality[] {
  const rows: [string, string, string, number, number][] = [
    ['178', 'Juva', 'Jockas', 61.8972, 27.8567],
    ['491', 'Mikkeli', 'S:t Michel', 61.6886, 27.2723],
    ['507', 'Mäntyharju', 'Mäntyharju', 61.4183, 26.8783],
    ['681', 'Rantasalmi', 'Rantasalmi', 62.0617, 28.3017],
    ['740', 'Savonlinna', 'Nyslott', 61.8686, 28.8792],
    ['593', 'Pieksämäki', 'Pieksämäki', 62.3, 27.1333],
  ];
  return rows.map(([code, fi, sv, lat, lon]) => ({
    code,
    name: { fi, sv },
    centre: { lat, lon },
    countyId: 'eloisa',
    source,
  }));
}

/** A weekly activity with sensible defaults. */
export function makeActivity(overrides: Partial<WeeklyActivity> = {}): WeeklyActivity {
  return {
    id: 'open-morning',
    name: { fi: 'Avoin aamupäivä', sv: 'Öppen förmiddag', en: 'Open morning' },
    offering: 'open-activity',
    weekday: 2,
    start: '09:00',
    end: '12:00',
    ...overrides,
  };
}

/** A valid meeting place with sensible defaults; override any field. */
export function makePlace(overrides: Partial<MeetingPlace> = {}): MeetingPlace {
  return {
    id: 'perhekahvila-juva',
    name: { fi: 'Perhekahvila Juva', sv: 'Familjecaféet Jockas' },
    municipalityCode: '178',
    organiserIds: ['juvan-seurakunta'],
    audiences: ['families'],
    offerings: ['open-activity'],
    languages: ['fi'],
    accessibility: [],
    contacts: [],
    activities: [makeActivity()],
    source,
    ...overrides,
  };
}

const FIRST = ['Perhe', 'Vauva', 'Lapsi', 'Äiti', 'Isä', 'Mummola', 'Nuoriso', 'Kylä', 'Öljymäen', 'Ålands'];
const SECOND = ['kahvila', 'kerho', 'tupa', 'paikka', 'olohuone', 'piha', 'talo', 'kammari'];
const CODES = ['178', '491', '507', '681', '740', '593'];
const AUDIENCES = ['families', 'babies', 'under-school-age', 'school-age', 'young-people'] as const;
const OFFERINGS = ['open-activity', 'family-club', 'peer-support', 'guidance', 'volunteering'] as const;
const LANGUAGES = ['fi', 'sv', 'en', 'ru', 'uk'];
const FEATURES = ['step-free-entrance', 'accessible-toilet', 'pram-parking', 'baby-care-room', 'lift'] as const;

/** `count` varied, valid places, deterministic for a given seed (a small linear congruential generator). */
export function generatePlaces(count: number, seed = 1): MeetingPlace[] {
  let state = seed >>> 0;
  const next = (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return (state >>> 8) % n; // low bits of an LCG cycle quickly
  };
  const pick = <T>(items: readonly T[]) => items[next(items.length)] as T;
  const some = <T>(items: readonly T[]) => items.filter(() => next(3) === 0);
  const places: MeetingPlace[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick(FIRST)}${pick(SECOND)} ${i}`;
    const activities: WeeklyActivity[] = [];
    for (let a = next(3); a >= 0; a--) {
      const hour = 8 + next(8);
      activities.push({
        id: `activity-${a}`,
        name: { fi: `${pick(FIRST)}${pick(SECOND)}` },
        offering: pick(OFFERINGS),
        weekday: 1 + next(7),
        start: `${String(hour).padStart(2, '0')}:00`,
        end: `${String(hour + 2).padStart(2, '0')}:30`,
        ...(next(4) === 0 ? { weeks: pick(['odd', 'even'] as const) } : {}),
      });
    }
    places.push({
      id: `place-${i}`,
      name: { fi: name, ...(next(2) === 0 ? { sv: `Plats ${i}` } : {}) },
      description: { fi: `${pick(FIRST)} ja ${pick(SECOND)} yhdessä` },
      municipalityCode: pick(CODES),
      organiserIds: [`organiser-${next(20)}`],
      audiences: [pick(AUDIENCES), ...some(AUDIENCES)],
      offerings: [pick(OFFERINGS)],
      languages: ['fi', ...some(LANGUAGES.slice(1))],
      accessibility: some(FEATURES),
      contacts: [],
      activities,
      ...(next(3) > 0 ? { coordinates: { lat: 61 + next(1000) / 1000, lon: 27 + next(2000) / 1000 } } : {}),
      ...(next(10) === 0 ? { example: true } : {}),
      source,
    });
  }
  return places;
}
