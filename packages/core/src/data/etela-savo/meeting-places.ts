import type {
  AccessibilityFeature,
  Audience,
  LanguageCode,
  LocalizedText,
  MeetingPlace,
  PlaceContact,
  WeeklyActivity,
} from '../../model/index.js';
import { municipalities } from './municipalities.js';
import { partyIdOf } from './parties.js';
import { S000, S002 } from './sources.js';

/**
 * Rantasalmi's open meeting place, the only one the seeds describe (000): run together by the
 * municipality, the wellbeing services county and the parish, in the parish's premises, with a
 * regular family club. Its address, hours and accessibility are not in the seeds and are left out
 * rather than invented.
 */
const rantasalmi = {
  id: 'rantasalmi-open-meeting-place',
  name: {
    fi: 'Rantasalmen avoin kohtaamispaikka',
    sv: 'Öppna mötesplatsen i Rantasalmi',
    en: 'Rantasalmi open meeting place',
  },
  description: {
    fi: 'Kunnan, hyvinvointialueen ja seurakunnan yhteistyönä seurakunnan tiloissa toimiva avoin kohtaamispaikka, jossa järjestetään säännöllistä perhekerhotoimintaa.',
    sv: 'En öppen mötesplats i församlingens lokaler som kommunen, välfärdsområdet och församlingen driver tillsammans, med regelbunden familjeklubbsverksamhet.',
    en: 'An open meeting place in the parish premises, run jointly by the municipality, the wellbeing services county and the parish, with a regular family club.',
  },
  municipalityCode: '681',
  organiserIds: ['rantasalmi', 'eloisa', 'rantasalmen-seurakunta'],
  premises: {
    ownerKind: 'parish',
    ownerId: 'rantasalmen-seurakunta',
    description: { fi: 'Seurakunnan tilat', sv: 'Församlingens lokaler', en: 'Parish premises' },
  },
  audiences: ['families'],
  offerings: ['open-activity', 'family-club'],
  languages: ['fi'],
  accessibility: [],
  // 002: every open meeting place has contact person(s) in the meeting-place network; not named.
  contacts: [
    {
      role: 'contact-person',
      title: {
        fi: 'Kohtaamispaikan yhteyshenkilö',
        sv: 'Mötesplatsens kontaktperson',
        en: 'Meeting-place contact person',
      },
    },
  ],
  activities: [],
  operating: { start: '2026-01-01' },
  example: false,
  source: {
    document: S000,
    section: 'HYSIVLTK 29.09.2025 § 85',
    assumption:
      'The name is descriptive, not an official name. Audience "families" and language "fi" are assumed. ' +
      'The start on 2026-01-01 is inferred: 002 (Kohtaamispaikkaverkosto) says nine municipalities have an open ' +
      'meeting place now (2025) and ten from the start of 2026, and 000 records this one as agreed for the ' +
      '2026–2029 agreement ("on sovittu toteutettavan"), so it is taken to be the tenth. ' +
      'The contact person (by role) is from 002 (every meeting place has one). Address, coordinates, hours, ' +
      'accessibility and audiences beyond families are not in the seeds and are deliberately left out.',
  },
} satisfies MeetingPlace;

// ---------------------------------------------------------------------------------------------
// Example rows: invented, flagged `example: true`, named "Esimerkki: … / Exempel: … / Example: …",
// with no street address. They show the shape of the data and give the widgets something to show.

const EXAMPLE_ASSUMPTION =
  'Example row (example: true), invented to show the data shape. 002 says nine municipalities have an open ' +
  'meeting place in 2025 and ten from the start of 2026 (000/001 §11 require at least one per municipality) ' +
  'without naming them: the example rows cover nine municipalities with Rantasalmi (from 2026) the tenth, ' +
  'and leave out Enonkoski and Hirvensalmi, two of the three that 001 §3 does not list as parties (a choice, ' +
  'not a fact). This row’s name, location, hours, audiences, languages, accessibility and contacts are ' +
  'invented. It has no address on purpose; coordinates are near the municipal centre.';

const exampleContact = (partyId: string): PlaceContact => ({
  role: 'contact-person',
  title: { fi: 'Kohtaamispaikan yhteyshenkilö', sv: 'Mötesplatsens kontaktperson', en: 'Meeting-place contact person' },
  partyId,
});

type ActivityTemplate = Omit<WeeklyActivity, 'weekday' | 'start' | 'end'>;

/** Invented activity kinds the example rows draw from. */
const activity = {
  openMorning: {
    id: 'open-morning',
    name: { fi: 'Avoin aamupäivä', sv: 'Öppen förmiddag', en: 'Open morning' },
    offering: 'open-activity',
    audiences: ['families', 'under-school-age'],
  },
  familyClub: {
    id: 'family-club',
    name: { fi: 'Perhekerho', sv: 'Familjeklubb', en: 'Family club' },
    offering: 'family-club',
    audiences: ['families', 'under-school-age'],
  },
  babyMorning: {
    id: 'baby-morning',
    name: { fi: 'Vauva-aamu', sv: 'Babymorgon', en: 'Baby morning' },
    offering: 'peer-support',
    audiences: ['babies', 'expecting-parents'],
  },
  familyCafe: {
    id: 'family-cafe',
    name: { fi: 'Perhekahvila', sv: 'Familjecafé', en: 'Family café' },
    offering: 'open-activity',
    audiences: ['families'],
  },
  nurseVisit: {
    id: 'nurse-visit',
    name: {
      fi: 'Neuvolan terveydenhoitaja paikalla',
      sv: 'Rådgivningens hälsovårdare på plats',
      en: 'Child health clinic nurse on site',
    },
    offering: 'outreach-services',
    audiences: ['families', 'babies', 'under-school-age'],
  },
  familyAdvice: {
    id: 'family-advice',
    name: {
      fi: 'Perheneuvo: ohjausta ja neuvontaa',
      sv: 'Familjeråd: handledning och rådgivning',
      en: 'Family advice: guidance',
    },
    offering: 'guidance',
    audiences: ['families'],
  },
  schoolAgeClub: {
    id: 'school-age-club',
    name: {
      fi: 'Iltapäiväkerho koululaisille',
      sv: 'Eftermiddagsklubb för skolbarn',
      en: 'Afternoon club for school-age children',
    },
    offering: 'open-activity',
    audiences: ['school-age'],
  },
} satisfies Record<string, ActivityTemplate>;

const at = (
  template: ActivityTemplate,
  weekday: number,
  start: string,
  end: string,
  extra: Partial<WeeklyActivity> = {},
) => ({ ...template, weekday, start, end, ...extra }) satisfies WeeklyActivity;

/** Spring and autumn terms of 2026, for an example whose activities pause in the summer. */
const SPRING_2026 = { validFrom: '2026-01-07', validTo: '2026-05-29' };
const AUTUMN_2026 = { validFrom: '2026-08-10', validTo: '2026-12-18' };

interface ExampleOptions {
  code: string;
  /** Extra organisers beside the municipality and the county. */
  organisers?: string[];
  audiences: Audience[];
  languages: LanguageCode[];
  accessibility: AccessibilityFeature[];
  activities: WeeklyActivity[];
  exceptions?: MeetingPlace['exceptions'];
  /** Offset from the municipal centre, degrees (keeps example pins off the exact centre). */
  offset?: { lat: number; lon: number };
  /** The municipality's second example place (a town with more than one). */
  second?: boolean;
}

/** An example meeting place in a municipality; every text says it is an example. */
function example(options: ExampleOptions): MeetingPlace {
  const m = municipalities.find((row) => row.code === options.code)!;
  const municipalityParty = partyIdOf(options.code);
  const offerings = [...new Set(options.activities.map((a) => a.offering))];
  const offset = options.offset ?? { lat: 0.002, lon: 0.003 };
  const name: LocalizedText = options.second
    ? {
        fi: `Esimerkki: toinen perheiden kohtaamispaikka (${m.name.fi})`,
        sv: `Exempel: familjernas andra mötesplats (${m.name.sv})`,
        en: `Example: second family meeting place (${m.name.fi})`,
      }
    : {
        fi: `Esimerkki: perheiden kohtaamispaikka (${m.name.fi})`,
        sv: `Exempel: familjernas mötesplats (${m.name.sv})`,
        en: `Example: family meeting place (${m.name.fi})`,
      };
  return {
    id: `example-${municipalityParty}${options.second ? '-2' : ''}`,
    name,
    description: {
      fi: 'Keksitty esimerkkirivi: ei todellinen kohtaamispaikka, osoite tai aukioloaika.',
      sv: 'Påhittad exempelrad: inte en verklig mötesplats, adress eller öppettid.',
      en: 'Invented example row: not a real meeting place, address or opening hours.',
    },
    municipalityCode: m.code,
    organiserIds: [municipalityParty, 'eloisa', ...(options.organisers ?? [])],
    premises: { ownerKind: 'municipality', ownerId: municipalityParty },
    coordinates: {
      lat: Math.round((m.centre.lat + offset.lat) * 10_000) / 10_000,
      lon: Math.round((m.centre.lon + offset.lon) * 10_000) / 10_000,
    },
    audiences: options.audiences,
    offerings,
    languages: options.languages,
    accessibility: options.accessibility,
    contacts: [exampleContact(municipalityParty)],
    activities: options.activities,
    ...(options.exceptions ? { exceptions: options.exceptions } : {}),
    example: true,
    source: { document: S002, section: 'Kohtaamispaikkaverkosto', assumption: EXAMPLE_ASSUMPTION },
  };
}

// No example in Enonkoski (046) or Hirvensalmi (097): 002 counts ten municipalities with a meeting
// place from 2026, not twelve (see EXAMPLE_ASSUMPTION). Mikkeli and Savonlinna have a second one.
const examples: MeetingPlace[] = [
  example({
    code: '178',
    audiences: ['families', 'under-school-age', 'babies'],
    languages: ['fi'],
    accessibility: ['step-free-entrance', 'accessible-toilet', 'baby-care-room', 'parking'],
    activities: [
      at(activity.openMorning, 1, '09:00', '12:00'),
      at(activity.familyClub, 3, '09:30', '11:30'),
      at(activity.babyMorning, 4, '10:00', '11:30', { weeks: 'odd' }),
    ],
  }),
  example({
    code: '213',
    audiences: ['families', 'under-school-age'],
    languages: ['fi'],
    accessibility: ['step-free-entrance', 'pram-parking', 'parking'],
    activities: [at(activity.familyCafe, 2, '09:00', '12:00'), at(activity.familyClub, 4, '09:30', '11:30')],
  }),
  example({
    code: '491',
    organisers: ['mikkelin-tuomiokirkkoseurakunta', 'mll-jarvi-suomen-piiri', 'mimosa'],
    audiences: ['families', 'babies', 'under-school-age', 'expecting-parents'],
    languages: ['fi', 'sv', 'en'],
    accessibility: [
      'step-free-entrance',
      'accessible-toilet',
      'lift',
      'pram-parking',
      'baby-care-room',
      'induction-loop',
      'public-transport-nearby',
    ],
    activities: [
      at(activity.openMorning, 1, '09:00', '12:00'),
      at(activity.babyMorning, 2, '10:00', '12:00'),
      at(activity.familyClub, 3, '09:30', '11:30'),
      at(activity.familyAdvice, 3, '13:00', '15:00'),
      at(activity.nurseVisit, 4, '09:30', '11:00', { weeks: 'odd' }),
      at(activity.familyCafe, 5, '09:00', '12:00'),
    ],
    exceptions: [
      { date: '2026-01-06', closed: true, note: { fi: 'Loppiainen', sv: 'Trettondagen', en: 'Epiphany' } },
      {
        date: '2026-05-14',
        closed: true,
        note: { fi: 'Helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
      },
      {
        date: '2026-12-23',
        closed: false,
        start: '09:00',
        end: '11:00',
        note: {
          fi: 'Joulukahvit, lyhennetty aukiolo',
          sv: 'Julkaffe, kortare öppettid',
          en: 'Christmas coffee, shorter hours',
        },
      },
    ],
  }),
  example({
    code: '491',
    second: true,
    offset: { lat: -0.012, lon: -0.015 },
    audiences: ['families', 'under-school-age'],
    languages: ['fi'],
    accessibility: ['step-free-entrance', 'parking'],
    activities: [
      at(activity.familyClub, 2, '09:30', '11:30'),
      at(activity.nurseVisit, 2, '10:00', '11:00', { weeks: 'even' }),
    ],
  }),
  example({
    code: '507',
    audiences: ['families', 'under-school-age', 'school-age'],
    languages: ['fi'],
    accessibility: ['step-free-entrance', 'accessible-toilet', 'parking'],
    activities: [
      at(activity.familyClub, 2, '09:30', '11:30', SPRING_2026),
      at(activity.familyClub, 2, '09:30', '11:30', { ...AUTUMN_2026, id: 'family-club-autumn' }),
      at(activity.schoolAgeClub, 4, '13:00', '15:30'),
    ],
  }),
  example({
    code: '588',
    audiences: ['families'],
    languages: ['fi'],
    accessibility: ['step-free-entrance', 'parking'],
    activities: [at(activity.familyCafe, 3, '09:30', '11:30', { weeks: 'even' })],
  }),
  example({
    code: '593',
    audiences: ['families', 'babies', 'under-school-age'],
    languages: ['fi', 'en'],
    accessibility: ['step-free-entrance', 'accessible-toilet', 'lift', 'baby-care-room', 'public-transport-nearby'],
    activities: [
      at(activity.openMorning, 2, '09:00', '12:00'),
      at(activity.babyMorning, 3, '10:00', '12:00'),
      at(activity.familyClub, 4, '09:30', '11:30'),
      at(activity.familyAdvice, 4, '12:30', '14:00'),
    ],
  }),
  example({
    code: '623',
    audiences: ['families', 'under-school-age'],
    languages: ['fi'],
    accessibility: ['parking'],
    activities: [at(activity.familyClub, 1, '10:00', '12:00')],
  }),
  example({
    code: '740',
    organisers: ['savonlinnan-seurakunta', 'mll-jarvi-suomen-piiri'],
    audiences: ['families', 'babies', 'under-school-age', 'expecting-parents'],
    languages: ['fi', 'sv'],
    accessibility: [
      'step-free-entrance',
      'accessible-toilet',
      'pram-parking',
      'baby-care-room',
      'public-transport-nearby',
    ],
    activities: [
      at(activity.openMorning, 1, '09:00', '12:00'),
      at(activity.babyMorning, 2, '10:00', '12:00'),
      at(activity.familyClub, 3, '09:30', '11:30'),
      at(activity.nurseVisit, 4, '10:00', '11:30', { weeks: 'even' }),
    ],
  }),
  example({
    code: '740',
    second: true,
    offset: { lat: 0.011, lon: -0.014 },
    audiences: ['families', 'babies'],
    languages: ['fi'],
    accessibility: ['step-free-entrance', 'accessible-toilet', 'parking', 'pram-parking'],
    activities: [at(activity.babyMorning, 3, '10:00', '12:00'), at(activity.familyCafe, 5, '09:00', '11:00')],
  }),
  example({
    code: '768',
    audiences: ['families', 'under-school-age'],
    languages: ['fi'],
    accessibility: ['step-free-entrance', 'parking'],
    activities: [at(activity.familyCafe, 4, '09:30', '11:30')],
  }),
];

/** An example youth meeting place: 002 and 001 §11 name youth centres and Ohjaamo as young people's meeting places. */
const youthExample = {
  id: 'example-youth-mikkeli',
  name: {
    fi: 'Esimerkki: nuorten kohtaamispaikka (Mikkeli)',
    sv: 'Exempel: mötesplats för unga (S:t Michel)',
    en: "Example: young people's meeting place (Mikkeli)",
  },
  description: {
    fi: 'Keksitty esimerkkirivi nuorisotilasta tai Ohjaamosta: ei todellinen paikka, osoite tai aukioloaika.',
    sv: 'Påhittad exempelrad för en ungdomslokal eller ett Ohjaamo: inte en verklig plats, adress eller öppettid.',
    en: 'Invented example of a youth centre or Ohjaamo one-stop guidance centre: not a real place, address or opening hours.',
  },
  municipalityCode: '491',
  organiserIds: ['mikkeli'],
  premises: { ownerKind: 'municipality', ownerId: 'mikkeli' },
  coordinates: { lat: 61.6871, lon: 27.2688 },
  audiences: ['young-people'],
  offerings: ['youth-activity', 'guidance'],
  languages: ['fi', 'en'],
  accessibility: ['step-free-entrance', 'accessible-toilet', 'public-transport-nearby'],
  contacts: [exampleContact('mikkeli')],
  activities: [
    {
      id: 'youth-evening',
      name: { fi: 'Nuorten ilta', sv: 'Ungdomskväll', en: 'Youth evening' },
      offering: 'youth-activity',
      audiences: ['young-people'],
      weekday: 3,
      start: '17:00',
      end: '21:00',
    },
    {
      id: 'drop-in-guidance',
      name: { fi: 'Avoin ohjaus ilman ajanvarausta', sv: 'Öppen vägledning utan tidsbokning', en: 'Drop-in guidance' },
      offering: 'guidance',
      audiences: ['young-people'],
      weekday: 2,
      start: '12:00',
      end: '16:00',
    },
  ],
  example: true,
  source: {
    document: S002,
    section: 'Kohtaamispaikkaverkosto (nuorten kohtaamispaikat: nuorisotilat ja Ohjaamot)',
    assumption: EXAMPLE_ASSUMPTION,
  },
} satisfies MeetingPlace;

/**
 * Open meeting places: Rantasalmi's as the seeds describe it (000), from the start of 2026, and clearly
 * labelled example rows (`example: true`) in nine other municipalities, so that the data has what 002
 * counts: nine municipalities with a meeting place in 2025, ten from the start of 2026.
 */
export const meetingPlaces: MeetingPlace[] = [rantasalmi, ...examples, youthExample];
