import type { MeetingPlace, Municipality, Party, WeeklyActivity } from '@perhekeskus/core';

/**
 * Test data for the widget tests: invented places in real Etelä-Savo municipalities. Coordinates are
 * approximate municipal centres, good enough for ordering tests.
 */

const source = { document: 'test-fixture', assumption: 'Invented for tests' };

/** Tuesday 10 March 2026: the day the tests treat as today. */
export const TODAY = '2026-03-10';

export function testMunicipalities(): Municipality[] {
  const rows: [string, string, string, number, number][] = [
    ['178', 'Juva', 'Jockas', 61.8972, 27.8567],
    ['491', 'Mikkeli', 'S:t Michel', 61.6886, 27.2723],
    ['507', 'Mäntyharju', 'Mäntyharju', 61.4183, 26.8783],
    ['681', 'Rantasalmi', 'Rantasalmi', 62.0617, 28.3017],
    ['740', 'Savonlinna', 'Nyslott', 61.8686, 28.8792],
  ];
  return rows.map(([code, fi, sv, lat, lon]) => ({
    code,
    name: { fi, sv },
    centre: { lat, lon },
    countyId: 'eloisa',
    source,
  }));
}

export function testParties(): Party[] {
  return [
    { id: 'juvan-seurakunta', name: { fi: 'Juvan seurakunta', sv: 'Jockas församling' }, kind: 'parish', source },
    { id: 'mantyharju', name: { fi: 'Mäntyharjun kunta', sv: 'Mäntyharju kommun' }, kind: 'municipality', source },
  ];
}

export function makeActivity(overrides: Partial<WeeklyActivity> = {}): WeeklyActivity {
  return {
    id: 'open-morning',
    name: { fi: 'Avoin aamupäivä', sv: 'Öppen förmiddag', en: 'Open morning' },
    offering: 'open-activity',
    weekday: 2,
    start: '09:30',
    end: '11:30',
    ...overrides,
  };
}

export function makePlace(overrides: Partial<MeetingPlace> = {}): MeetingPlace {
  return {
    id: 'perhekahvila-juva',
    name: { fi: 'Perhekahvila Juva', sv: 'Familjecaféet Jockas', en: 'Juva family café' },
    municipalityCode: '178',
    organiserIds: ['juvan-seurakunta'],
    address: { street: 'Kirkkotie 1', postalCode: '51900', postOffice: { fi: 'Juva', sv: 'Jockas' } },
    coordinates: { lat: 61.8972, lon: 27.8567 },
    audiences: ['families'],
    offerings: ['open-activity'],
    languages: ['fi'],
    accessibility: ['pram-parking'],
    contacts: [
      {
        role: 'contact-person',
        name: 'Maija Meikäläinen',
        workEmail: 'maija@example.org',
        workPhone: '+358 40 123 4567',
      },
    ],
    activities: [makeActivity()],
    source,
    ...overrides,
  };
}

/** Three places in three municipalities, one of them an example row. */
export function threePlaces(): MeetingPlace[] {
  return [
    makePlace(),
    makePlace({
      id: 'mantyharjun-vauvakerho',
      name: { fi: 'Mäntyharjun vauvakerho', sv: 'Babyklubben i Mäntyharju', en: 'Mäntyharju baby club' },
      municipalityCode: '507',
      organiserIds: ['mantyharju'],
      address: { street: 'Keskustie 5', postalCode: '52700', postOffice: { fi: 'Mäntyharju' } },
      coordinates: { lat: 61.4183, lon: 26.8783 },
      audiences: ['babies'],
      offerings: ['family-club'],
      languages: ['fi', 'sv'],
      accessibility: ['step-free-entrance', 'lift'],
      activities: [
        makeActivity({
          id: 'baby-club',
          name: { fi: 'Vauvakerho', sv: 'Babyklubb', en: 'Baby club' },
          offering: 'family-club',
          weekday: 4,
          start: '10:00',
          end: '12:00',
        }),
      ],
    }),
    makePlace({
      id: 'savonlinnan-esimerkki',
      name: { fi: 'Savonlinnan perhetupa', sv: 'Familjestugan i Nyslott', en: 'Savonlinna family room' },
      municipalityCode: '740',
      organiserIds: [],
      address: { street: 'Olavinkatu 10', postalCode: '57130', postOffice: { fi: 'Savonlinna', sv: 'Nyslott' } },
      coordinates: { lat: 61.8686, lon: 28.8792 },
      audiences: ['everyone'],
      offerings: ['peer-support'],
      activities: [makeActivity({ id: 'peer-evening', weekday: 1, start: '17:00', end: '19:00' })],
      example: true,
    }),
  ];
}

/** `count` valid places with varied names and municipalities, deterministic. */
export function manyPlaces(count: number): MeetingPlace[] {
  const codes = ['178', '491', '507', '681', '740'];
  const places: MeetingPlace[] = [];
  for (let i = 0; i < count; i++) {
    places.push(
      makePlace({
        id: `place-${i}`,
        name: { fi: `Kohtaamispaikka ${i}` },
        municipalityCode: codes[i % codes.length]!,
        activities: [makeActivity({ weekday: (i % 7) + 1 })],
      }),
    );
  }
  return places;
}
