import type { Group, LocalizedText, RoleAssignment, SourceRef } from '../../model/index.js';
import { municipalities } from './municipalities.js';
import { partyIdOf } from './parties.js';
import { COORDINATOR_TITLE } from './people.js';
import { S001, S002 } from './sources.js';
import { localDevelopmentGroupEntries, regionalMeetingEntries, windowsFromYearClock } from './year-clock.js';

const TZ = 'Europe/Helsinki' as const;

/** Sections of the action plan 2026–2029 (002), by the heading of each page. */
const SECTION = {
  steering: 'Etelä-Savon lasten, nuorten ja perheiden johtoryhmä',
  actors: 'Etelä-Savon perhekeskustoimijat',
  municipal: 'Kuntakohtaiset lasten, nuorten ja perheiden työryhmät',
  studentWelfare: 'Etelä-Savon alueellinen opiskeluhuollon yhteistyöryhmä',
  meetingPlaces: 'Kohtaamispaikkaverkosto',
  lp: 'Lapset puheeksi –kehittäjäverkosto ja Lapset puheeksi -kouluttajat',
  lpStructure: 'Lapset puheeksi: Tukirakenne',
  relationship: 'Parisuhteen tuen ja eroauttamisen kehittäjäverkosto',
  relationshipModel: 'Etelä-Savon parisuhteen tuen ja eroauttamisen toimintamalli',
  earlySupport: 'Varhaisen tuen työpajat',
  highlights: 'Perhekeskustoiminnan seuranta ja arviointi: Nostoja ja esimerkkejä',
  national: 'Kansalliset verkostot',
} as const;

const src = (section: string, assumption?: string): SourceRef =>
  assumption ? { document: S002, section, assumption } : { document: S002, section };

/** Says which cadence details were chosen, because the seeds give only the number of meetings. */
const timing = (what: string) =>
  `Chosen, not in the seeds: ${what}. The engine needs a preferred day and time; change them freely.`;

const TRANSLATED = 'Swedish and English names are translations.';

/** The coordinator as a member of a group, by post: the person is in `roleAssignments`. */
const coordinatorMember = (source: SourceRef): RoleAssignment => ({
  role: 'coordinator',
  title: COORDINATOR_TITLE,
  partyId: 'eloisa',
  source,
});

/** A member row for a kind of representative the seed names without naming people. */
const representatives = (title: LocalizedText, source: SourceRef, partyId?: string): RoleAssignment =>
  partyId ? { role: 'member', title, partyId, source } : { role: 'member', title, source };

// ---------------------------------------------------------------------------------------------
// Steering group (johtoryhmä): 001 §8, §13; 002.

const steeringSource = src(
  SECTION.steering,
  `Also 001_1f0cfa8de756862d.txt §8 and §13. "Mostly monthly, remote or hybrid": remote chosen with approximate: true; ` +
    `July skipped (summer holidays) as an assumption. ${timing('second Tuesday of the month, 13:00, 120 minutes')} ` +
    `The chair and vice-chair are chosen for the agreement period and not named in the seeds. ${TRANSLATED}`,
);

const startOfPeriodSource: SourceRef = {
  document: S001,
  section: '8. Johtaminen',
  assumption:
    'The 2022–2023 agreement (001) says so; that each later agreement period, 2026–2029 included, starts the ' +
    `same way is assumed. ${TRANSLATED}`,
};

const steeringGroup = {
  id: 'steering-group',
  name: {
    fi: 'Etelä-Savon lasten, nuorten ja perheiden johtoryhmä',
    sv: 'Ledningsgruppen för barn, unga och familjer i Södra Savolax',
    en: 'Etelä-Savo steering group for children, young people and families',
  },
  kind: 'steering-group',
  level: 'county',
  // 001 §13: the chair prepares the meeting with the coordinator and sends the agenda.
  convener: 'chair',
  members: [
    {
      role: 'chair',
      title: {
        fi: 'sopimuskaudeksi valittu puheenjohtaja',
        sv: 'ordförande vald för avtalsperioden',
        en: 'chair chosen for the agreement period',
      },
      term: { start: '2026-01-01', end: '2029-12-31' },
      source: steeringSource,
    },
    {
      role: 'vice-chair',
      title: {
        fi: 'sopimuskaudeksi valittu varapuheenjohtaja',
        sv: 'vice ordförande vald för avtalsperioden',
        en: 'vice-chair chosen for the agreement period',
      },
      term: { start: '2026-01-01', end: '2029-12-31' },
      source: steeringSource,
    },
    { role: 'secretary', title: COORDINATOR_TITLE, partyId: 'eloisa', source: src(SECTION.steering) },
    representatives(
      {
        fi: 'hyvinvointialueen sosiaali- ja terveyspalvelujen nimetyt jäsenet',
        sv: 'utsedda medlemmar från välfärdsområdets social- och hälsovårdstjänster',
        en: "named members from the wellbeing services county's social and health services",
      },
      src(SECTION.steering),
      'eloisa',
    ),
    representatives(
      {
        fi: 'kuntien palvelujen nimetyt jäsenet',
        sv: 'utsedda medlemmar från kommunernas tjänster',
        en: 'named members from municipal services',
      },
      src(SECTION.steering),
    ),
    representatives(
      {
        fi: 'järjestöjen ja seurakuntien nimetyt jäsenet',
        sv: 'utsedda medlemmar från organisationer och församlingar',
        en: 'named members from associations and parishes',
      },
      src(SECTION.steering),
    ),
  ],
  // 001 §8: "Sopimuskaudeksi valitaan puheenjohtaja ja varapuheenjohtaja sekä tarkistetaan johtoryhmän jäsenet…"
  startOfPeriodTasks: [
    {
      id: 'choose-chair-and-vice-chair',
      title: {
        fi: 'Puheenjohtajan ja varapuheenjohtajan valinta sopimuskaudeksi',
        sv: 'Val av ordförande och vice ordförande för avtalsperioden',
        en: 'Choosing the chair and vice-chair for the agreement period',
      },
      source: startOfPeriodSource,
    },
    {
      id: 'review-members-tasks-goals',
      title: {
        fi: 'Johtoryhmän jäsenten, tehtävien ja tavoitteiden tarkistaminen',
        sv: 'Granskning av ledningsgruppens medlemmar, uppgifter och mål',
        en: "Reviewing the steering group's members, tasks and goals",
      },
      source: startOfPeriodSource,
    },
  ],
  cadence: {
    kind: 'monthly',
    // "etäyhteydellä tai hybridimallilla" (the note below): remote, or hybrid.
    mode: ['remote', 'hybrid'],
    approximate: true,
    skipMonths: [7],
    weekOfMonth: 2,
    weekday: 2,
    time: '13:00',
    durationMinutes: 120,
    timeZone: TZ,
    note: {
      fi: 'Pääasiassa kuukausittain, etäyhteydellä tai hybridimallilla. Kokouskutsut ja muistiot jäsenille ja varajäsenille.',
      sv: 'Huvudsakligen varje månad, på distans eller som hybridmöte. Kallelser och promemorior till medlemmar och ersättare.',
      en: 'Mostly monthly, remote or hybrid. Invitations and minutes go to members and deputy members.',
    },
  },
  purpose: {
    fi: 'Linjaa ja johtaa maakunnallista perhekeskustoimintaa: strategia, yhteensovittaminen, linjaukset ja palvelukokonaisuus.',
    sv: 'Drar upp riktlinjerna för och leder familjecentralsverksamheten i landskapet: strategi, samordning, riktlinjer och servicehelheten.',
    en: 'Sets the direction of and leads family-centre work in the county: strategy, coordination, policies and the service whole.',
  },
  source: steeringSource,
} satisfies Group;

// ---------------------------------------------------------------------------------------------
// Family-centre actors working group (perhekeskustoimijat): 4 a year, one in person (002).

const actorsSource = src(
  SECTION.actors,
  `Remote chosen for the meetings that are not in person (001 §13: remote or hybrid); July skipped. ` +
    `${timing('Wednesday, 09:00, 120 minutes')} ${TRANSLATED}`,
);

const familyCentreActors = {
  id: 'family-centre-actors',
  name: {
    fi: 'Etelä-Savon perhekeskustoimijat -työryhmä',
    sv: 'Arbetsgruppen för familjecentralsaktörerna i Södra Savolax',
    en: 'Etelä-Savo family-centre actors working group',
  },
  kind: 'working-group',
  level: 'county',
  convener: 'coordinator',
  members: [
    coordinatorMember(src(SECTION.actors)),
    representatives(
      {
        fi: 'edustus kaikista Etelä-Savon kunnista',
        sv: 'representanter för alla kommuner i Södra Savolax',
        en: 'representatives of every municipality of Etelä-Savo',
      },
      src(SECTION.actors),
    ),
    representatives(
      {
        fi: 'Eloisan palvelujen edustajat',
        sv: 'representanter för Eloisas tjänster',
        en: "representatives of Eloisa's services",
      },
      src(SECTION.actors),
      'eloisa',
    ),
    representatives(
      {
        fi: 'keskeisimpien järjestöjen ja seurakuntien edustajat',
        sv: 'representanter för de viktigaste organisationerna och församlingarna',
        en: 'representatives of the main associations and parishes',
      },
      src(SECTION.actors),
    ),
    representatives(
      {
        fi: 'perhekeskustoiminnan painopisteiden edustajat',
        sv: 'representanter för familjecentralsverksamhetens tyngdpunkter',
        en: 'representatives of the focus areas of family-centre work',
      },
      src(SECTION.actors),
    ),
  ],
  cadence: {
    kind: 'times-per-year',
    times: 4,
    inPerson: 1,
    mode: 'remote',
    skipMonths: [7],
    weekday: 3,
    time: '09:00',
    durationMinutes: 120,
    timeZone: TZ,
  },
  purpose: {
    fi: 'Käytännön perhekeskustoiminnan toteutus, linjattujen resurssien toteutus, maakunnallinen yhtenäisyys sekä tiedotus ja viestintä.',
    sv: 'Genomför familjecentralsverksamheten i praktiken och de resurser som dragits upp, tryggar enhetligheten i landskapet och sköter information och kommunikation.',
    en: 'Puts family-centre work and the agreed resources into practice, keeps the county consistent, and handles information and communication.',
  },
  source: actorsSource,
} satisfies Group;

// ---------------------------------------------------------------------------------------------
// Municipal LAPE working groups: one per municipality, convened by the chair it names (002).

/** The Finnish genitive of each municipality, for "Juvan …" names. */
const genitive: Readonly<Record<string, string>> = {
  '046': 'Enonkosken',
  '097': 'Hirvensalmen',
  '178': 'Juvan',
  '213': 'Kangasniemen',
  '491': 'Mikkelin',
  '507': 'Mäntyharjun',
  '588': 'Pertunmaan',
  '593': 'Pieksämäen',
  '623': 'Puumalan',
  '681': 'Rantasalmen',
  '740': 'Savonlinnan',
  '768': 'Sulkavan',
};

const municipalSource = src(
  SECTION.municipal,
  `"Meets regularly": no cadence is given, so there is none (cadenceNote). The chairs are named by each ` +
    `municipality but not in the seeds. Group names follow the heading of 002; ${TRANSLATED}`,
);

const municipalWorkingGroups = municipalities.map(
  (m) =>
    ({
      id: `lape-${partyIdOf(m.code)}`,
      name: {
        fi: `${genitive[m.code]} lasten, nuorten ja perheiden työryhmä (LAPE-työryhmä)`,
        sv: `Arbetsgruppen för barn, unga och familjer i ${m.name.sv} (LAPE-arbetsgrupp)`,
        en: `${m.name.fi} working group for children, young people and families (LAPE group)`,
      },
      kind: 'municipal-working-group',
      level: 'municipal',
      convener: 'chair',
      municipalityCode: m.code,
      areaId: m.areaId,
      members: [
        {
          role: 'chair',
          title: {
            fi: 'kunnan nimeämä LAPE-työryhmän puheenjohtaja',
            sv: 'ordförande för LAPE-arbetsgruppen, utsedd av kommunen',
            en: 'chair of the LAPE group, named by the municipality',
          },
          partyId: partyIdOf(m.code),
          municipalityCode: m.code,
          source: municipalSource,
        },
        representatives(
          {
            fi: 'kunnan, Eloisan, keskeisimpien järjestöjen ja seurakuntien edustajat sekä mahdollisuuksien mukaan perheiden edustaja',
            sv: 'representanter för kommunen, Eloisa, de viktigaste organisationerna och församlingarna samt om möjligt en representant för familjerna',
            en: 'representatives of the municipality, Eloisa, the main associations and parishes, and where possible of families',
          },
          src(SECTION.municipal),
        ),
      ],
      cadenceNote: {
        fi: 'Kokoontuu säännöllisesti kattavalla kokoonpanolla; perhekeskuskoordinaattori osallistuu kutsuttuna.',
        sv: 'Sammanträder regelbundet med en bred sammansättning; familjecentralskoordinatorn deltar på inbjudan.',
        en: 'Meets regularly with a broad membership; the family-centre coordinator takes part when invited.',
      },
      purpose: {
        fi: 'Kokoaa yhteen, linjaa ja yhteensovittaa paikallista perhekeskustoimintaa; painopisteinä kohtaamispaikat, avoin toiminta ja varhainen tuki.',
        sv: 'Samlar, drar upp riktlinjer för och samordnar den lokala familjecentralsverksamheten, med mötesplatser, öppen verksamhet och tidigt stöd som tyngdpunkter.',
        en: 'Brings together, steers and coordinates local family-centre work, focusing on meeting places, open activity and early support.',
      },
      source: municipalSource,
    }) satisfies Group,
);

// ---------------------------------------------------------------------------------------------
// Regional student-welfare cooperation group: 3 a year (002; Act 1287/2013 §14 a, summarised in 004).

const studentWelfareSource = src(
  SECTION.studentWelfare,
  `Members are the categories 002 describes, mapped to the statutory categories (the youth representative ` +
    `as "students"); the law's other categories (summarised in 004) are not listed because 002 does not name ` +
    `them. The meeting mode is not in the seeds: remote chosen; July skipped. ` +
    `${timing('Thursday, 13:00, 120 minutes')} ${TRANSLATED}`,
);

const studentWelfareGroup = {
  id: 'student-welfare-group',
  name: {
    fi: 'Etelä-Savon alueellinen opiskeluhuollon yhteistyöryhmä',
    sv: 'Regionala samarbetsgruppen för elev- och studerandevård i Södra Savolax',
    en: 'Etelä-Savo regional student-welfare cooperation group',
  },
  kind: 'student-welfare-group',
  level: 'county',
  convener: 'chair',
  members: [
    {
      role: 'chair',
      title: {
        fi: 'Eloisan yhteisten sotekeskuspalveluiden tulosaluepäällikkö',
        sv: 'resultatområdeschef för Eloisas gemensamma social- och hälsocentralstjänster',
        en: "head of unit, Eloisa's joint social and health centre services",
      },
      partyId: 'eloisa',
      category: 'wellbeing-county',
      source: src(SECTION.studentWelfare),
    },
    {
      role: 'member',
      title: {
        fi: 'edustajat Etelä-Savon jokaisen kunnan sivistystoimesta',
        sv: 'representanter för bildningsväsendet i varje kommun i Södra Savolax',
        en: 'representatives of the education services of every municipality of Etelä-Savo',
      },
      category: 'municipal-education',
      source: src(SECTION.studentWelfare),
    },
    {
      role: 'member',
      title: {
        fi: 'opiskeluhuollon edustajat',
        sv: 'representanter för elev- och studerandevården',
        en: 'representatives of student welfare',
      },
      category: 'student-welfare-staff',
      source: src(SECTION.studentWelfare),
    },
    {
      role: 'member',
      title: {
        fi: 'yhteistyötahojen edustajat',
        sv: 'representanter för samarbetsparter',
        en: 'representatives of partners',
      },
      category: 'other-partner',
      source: src(SECTION.studentWelfare),
    },
    {
      role: 'member',
      title: { fi: 'nuorisoedustaja', sv: 'ungdomsrepresentant', en: 'youth representative' },
      category: 'students',
      source: studentWelfareSource,
    },
  ],
  cadence: {
    kind: 'times-per-year',
    times: 3,
    mode: 'remote',
    skipMonths: [7],
    weekday: 4,
    time: '13:00',
    durationMinutes: 120,
    timeZone: TZ,
  },
  purpose: {
    fi: 'Koulutuksen järjestäjien ja hyvinvointialueen yhteistyöelin: käsittelee opiskeluhuollon yhteistyökysymyksiä, valmistelee alueellisen opiskeluhuoltosuunnitelman aluevaltuustolle ja seuraa sen toteutumista.',
    sv: 'Samarbetsorgan för utbildningsanordnarna och välfärdsområdet: behandlar samarbetsfrågor inom elev- och studerandevården, bereder den regionala planen för elev- och studerandevård för välfärdsområdesfullmäktige och följer upp den.',
    en: 'The cooperation body of the education providers and the county: handles student-welfare cooperation, prepares the regional student-welfare plan for the county council and follows its implementation.',
  },
  source: studentWelfareSource,
} satisfies Group;

// ---------------------------------------------------------------------------------------------
// Meeting-place network: 4 a year, one in person; a contact person for every meeting place (002).

const meetingPlaceSource = src(
  SECTION.meetingPlaces,
  `Remote chosen for the meetings that are not in person (001 §13); July skipped. ${timing('Tuesday, 09:00, 120 minutes')} ${TRANSLATED}`,
);

const meetingPlaceNetwork = {
  id: 'meeting-place-network',
  name: { fi: 'Kohtaamispaikkaverkosto', sv: 'Mötesplatsnätverket', en: 'Meeting-place network' },
  kind: 'network',
  level: 'county',
  convener: 'coordinator',
  members: [
    coordinatorMember(src(SECTION.meetingPlaces)),
    {
      role: 'contact-person',
      title: {
        fi: 'jokaisen lapsiperheiden avoimen kohtaamispaikan yhteyshenkilö(t)',
        sv: 'kontaktperson(er) för varje öppen mötesplats för barnfamiljer',
        en: 'the contact person(s) of every open meeting place for families with children',
      },
      source: src(SECTION.meetingPlaces),
    },
  ],
  cadence: {
    kind: 'times-per-year',
    times: 4,
    inPerson: 1,
    mode: 'remote',
    skipMonths: [7],
    weekday: 2,
    time: '09:00',
    durationMinutes: 120,
    timeZone: TZ,
  },
  purpose: {
    fi: 'Kehittää avoimia kohtaamispaikkoja monitoimijaisesti; yhteyshenkilöt vievät sovitut asiat oman kohtaamispaikkansa toimintaan.',
    sv: 'Utvecklar de öppna mötesplatserna tillsammans med flera aktörer; kontaktpersonerna för det överenskomna vidare till sin egen mötesplats.',
    en: 'Develops the open meeting places together; the contact persons carry what is agreed into their own meeting place.',
  },
  source: meetingPlaceSource,
} satisfies Group;

// ---------------------------------------------------------------------------------------------
// Let's Talk about Children (Lapset puheeksi, LP): development network and trainers (002).

const lpDevelopmentSource = src(
  SECTION.lp,
  `Parent and reporting from the support structure (Tukirakenne): the steering group is the method's regional ` +
    `steering group and receives a status review at least once a year; which LP group gives it is not stated ` +
    `and is assigned to the development network (which holds the dialogue with the steering group). Remote ` +
    `chosen for the meetings that are not in person; July skipped. ${timing('Thursday, 09:00, 120 minutes')} ${TRANSLATED}`,
);

const lpDevelopmentNetwork = {
  id: 'lp-development-network',
  name: {
    fi: 'Lapset puheeksi -kehittäjäverkosto',
    sv: 'Utvecklingsnätverket för Låt oss prata om barnen',
    en: "Let's Talk about Children development network",
  },
  kind: 'network',
  level: 'county',
  convener: 'coordinator',
  parentGroupId: 'steering-group',
  members: [coordinatorMember(src(SECTION.lp))],
  reportsTo: [
    {
      toGroupId: 'steering-group',
      timesPerYear: 1,
      what: { fi: 'Tilannekatsaus tiedoksi', sv: 'Lägesöversikt för kännedom', en: 'Status review for information' },
      // The status review is the evaluation activity of the same name (November–December).
      activityId: 'lp-status-report',
    },
  ],
  cadence: {
    kind: 'times-per-year',
    times: 4,
    inPerson: 1,
    mode: 'remote',
    skipMonths: [7],
    weekday: 4,
    time: '09:00',
    durationMinutes: 120,
    timeZone: TZ,
  },
  purpose: {
    fi: 'Menetelmän kehittäminen ja juurruttaminen, kokonaisuuden hallinta, rakenteiden kehittäminen ja kouluttajien tuen varmistaminen.',
    sv: 'Utvecklar och förankrar metoden, har helheten i sin hand, utvecklar strukturerna och tryggar stödet till utbildarna.',
    en: 'Develops and embeds the method, manages the whole, develops structures and secures support for the trainers.',
  },
  source: lpDevelopmentSource,
} satisfies Group;

const lpTrainersSource = src(
  SECTION.lp,
  `Remote chosen for the meetings that are not in person; July skipped. ${timing('Thursday, 13:00, 120 minutes')} ${TRANSLATED}`,
);

const lpTrainers = {
  id: 'lp-trainers',
  name: {
    fi: 'Lapset puheeksi -kouluttajat',
    sv: 'Utbildarna i Låt oss prata om barnen',
    en: "Let's Talk about Children trainers",
  },
  kind: 'trainers-group',
  level: 'county',
  convener: 'coordinator',
  parentGroupId: 'steering-group',
  members: [
    coordinatorMember(src(SECTION.lp)),
    representatives(
      {
        fi: 'Lapset puheeksi -kouluttajat',
        sv: 'utbildarna i Låt oss prata om barnen',
        en: "Let's Talk about Children trainers",
      },
      src(SECTION.lp),
    ),
  ],
  cadence: {
    kind: 'times-per-year',
    times: 4,
    inPerson: 1,
    mode: 'remote',
    skipMonths: [7],
    weekday: 4,
    time: '13:00',
    durationMinutes: 120,
    timeZone: TZ,
  },
  purpose: {
    fi: 'Menetelmäkoulutukset koulutussuunnitelman mukaan ja ylläpitokoulutukset; vertaistuki ja tiedon jakaminen.',
    sv: 'Metodutbildningar enligt utbildningsplanen och uppdateringsutbildningar; kamratstöd och informationsutbyte.',
    en: 'Method training according to the training plan and maintenance training; peer support and sharing information.',
  },
  source: lpTrainersSource,
} satisfies Group;

// ---------------------------------------------------------------------------------------------
// Relationship support and separation help (parisuhteen tuki ja eroauttaminen): the regional
// network and three local development groups, meeting by the year clock (002).

const relationshipSource = src(
  SECTION.relationshipModel,
  `The regional meetings and their modes are those of the year clock. ${timing('Wednesday, 09:00, 180 minutes')} ${TRANSLATED}`,
);

const relationshipSupportNetwork = {
  id: 'relationship-support-network',
  name: {
    fi: 'Parisuhteen tuen ja eroauttamisen kehittäjäverkosto',
    sv: 'Utvecklingsnätverket för parrelationsstöd och skilsmässohjälp',
    en: 'Relationship support and separation help development network',
  },
  kind: 'network',
  level: 'county',
  // The coordinator gathers and arranges the regional meetings; the lead rotates among the three groups.
  convener: 'coordinator',
  parentGroupId: 'steering-group',
  members: [
    coordinatorMember(src(SECTION.relationship)),
    representatives(
      {
        fi: 'Mikkelin seudun, Pieksämäen ja Savonlinnan seudun kehittäjäryhmät',
        sv: 'utvecklingsgrupperna i S:t Michel-regionen, Pieksämäki och Nyslott-regionen',
        en: 'the development groups of the Mikkeli region, Pieksämäki and the Savonlinna region',
      },
      src(SECTION.relationshipModel),
    ),
  ],
  reportsTo: [
    {
      toGroupId: 'steering-group',
      timesPerYear: 1,
      what: {
        fi: 'Asiat viedään sovitusti tiedoksi; nostot maakunnalliselle johtoryhmälle',
        sv: 'Ärenden förs till kännedom enligt överenskommelse; lyft till den regionala ledningsgruppen',
        en: 'Matters taken to the steering group as agreed; highlights for the regional steering group',
      },
      // 002: the highlights are gathered at October's regional meeting and go to the steering group after it.
      after: { month: 10 },
      activityId: 'relationship-support-status-report',
    },
  ],
  cadence: {
    kind: 'windows',
    windows: windowsFromYearClock(regionalMeetingEntries, 'remote'),
    weekday: 3,
    time: '09:00',
    durationMinutes: 180,
    timeZone: TZ,
    note: {
      fi: 'Vetovastuu vaihtelee kolmen kehittäjäryhmän kesken.',
      sv: 'Ansvaret för att leda mötet roterar mellan de tre utvecklingsgrupperna.',
      en: 'The lead rotates among the three development groups.',
    },
  },
  // "Vetovastuu vaihdellen kolmen kehittäjäryhmän kesken": the group whose turn it is leads by its responsible person.
  rotation: {
    lead: {
      among: ['relationship-support-mikkeli', 'relationship-support-pieksamaki', 'relationship-support-savonlinna'],
      fromYear: 2026,
    },
    source: src(
      SECTION.relationshipModel,
      'The seeds say the lead rotates among the three development groups (one turn per regional meeting) but ' +
        'not in which order or from when: the order of the action plan (Mikkeli, Pieksämäki, Savonlinna), ' +
        "passing on at every meeting from the plan's first meeting in 2026, is assumed.",
    ),
  },
  purpose: {
    fi: 'Yhteiset linjaukset ja tavoitteet, koulutukset, verkostoituminen, yhteistyö ryhmätoiminnoissa ja hyvien käytänteiden jakaminen.',
    sv: 'Gemensamma riktlinjer och mål, utbildningar, nätverkande, samarbete kring gruppverksamhet och utbyte av goda praxis.',
    en: 'Shared policies and goals, training, networking, cooperation in group activities and sharing good practice.',
  },
  source: relationshipSource,
} satisfies Group;

/** One local development group: its responsible person convenes it by the year clock (002). */
const localDevelopmentGroup = (options: {
  id: string;
  name: Group['name'];
  areaId: string;
  personId: string;
  weekday: number;
  assumption: string;
}) =>
  ({
    id: options.id,
    name: options.name,
    kind: 'development-group',
    level: 'area',
    convener: 'responsible-person',
    parentGroupId: 'relationship-support-network',
    areaId: options.areaId,
    members: [
      {
        role: 'responsible-person',
        personId: options.personId,
        source: src(SECTION.relationshipModel, options.assumption),
      },
      {
        role: 'secretary',
        title: { fi: 'vaihtuva sihteeri', sv: 'roterande sekreterare', en: 'rotating secretary' },
        source: src(SECTION.relationshipModel),
      },
    ],
    // "Vaihtuva sihteeri yhteyshenkilön tukena": the secretary changes, but the seeds name nobody.
    rotation: {
      secretary: {},
      source: src(
        SECTION.relationshipModel,
        'The seeds say the secretary changes but not among whom or in which order: no holder is named.',
      ),
    },
    cadence: {
      kind: 'windows',
      windows: windowsFromYearClock(localDevelopmentGroupEntries, 'hybrid'),
      weekday: options.weekday,
      time: '13:00',
      durationMinutes: 90,
      timeZone: TZ,
    },
    purpose: {
      fi: 'Paikallisen parisuhteen tuen ja eroauttamisen koordinointi, suunnittelu ja kehittäminen maakunnallisen vuosikellon mukaan; ohjausryhmänä esim. kunnan LAPE-työryhmä.',
      sv: 'Samordnar, planerar och utvecklar det lokala parrelationsstödet och skilsmässohjälpen enligt det regionala årshjulet; styrgrupp är till exempel kommunens LAPE-arbetsgrupp.',
      en: 'Coordinates, plans and develops local relationship support and separation help by the regional year clock; the municipal LAPE group, for example, steers it.',
    },
    source: src(
      SECTION.relationshipModel,
      `The meeting mode is not in the year clock: hybrid chosen (001 §13: remote or hybrid). The region ("seutu") ` +
        `is mapped to the family-centre area of the same name. ` +
        `${timing(`ISO weekday ${options.weekday}, 13:00, 90 minutes`)} ${TRANSLATED}`,
    ),
  }) satisfies Group;

const relationshipSupportGroups = [
  localDevelopmentGroup({
    id: 'relationship-support-mikkeli',
    name: {
      fi: 'Mikkelin seudun parisuhteen tuen ja eroauttamisen kehittäjäryhmä',
      sv: 'Utvecklingsgruppen för parrelationsstöd och skilsmässohjälp i S:t Michel-regionen',
      en: 'Mikkeli region relationship support and separation help development group',
    },
    areaId: 'mikkeli-area',
    personId: 'hanna-kokkonen',
    weekday: 2,
    assumption: '002 names Hanna Kokkonen as the Mikkeli responsible person.',
  }),
  localDevelopmentGroup({
    id: 'relationship-support-pieksamaki',
    name: {
      fi: 'Pieksämäen parisuhteen tuen ja eroauttamisen kehittäjäryhmä',
      sv: 'Utvecklingsgruppen för parrelationsstöd och skilsmässohjälp i Pieksämäki',
      en: 'Pieksämäki relationship support and separation help development group',
    },
    areaId: 'pieksamaki-area',
    personId: 'elina-heiskanen',
    weekday: 3,
    assumption: '002 names Elina Heiskanen as the Pieksämäki responsible person.',
  }),
  localDevelopmentGroup({
    id: 'relationship-support-savonlinna',
    name: {
      fi: 'Savonlinnan seudun parisuhteen tuen ja eroauttamisen kehittäjäryhmä',
      sv: 'Utvecklingsgruppen för parrelationsstöd och skilsmässohjälp i Nyslott-regionen',
      en: 'Savonlinna region relationship support and separation help development group',
    },
    areaId: 'savonlinna-area',
    personId: 'ulla-juntunen',
    weekday: 4,
    assumption: '002 names Ulla Juntunen as the Savonlinna responsible person.',
  }),
];

// ---------------------------------------------------------------------------------------------
// Early support, peer groups, violence and separations (002).

const earlySupportWorkshops = {
  id: 'early-support-workshops',
  name: { fi: 'Varhaisen tuen työpajat', sv: 'Workshoppar om tidigt stöd', en: 'Early-support workshops' },
  kind: 'workshop-series',
  level: 'county',
  convener: 'coordinator',
  members: [coordinatorMember(src(SECTION.earlySupport))],
  cadence: {
    kind: 'times-per-year',
    times: 4,
    mode: 'remote',
    skipMonths: [7],
    weekday: 3,
    time: '13:00',
    durationMinutes: 120,
    timeZone: TZ,
    note: {
      fi: 'Avoimet työpajat; vuonna 2025 keskimäärin 140 ilmoittautunutta ammattilaista.',
      sv: 'Öppna workshoppar; år 2025 i genomsnitt 140 anmälda yrkesverksamma.',
      en: 'Open workshops; about 140 professionals registered on average in 2025.',
    },
  },
  purpose: {
    fi: 'Varhaisen tuen ja matalan kynnyksen avun teemat, toimijoiden verkostoituminen ja perheiden palveluohjauksen parantaminen.',
    sv: 'Teman kring tidigt stöd och lågtröskelhjälp, nätverkande mellan aktörerna och bättre servicehandledning för familjer.',
    en: 'Themes of early support and low-threshold help, networking among actors and better service guidance for families.',
  },
  source: src(
    SECTION.earlySupport,
    `The mode is not in the seeds: remote chosen; July skipped. ${timing('Wednesday, 13:00, 120 minutes')} ${TRANSLATED}`,
  ),
} satisfies Group;

const peerGroupLeaders = {
  id: 'peer-group-leaders',
  name: {
    fi: 'Vertaisryhmäohjaajien verkostoitumis- ja ideointitapaaminen',
    sv: 'Nätverks- och idémöte för ledare av kamratgrupper',
    en: "Peer-group leaders' networking and ideas meeting",
  },
  kind: 'network',
  level: 'county',
  convener: 'coordinator',
  members: [
    representatives(
      {
        fi: 'kaikille avoin: vertaisryhmien ohjaajat',
        sv: 'öppet för alla: ledare av kamratgrupper',
        en: 'open to all: peer-group leaders',
      },
      src(SECTION.highlights),
    ),
  ],
  cadence: {
    kind: 'times-per-year',
    times: 2,
    mode: 'hybrid',
    skipMonths: [7],
    weekday: 2,
    time: '17:00',
    durationMinutes: 90,
    timeZone: TZ,
  },
  purpose: {
    fi: 'Kaikille avoin verkostoituminen ja ideointi; vertaisryhmät kootaan Sähköiseen perhekeskukseen (järjestäjien vastuulla).',
    sv: 'Nätverkande och idéutbyte som är öppet för alla; kamratgrupperna samlas i den elektroniska familjecentralen (arrangörernas ansvar).',
    en: 'Networking and ideas, open to all; peer groups are listed in the digital family centre (by their organisers).',
  },
  source: src(
    SECTION.highlights,
    `002 does not say who convenes it: the family-centre coordinator is assumed. The mode is not in the seeds: ` +
      `hybrid chosen; an evening time because many peer-group leaders are volunteers. ` +
      `${timing('Tuesday, 17:00, 90 minutes')} ${TRANSLATED}`,
  ),
} satisfies Group;

const violenceFreeEtelaSavo = {
  id: 'vakivallaton-etela-savo',
  name: {
    fi: 'Väkivallaton Etelä-Savo -työryhmä',
    sv: 'Arbetsgruppen Våldsfria Södra Savolax',
    en: 'Violence-free Etelä-Savo working group',
  },
  kind: 'working-group',
  level: 'county',
  convener: 'coordinator',
  members: [
    {
      role: 'coordinator',
      title: {
        fi: 'lähisuhdeväkivaltatyön koordinaattori',
        sv: 'koordinator för arbetet mot våld i nära relationer',
        en: 'coordinator of work against intimate-partner violence',
      },
      source: src(SECTION.highlights),
    },
  ],
  cadenceNote: {
    fi: 'Kokoontumistiheyttä ei ole kerrottu toimintasuunnitelmassa.',
    sv: 'Hur ofta gruppen sammanträder anges inte i verksamhetsplanen.',
    en: 'The action plan does not say how often the group meets.',
  },
  source: src(SECTION.highlights, TRANSLATED),
} satisfies Group;

const challengingSeparations = {
  id: 'haastavat-erot',
  name: {
    fi: 'Haastavat erot -työryhmä',
    sv: 'Arbetsgruppen Svåra separationer',
    en: 'Challenging separations working group',
  },
  kind: 'working-group',
  level: 'county',
  convener: 'coordinator',
  members: [],
  cadenceNote: {
    fi: 'Toimintasuunnitelma mainitsee työryhmän; kokoontumisista ei ole tietoa.',
    sv: 'Verksamhetsplanen nämner arbetsgruppen; om dess möten finns inga uppgifter.',
    en: 'The action plan mentions the group; nothing is said of its meetings.',
  },
  source: src(
    SECTION.highlights,
    `002 names the group only. The convener is assumed to be the family-centre coordinator, who coordinates ` +
      `relationship support and separation help in the county (002). ${TRANSLATED}`,
  ),
} satisfies Group;

// ---------------------------------------------------------------------------------------------
// National networks where the coordinator represents Etelä-Savo (002 "Kansalliset verkostot").

const nationalSource = src(
  SECTION.national,
  `A national network, convened by its national organiser (no party of the agreement); "chair" stands for that ` +
    `organiser's convener. Its schedule is set nationally. ${TRANSLATED}`,
);

const nationalNetwork = (id: string, name: Group['name']) =>
  ({
    id,
    name,
    kind: 'network',
    level: 'national',
    convener: 'chair',
    members: [
      {
        role: 'representative',
        title: {
          fi: 'perhekeskuskoordinaattori Etelä-Savon edustajana',
          sv: 'familjecentralskoordinatorn som representant för Södra Savolax',
          en: 'the family-centre coordinator, representing Etelä-Savo',
        },
        partyId: 'eloisa',
        source: src(SECTION.national),
      },
    ],
    cadenceNote: {
      fi: 'Valtakunnallinen verkosto; aikataulu sovitaan kansallisesti.',
      sv: 'Nationellt nätverk; tidtabellen bestäms nationellt.',
      en: 'A national network; its schedule is set nationally.',
    },
    source: nationalSource,
  }) satisfies Group;

const nationalNetworks = [
  nationalNetwork('national-relationship-network', {
    fi: 'Valtakunnallinen parisuhdeverkosto (Väestöliiton Parisuhdekeskus Kataja)',
    sv: 'Det nationella parrelationsnätverket (Befolkningsförbundets parrelationscenter Kataja)',
    en: 'National relationship network (Väestöliitto Couple Relationship Centre Kataja)',
  }),
  nationalNetwork('neuvokas-perhe', {
    fi: 'Sydänliiton Neuvokas perhe -työ',
    sv: 'Hjärtförbundets arbete Neuvokas perhe',
    en: 'Finnish Heart Association: Neuvokas perhe work',
  }),
  nationalNetwork('kaikkien-perheiden-paikka', {
    fi: 'Kaikkien perheiden paikka -verkosto',
    sv: 'Nätverket Kaikkien perheiden paikka (En plats för alla familjer)',
    en: 'Kaikkien perheiden paikka network (A place for all families)',
  }),
  nationalNetwork('perheet-keskioon', {
    fi: 'Lastensuojelun Keskusliiton Perheet keskiöön -toiminta ja avointen kohtaamispaikkojen vertaisarviointi',
    sv: 'Centralförbundet för Barnskyddets verksamhet Perheet keskiöön och kollegial utvärdering av öppna mötesplatser',
    en: 'Central Union for Child Welfare: Perheet keskiöön (Families at the centre) and peer evaluation of open meeting places',
  }),
];

/**
 * Every group and network of the action plan 2026–2029 (002), with its convener, members,
 * parent, reporting duties and cadence (001 §8, §13).
 */
export const groups: Group[] = [
  steeringGroup,
  familyCentreActors,
  ...municipalWorkingGroups,
  studentWelfareGroup,
  meetingPlaceNetwork,
  lpDevelopmentNetwork,
  lpTrainers,
  relationshipSupportNetwork,
  ...relationshipSupportGroups,
  earlySupportWorkshops,
  peerGroupLeaders,
  violenceFreeEtelaSavo,
  challengingSeparations,
  ...nationalNetworks,
];
