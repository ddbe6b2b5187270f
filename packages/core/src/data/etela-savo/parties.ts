import type { Party, SourceRef } from '../../model/index.js';
import { S000, S001, S002 } from './sources.js';

const SECTION_3 = '3. Sopimuksen osapuolet';

/** A party listed in 001 §3. */
const in001 = (assumption?: string): SourceRef =>
  assumption ? { document: S001, section: SECTION_3, assumption } : { document: S001, section: SECTION_3 };

const TRANSLATED = 'Swedish and English names are translations, not in the seeds.';

/**
 * The municipalities no seed names as a party. They are rows here so that their LAPE working group
 * (002: every municipality names one) and meeting places can refer to them; the 2026–2029 agreement
 * lists them by assumption (000 names municipalities among its parties, see `agreements.ts`).
 */
const notNamedAsParty = (name: string): SourceRef => ({
  document: S002,
  section: 'Kuntakohtaiset lasten, nuorten ja perheiden työryhmät',
  assumption: `${name} is not named as a party in any seed; listed because 002 says every municipality of Etelä-Savo has a LAPE working group and is represented in the family-centre actors working group. ${TRANSLATED}`,
});

const PREDECESSOR_NOTE = {
  fi: 'Kuntayhtymä vuoden 2022 loppuun; sen sosiaali- ja terveyspalvelut siirtyivät Etelä-Savon hyvinvointialueelle (Eloisa) 1.1.2023.',
  sv: 'Samkommun till utgången av 2022; dess social- och hälsovårdstjänster överfördes till välfärdsområdet i Södra Savolax (Eloisa) 1.1.2023.',
  en: 'A joint municipal authority until the end of 2022; its social and health services moved to the Etelä-Savo wellbeing services county (Eloisa) on 1 January 2023.',
};

const PREDECESSOR_ASSUMPTION =
  'Kind (joint municipal authority) and the end of 2022: general knowledge of the 2023 health and social ' +
  'services reform, not in the seeds; 001 §5 says only that the work continues in the wellbeing services ' +
  `county from 2023. ${TRANSLATED}`;

/**
 * The parties: the 19 of the 2022–2023 agreement (001 §3), the wellbeing services county (000),
 * Rantasalmi's parish (000) and the three municipalities no seed names.
 */
export const parties: Party[] = [
  // The nine municipalities of 001 §3, in its order.
  {
    id: 'juva',
    name: { fi: 'Juvan kunta', sv: 'Jockas kommun', en: 'Municipality of Juva' },
    kind: 'municipality',
    municipalityCode: '178',
    source: in001(TRANSLATED),
  },
  {
    id: 'kangasniemi',
    name: { fi: 'Kangasniemen kunta', sv: 'Kangasniemi kommun', en: 'Municipality of Kangasniemi' },
    kind: 'municipality',
    municipalityCode: '213',
    source: in001(TRANSLATED),
  },
  {
    id: 'mikkeli',
    name: { fi: 'Mikkelin kaupunki', sv: 'S:t Michels stad', en: 'City of Mikkeli' },
    kind: 'municipality',
    municipalityCode: '491',
    source: in001(TRANSLATED),
  },
  {
    id: 'mantyharju',
    name: { fi: 'Mäntyharjun kunta', sv: 'Mäntyharju kommun', en: 'Municipality of Mäntyharju' },
    kind: 'municipality',
    municipalityCode: '507',
    source: in001(TRANSLATED),
  },
  {
    id: 'pertunmaa',
    name: { fi: 'Pertunmaan kunta', sv: 'Pertunmaa kommun', en: 'Municipality of Pertunmaa' },
    kind: 'municipality',
    municipalityCode: '588',
    source: in001(TRANSLATED),
  },
  {
    id: 'puumala',
    name: { fi: 'Puumalan kunta', sv: 'Puumala kommun', en: 'Municipality of Puumala' },
    kind: 'municipality',
    municipalityCode: '623',
    source: in001(TRANSLATED),
  },
  {
    id: 'rantasalmi',
    name: { fi: 'Rantasalmen kunta', sv: 'Rantasalmi kommun', en: 'Municipality of Rantasalmi' },
    kind: 'municipality',
    municipalityCode: '681',
    source: in001(TRANSLATED),
  },
  {
    id: 'pieksamaki',
    name: { fi: 'Pieksämäen kaupunki', sv: 'Pieksämäki stad', en: 'City of Pieksämäki' },
    kind: 'municipality',
    municipalityCode: '593',
    source: in001(TRANSLATED),
  },
  {
    id: 'savonlinna',
    name: { fi: 'Savonlinnan kaupunki', sv: 'Nyslotts stad', en: 'City of Savonlinna' },
    kind: 'municipality',
    municipalityCode: '740',
    source: in001(TRANSLATED),
  },
  // The social and health organisations of 2022, which the wellbeing services county replaced.
  {
    id: 'essote',
    name: {
      fi: 'Etelä-Savon sosiaali- ja terveyspalvelujen kuntayhtymä Essote',
      sv: 'Samkommunen för social- och hälsovårdstjänster i Södra Savolax Essote',
      en: 'Essote, the Etelä-Savo joint municipal authority for social and health services',
    },
    kind: 'joint-municipal-authority',
    note: PREDECESSOR_NOTE,
    source: in001(
      `001 writes "Etelä-Savon sosiaali- ja terveystalot ESSOTE"; the name is given here in its usual form. ${PREDECESSOR_ASSUMPTION}`,
    ),
  },
  {
    id: 'sosteri',
    name: {
      fi: 'Itä-Savon sairaanhoitopiirin kuntayhtymä Sosteri',
      sv: 'Samkommunen Östra Savolax sjukvårdsdistrikt Sosteri',
      en: 'Sosteri, the Itä-Savo hospital district joint municipal authority',
    },
    kind: 'joint-municipal-authority',
    note: PREDECESSOR_NOTE,
    source: in001(`001 writes "Itä-Savon sairaanhoitopiiri SOSTERI". ${PREDECESSOR_ASSUMPTION}`),
  },
  {
    id: 'terveystalo',
    name: { fi: 'Terveystalo' },
    kind: 'company',
    source: in001('Kind (company): Terveystalo is a private healthcare company; not stated in the seeds.'),
  },
  {
    id: 'vaalijalan-kuntayhtyma',
    name: { fi: 'Vaalijalan kuntayhtymä', sv: 'Samkommunen Vaalijala', en: 'Vaalijala joint municipal authority' },
    kind: 'joint-municipal-authority',
    source: in001(TRANSLATED),
  },
  {
    id: 'etela-savon-yrittajat',
    name: { fi: 'Etelä-Savon yrittäjät ry' },
    kind: 'association',
    source: in001(),
  },
  {
    id: 'mll-jarvi-suomen-piiri',
    name: {
      fi: 'Mannerheimin Lastensuojeluliiton Järvi-Suomen piiri ry',
      en: 'Mannerheim League for Child Welfare, Järvi-Suomi district',
    },
    kind: 'association',
    source: in001(TRANSLATED),
  },
  {
    id: 'mimosa',
    name: { fi: 'Monikulttuurityö Mimosa ry' },
    kind: 'association',
    source: in001(),
  },
  {
    id: 'viola',
    name: { fi: 'Viola väkivallasta vapaaksi ry' },
    kind: 'association',
    source: in001(),
  },
  {
    id: 'mikkelin-tuomiokirkkoseurakunta',
    name: {
      fi: 'Mikkelin tuomiokirkkoseurakunta',
      sv: 'S:t Michels domkyrkoförsamling',
      en: 'Mikkeli Cathedral Parish',
    },
    kind: 'parish',
    source: in001(TRANSLATED),
  },
  {
    id: 'savonlinnan-seurakunta',
    name: { fi: 'Savonlinnan seurakunta', sv: 'Nyslotts församling', en: 'Savonlinna Parish' },
    kind: 'parish',
    source: in001(TRANSLATED),
  },
  // Named by the later seeds.
  {
    id: 'eloisa',
    name: {
      fi: 'Etelä-Savon hyvinvointialue (Eloisa)',
      sv: 'Välfärdsområdet i Södra Savolax (Eloisa)',
      en: 'Etelä-Savo Wellbeing Services County (Eloisa)',
    },
    kind: 'wellbeing-county',
    source: { document: S000, section: 'HYSIVLTK 29.09.2025 § 85', assumption: TRANSLATED },
  },
  {
    id: 'rantasalmen-seurakunta',
    name: { fi: 'Rantasalmen seurakunta', sv: 'Rantasalmi församling', en: 'Rantasalmi Parish' },
    kind: 'parish',
    source: {
      document: S000,
      section: 'HYSIVLTK 29.09.2025 § 85',
      assumption:
        '000 says "seurakunta" (the parish) runs the Rantasalmi meeting place with the municipality and the county; ' +
        `its name "Rantasalmen seurakunta" is assumed. ${TRANSLATED}`,
    },
  },
  // Municipalities no seed names as a party.
  {
    id: 'enonkoski',
    name: { fi: 'Enonkosken kunta', sv: 'Enonkoski kommun', en: 'Municipality of Enonkoski' },
    kind: 'municipality',
    municipalityCode: '046',
    source: notNamedAsParty('Enonkoski'),
  },
  {
    id: 'hirvensalmi',
    name: { fi: 'Hirvensalmen kunta', sv: 'Hirvensalmi kommun', en: 'Municipality of Hirvensalmi' },
    kind: 'municipality',
    municipalityCode: '097',
    source: notNamedAsParty('Hirvensalmi'),
  },
  {
    id: 'sulkava',
    name: { fi: 'Sulkavan kunta', sv: 'Sulkava kommun', en: 'Municipality of Sulkava' },
    kind: 'municipality',
    municipalityCode: '768',
    source: notNamedAsParty('Sulkava'),
  },
];

/** The ids of the 19 parties of the 2022–2023 agreement, in the order of 001 §3. */
export const parties2022 = [
  'juva',
  'kangasniemi',
  'mikkeli',
  'mantyharju',
  'pertunmaa',
  'puumala',
  'rantasalmi',
  'pieksamaki',
  'savonlinna',
  'essote',
  'sosteri',
  'terveystalo',
  'vaalijalan-kuntayhtyma',
  'etela-savon-yrittajat',
  'mll-jarvi-suomen-piiri',
  'mimosa',
  'viola',
  'mikkelin-tuomiokirkkoseurakunta',
  'savonlinnan-seurakunta',
];

/**
 * The party id of a municipality, by its code.
 *
 * @param code - a municipality code of Etelä-Savo (`'178'`)
 * @returns the id of the municipality's party row (`'juva'`)
 * @throws Error when no party row has that code (a mistake in this data)
 * @example
 * partyIdOf('178'); // 'juva'
 */
export function partyIdOf(code: string): string {
  const party = parties.find((p) => 'municipalityCode' in p && p.municipalityCode === code);
  if (!party) throw new Error(`No party for municipality ${code}`);
  return party.id;
}
