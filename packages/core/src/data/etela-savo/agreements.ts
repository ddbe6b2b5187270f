import type { Agreement } from '../../model/index.js';
import { COUNTY_ID } from './county.js';
import { parties2022 } from './parties.js';
import { S000, S001, S003 } from './sources.js';

/**
 * Notice by the end of June ends the agreement at the end of that calendar year (001 §21); later
 * notice, by the same rule, at the end of the next.
 */
const TERMINATION = { kind: 'year-end', deadline: '06-30' } as const;

const LATER_NOTICE =
  'The notice deadline 06-30 is from the 2022–2023 agreement (001 §21); that the later agreement keeps it is ' +
  'assumed (the seeds README calls 001 the template the later agreements follow).';

const CALENDAR_YEARS = 'The seeds give the period in years only; whole calendar years are assumed.';

/**
 * The cooperation agreements of Etelä-Savo: 2022–2023 (001), 2023–2024 (mentioned in 003),
 * 2024–2025 (003) and 2026–2029 (000, 002). Only 2022–2023 has a complete party list.
 */
export const agreements: Agreement[] = [
  {
    id: 'etela-savo-2022-2023',
    countyId: COUNTY_ID,
    title: {
      fi: 'Hyvinvointialueen perhekeskusten kumppanuussopimus 2022–2023',
      sv: 'Partnerskapsavtal för välfärdsområdets familjecentraler 2022–2023',
      en: 'Partnership agreement of the wellbeing services county family centres 2022–2023',
    },
    period: { start: '2022-01-01', end: '2023-12-31' },
    parties: parties2022,
    partyList: 'complete',
    // 001 §3 says the parties decided during 1.2.–15.3.2022 but lists no decision; §24 leaves the
    // signing date blank (xx.xx.xxx), so no decision or signature is known.
    decisions: [],
    signatures: [],
    backgroundDocuments: [
      {
        title: {
          fi: 'Etelä-Savon lasten ja nuorten hyvinvointisuunnitelma 2019–2021 ja 2022–2023',
          sv: 'Välfärdsplanen för barn och unga i Södra Savolax 2019–2021 och 2022–2023',
          en: "Etelä-Savo children's and young people's wellbeing plan 2019–2021 and 2022–2023",
        },
      },
      {
        title: {
          fi: 'Etelä-Savon perhekeskustoiminnan vuosittainen toimintasuunnitelma',
          sv: 'Den årliga verksamhetsplanen för familjecentralsverksamheten i Södra Savolax',
          en: 'Etelä-Savo family-centre annual action plan',
        },
      },
    ],
    termination: TERMINATION,
    source: {
      document: S001,
      section: '2. Sopimuksen kesto; 3. Sopimuksen osapuolet; 4. Tausta-asiakirjat; 21. Irtisanominen',
      assumption: `${CALENDAR_YEARS} Swedish and English titles are translations.`,
    },
  },
  {
    id: 'etela-savo-2023-2024',
    countyId: COUNTY_ID,
    title: {
      fi: 'Etelä-Savon perhekeskustoiminnan yhteistyösopimus 2023–2024',
      sv: 'Samarbetsavtal för familjecentralsverksamheten i Södra Savolax 2023–2024',
      en: 'Etelä-Savo family-centre cooperation agreement 2023–2024',
    },
    period: { start: '2023-01-01', end: '2024-12-31' },
    // 003 says only that this agreement existed and that the 2024–2025 one shows the municipalities
    // that signed it; it names none of them.
    parties: [],
    partyList: 'partial',
    partyKinds: ['municipality'],
    decisions: [],
    signatures: [],
    backgroundDocuments: [],
    termination: TERMINATION,
    source: {
      document: S003,
      section: 'SIVLTK 13.02.2024 § 6, Selostus',
      assumption:
        `003 only mentions this agreement ("jatkoa yhteistyösopimukselle 2023–2024"); its title, parties and ` +
        `terms are not in the seeds. ${CALENDAR_YEARS} It overlaps 2024 with the 2024–2025 agreement, as the ` +
        `seed's years do. ${LATER_NOTICE}`,
    },
  },
  {
    id: 'etela-savo-2024-2025',
    countyId: COUNTY_ID,
    title: {
      fi: 'Etelä-Savon perhekeskustoiminnan yhteistyösopimus vuosille 2024–2025',
      sv: 'Samarbetsavtal för familjecentralsverksamheten i Södra Savolax för åren 2024–2025',
      en: 'Etelä-Savo family-centre cooperation agreement for 2024–2025',
    },
    period: { start: '2024-01-01', end: '2025-12-31' },
    parties: ['juva'],
    partyList: 'partial',
    partyKinds: ['municipality'],
    decisions: [
      {
        partyId: 'juva',
        body: {
          abbreviation: 'SIVLTK',
          name: { fi: 'Sivistyslautakunta', sv: 'Bildningsnämnden', en: 'Education committee' },
        },
        date: '2024-02-13',
        section: 6,
        caseNumber: '45/00.01.02.00/2022',
        outcome: 'approved',
        authorisedSignatory: { fi: 'sivistysjohtaja', sv: 'bildningsdirektör', en: 'director of education' },
        summary: {
          fi: 'Sivistyslautakunta hyväksyi yhteistyösopimuksen vuosille 2024–2025 ja valtuutti sivistysjohtajan allekirjoittamaan sen. Päätös yksimielinen.',
          sv: 'Bildningsnämnden godkände samarbetsavtalet för åren 2024–2025 och befullmäktigade bildningsdirektören att underteckna det. Beslutet var enhälligt.',
          en: 'The education committee approved the cooperation agreement for 2024–2025 and authorised the director of education to sign it. The decision was unanimous.',
        },
        source: { document: S003, section: 'SIVLTK 13.02.2024 § 6, Päätösesitys ja Päätös' },
      },
    ],
    // 003 authorises the signature but does not record it.
    signatures: [],
    backgroundDocuments: [],
    termination: TERMINATION,
    source: {
      document: S003,
      section: 'SIVLTK 13.02.2024 § 6',
      assumption: `${CALENDAR_YEARS} Only Juva is named as a party. ${LATER_NOTICE}`,
    },
  },
  {
    id: 'etela-savo-2026-2029',
    countyId: COUNTY_ID,
    title: {
      fi: 'Etelä-Savon perhekeskustoiminnan yhteistyösopimus vuosille 2026–2029',
      sv: 'Samarbetsavtal för familjecentralsverksamheten i Södra Savolax för åren 2026–2029',
      en: 'Etelä-Savo family-centre cooperation agreement for 2026–2029',
    },
    period: { start: '2026-01-01', end: '2029-12-31' },
    // 000 names the parties' kinds ("kunnat ja kaupungit, hyvinvointialue, seurakunnat, keskeiset
    // järjestötoimijat"): every municipality of the region and the county are listed (see the
    // assumption), so those whose decisions are not in the seeds show as still to act; which parishes
    // and associations take part is not known, so the list stays partial.
    parties: [
      'enonkoski',
      'hirvensalmi',
      'juva',
      'kangasniemi',
      'mikkeli',
      'mantyharju',
      'pertunmaa',
      'pieksamaki',
      'puumala',
      'rantasalmi',
      'savonlinna',
      'sulkava',
      'eloisa',
    ],
    partyList: 'partial',
    // 000: "kunnat ja kaupungit, hyvinvointialue, seurakunnat, keskeiset järjestötoimijat".
    partyKinds: ['municipality', 'wellbeing-county', 'parish', 'association'],
    decisions: [
      {
        partyId: 'rantasalmi',
        body: {
          abbreviation: 'HYSIVLTK',
          name: {
            fi: 'Hyvinvointi- ja sivistyslautakunta',
            sv: 'Välfärds- och bildningsnämnden',
            en: 'Welfare and education committee',
          },
        },
        date: '2025-09-29',
        section: 85,
        outcome: 'proposed',
        summary: {
          fi: 'Lautakunta päätti yksimielisesti esittää kunnanhallitukselle sopimuksen hyväksymistä.',
          sv: 'Nämnden beslutade enhälligt att föreslå för kommunstyrelsen att avtalet godkänns.',
          en: 'The committee unanimously decided to propose to the municipal board that it approve the agreement.',
        },
        source: { document: S000, section: 'HYSIVLTK 29.09.2025 § 85' },
      },
      {
        partyId: 'rantasalmi',
        body: {
          abbreviation: 'KHALL',
          name: { fi: 'Kunnanhallitus', sv: 'Kommunstyrelsen', en: 'Municipal board' },
        },
        date: '2025-11-03',
        section: 331,
        caseNumber: '441/00.04.02/2025',
        outcome: 'approved',
        electronic: true,
        summary: {
          fi: 'Kunnanhallitus hyväksyi sopimuksen sähköisellä päätöksenteolla.',
          sv: 'Kommunstyrelsen godkände avtalet genom elektroniskt beslutsfattande.',
          en: 'The municipal board approved the agreement by electronic decision-making.',
        },
        source: { document: S000, section: 'KHALL 03.11.2025 § 331' },
      },
    ],
    signatures: [],
    backgroundDocuments: [
      {
        title: {
          fi: 'Etelä-Savon lasten ja nuorten hyvinvointisuunnitelma 2026–2029',
          sv: 'Välfärdsplanen för barn och unga i Södra Savolax 2026–2029',
          en: "Etelä-Savo children's and young people's wellbeing plan 2026–2029",
        },
        // 002 links the wellbeing plan ("joka löytyy tästä linkistä") with this address.
        url: 'https://eloisa.ims.fi/spring/public/b3cb6028-f62a-4d31-8e30-dfa35c02f118/fi',
      },
      {
        title: {
          fi: 'Etelä-Savon perhekeskustoiminnan toimintasuunnitelma 2026–2029',
          sv: 'Verksamhetsplanen för familjecentralsverksamheten i Södra Savolax 2026–2029',
          en: 'Etelä-Savo family-centre action plan 2026–2029',
        },
      },
    ],
    termination: TERMINATION,
    source: {
      document: S000,
      section: 'HYSIVLTK 29.09.2025 § 85',
      assumption:
        `${CALENDAR_YEARS} Only Rantasalmi and the wellbeing services county are named as parties; 000 says the ` +
        `parties are "kunnat ja kaupungit, hyvinvointialue, seurakunnat, keskeiset järjestötoimijat", so the other ` +
        `11 municipalities of Etelä-Savo are assumed to be parties too (their decisions are not in the seeds). ` +
        `The background documents are "the wellbeing plan and the action plan in force" (000); their 2026–2029 ` +
        `editions are those of 002. ${LATER_NOTICE}`,
    },
  },
];
