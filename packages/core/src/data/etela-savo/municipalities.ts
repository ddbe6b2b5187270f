import type { Coordinates, FamilyCentreArea, Municipality, SourceRef } from '../../model/index.js';
import { COUNTY_ID } from './county.js';
import { S001, S002 } from './sources.js';

/**
 * Codes, Swedish names and centres are not in the seeds; they are from the Statistics Finland
 * municipality classification. The area a municipality belongs to is not in the seeds either.
 */
const CLASSIFICATION =
  'Municipality code and Swedish name: Statistics Finland municipality classification; not in the seeds. ' +
  'Centre coordinates are approximate town centres (WGS84), not in the seeds. ' +
  'The family-centre area is assigned by geography; the seeds name the three areas but not their municipalities.';

/** A municipality that 001 §3 lists as a party. */
const listedIn001 = (name: string): SourceRef => ({
  document: S001,
  section: `3. Sopimuksen osapuolet (${name})`,
  assumption: CLASSIFICATION,
});

/** A municipality no seed names: 002 says every municipality of Etelä-Savo has a LAPE working group. */
const notNamedInSeeds = (name: string): SourceRef => ({
  document: S002,
  section: 'Kuntakohtaiset lasten, nuorten ja perheiden työryhmät',
  assumption: `${name} is not named in the seeds; it is one of the 12 municipalities of Etelä-Savo. ${CLASSIFICATION}`,
});

/** The 12 municipalities of Etelä-Savo, each with its centre point. */
export const municipalities: (Municipality & { centre: Coordinates })[] = [
  {
    code: '046',
    name: { fi: 'Enonkoski', sv: 'Enonkoski' },
    centre: { lat: 62.0883, lon: 28.9333 },
    countyId: COUNTY_ID,
    areaId: 'savonlinna-area',
    source: notNamedInSeeds('Enonkoski'),
  },
  {
    code: '097',
    name: { fi: 'Hirvensalmi', sv: 'Hirvensalmi' },
    centre: { lat: 61.6389, lon: 26.7764 },
    countyId: COUNTY_ID,
    areaId: 'mikkeli-area',
    source: notNamedInSeeds('Hirvensalmi'),
  },
  {
    code: '178',
    name: { fi: 'Juva', sv: 'Jockas' },
    centre: { lat: 61.8972, lon: 27.8569 },
    countyId: COUNTY_ID,
    areaId: 'mikkeli-area',
    source: listedIn001('Juvan kunta'),
  },
  {
    code: '213',
    name: { fi: 'Kangasniemi', sv: 'Kangasniemi' },
    centre: { lat: 61.9903, lon: 26.6417 },
    countyId: COUNTY_ID,
    areaId: 'mikkeli-area',
    source: listedIn001('Kangasniemen kunta'),
  },
  {
    code: '491',
    name: { fi: 'Mikkeli', sv: 'S:t Michel' },
    centre: { lat: 61.6886, lon: 27.2723 },
    countyId: COUNTY_ID,
    areaId: 'mikkeli-area',
    source: listedIn001('Mikkelin kaupunki'),
  },
  {
    code: '507',
    name: { fi: 'Mäntyharju', sv: 'Mäntyharju' },
    centre: { lat: 61.4186, lon: 26.8786 },
    countyId: COUNTY_ID,
    areaId: 'mikkeli-area',
    source: listedIn001('Mäntyharjun kunta'),
  },
  {
    code: '588',
    name: { fi: 'Pertunmaa', sv: 'Pertunmaa' },
    centre: { lat: 61.5028, lon: 26.4792 },
    countyId: COUNTY_ID,
    areaId: 'mikkeli-area',
    source: listedIn001('Pertunmaan kunta'),
  },
  {
    code: '593',
    name: { fi: 'Pieksämäki', sv: 'Pieksämäki' },
    centre: { lat: 62.3, lon: 27.1333 },
    countyId: COUNTY_ID,
    areaId: 'pieksamaki-area',
    source: listedIn001('Pieksämäen kaupunki'),
  },
  {
    code: '623',
    name: { fi: 'Puumala', sv: 'Puumala' },
    centre: { lat: 61.5236, lon: 28.1792 },
    countyId: COUNTY_ID,
    areaId: 'mikkeli-area',
    source: listedIn001('Puumalan kunta'),
  },
  {
    code: '681',
    name: { fi: 'Rantasalmi', sv: 'Rantasalmi' },
    centre: { lat: 62.0647, lon: 28.3033 },
    countyId: COUNTY_ID,
    areaId: 'savonlinna-area',
    source: listedIn001('Rantasalmen kunta'),
  },
  {
    code: '740',
    name: { fi: 'Savonlinna', sv: 'Nyslott' },
    centre: { lat: 61.8681, lon: 28.8861 },
    countyId: COUNTY_ID,
    areaId: 'savonlinna-area',
    source: listedIn001('Savonlinnan kaupunki'),
  },
  {
    code: '768',
    name: { fi: 'Sulkava', sv: 'Sulkava' },
    centre: { lat: 61.7861, lon: 28.3708 },
    countyId: COUNTY_ID,
    areaId: 'savonlinna-area',
    source: notNamedInSeeds('Sulkava'),
  },
];

/** The codes of the municipalities in one area, read from the municipality rows (one place to change). */
const codesIn = (areaId: string): string[] => municipalities.filter((m) => m.areaId === areaId).map((m) => m.code);

const AREA_ASSUMPTION =
  'The seeds name the three family-centre areas but not which municipalities belong to each; ' +
  'municipalities were assigned by geography (nearest area centre).';

/** The three family-centre areas: Mikkeli, Pieksämäki and Savonlinna (000, 001 §12, 002, 003). */
export const familyCentreAreas: FamilyCentreArea[] = [
  {
    id: 'mikkeli-area',
    name: {
      fi: 'Mikkelin perhekeskusalue',
      sv: 'Familjecentralsområdet S:t Michel',
      en: 'Mikkeli family-centre area',
    },
    countyId: COUNTY_ID,
    municipalityCodes: codesIn('mikkeli-area'),
    source: { document: S002, section: 'Johdanto: kolme perhekeskusaluetta', assumption: AREA_ASSUMPTION },
  },
  {
    id: 'pieksamaki-area',
    name: {
      fi: 'Pieksämäen perhekeskusalue',
      sv: 'Familjecentralsområdet Pieksämäki',
      en: 'Pieksämäki family-centre area',
    },
    countyId: COUNTY_ID,
    municipalityCodes: codesIn('pieksamaki-area'),
    source: { document: S002, section: 'Johdanto: kolme perhekeskusaluetta', assumption: AREA_ASSUMPTION },
  },
  {
    id: 'savonlinna-area',
    name: {
      fi: 'Savonlinnan perhekeskusalue',
      sv: 'Familjecentralsområdet Nyslott',
      en: 'Savonlinna family-centre area',
    },
    countyId: COUNTY_ID,
    municipalityCodes: codesIn('savonlinna-area'),
    source: { document: S002, section: 'Johdanto: kolme perhekeskusaluetta', assumption: AREA_ASSUMPTION },
  },
];
