// Generates src/reference/municipalityData.ts, the national reference list of municipalities and
// wellbeing services counties, from the shared CSV (Statistics Finland's municipality classification
// 2021, via Yle's open geodata finland-hva-2021). The generated module is committed, so neither the
// build nor the browser bundles ever read the CSV.
//
//   node scripts/reference-data.mjs [path/to/municipalities-2021.csv]          writes the module
//   node scripts/reference-data.mjs --check [path/to/municipalities-2021.csv]  fails if it is stale
//
// `renderMunicipalityModule` is pure and exported, so a test can prove the committed module is what
// the CSV gives today. Importing this file writes nothing.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where the shared reference data lives on the project's machines. */
export const DEFAULT_CSV_PATH = '/work/shared/reference/municipalities/municipalities-2021.csv';

const OUTPUT_URL = new URL('../src/reference/municipalityData.ts', import.meta.url);

const COLUMNS = ['code', 'name_fi', 'name_sv', 'county_code', 'county_fi', 'county_sv'];

/**
 * County ids by the county's Finnish name in the CSV. The ids are slugs of the name without
 * "hyvinvointialue", in the nominative and in ASCII; the genitive forms of the names ("Lapin", "Vantaan
 * ja Keravan") cannot be turned into them mechanically, hence a table. Every CSV name must be here and
 * every entry must be used, so a renamed or added county stops the generator instead of slipping through.
 */
const COUNTY_IDS = new Map([
  ['Etelä-Karjalan hyvinvointialue', 'etela-karjala'],
  ['Etelä-Pohjanmaan hyvinvointialue', 'etela-pohjanmaa'],
  ['Etelä-Savon hyvinvointialue', 'etela-savo'],
  ['Itä-Uudenmaan hyvinvointialue', 'ita-uusimaa'],
  ['Kainuun hyvinvointialue', 'kainuu'],
  ['Kanta-Hämeen hyvinvointialue', 'kanta-hame'],
  ['Keski-Pohjanmaan hyvinvointialue', 'keski-pohjanmaa'],
  ['Keski-Suomen hyvinvointialue', 'keski-suomi'],
  ['Keski-Uudenmaan hyvinvointialue', 'keski-uusimaa'],
  ['Kymenlaakson hyvinvointialue', 'kymenlaakso'],
  ['Lapin hyvinvointialue', 'lappi'],
  ['Länsi-Uudenmaan hyvinvointialue', 'lansi-uusimaa'],
  ['Päijät-Hämeen hyvinvointialue', 'paijat-hame'],
  ['Pirkanmaan hyvinvointialue', 'pirkanmaa'],
  ['Pohjanmaan hyvinvointialue', 'pohjanmaa'],
  ['Pohjois-Karjalan hyvinvointialue', 'pohjois-karjala'],
  ['Pohjois-Pohjanmaan hyvinvointialue', 'pohjois-pohjanmaa'],
  ['Pohjois-Savon hyvinvointialue', 'pohjois-savo'],
  ['Satakunnan hyvinvointialue', 'satakunta'],
  ['Vantaan ja Keravan hyvinvointialue', 'vantaa-kerava'],
  ['Varsinais-Suomen hyvinvointialue', 'varsinais-suomi'],
]);

/** The number of wellbeing services counties since the 2023 reform; a different count means a different source. */
const COUNTY_COUNT = 21;

/**
 * Official Sámi names of the four municipalities of the Sámi homeland, to which the Act on the Sámi
 * Language (1086/2003, §2(1)) applies; these are the names the municipalities themselves use. Not in
 * the CSV. Keys: `se` North Sámi, `smn` Inari Sámi, `sms` Skolt Sámi. Each row also names the
 * municipality in Finnish, so a code typo cannot attach the names to the wrong municipality.
 */
const SAMI_NAMES = [
  { code: '047', fi: 'Enontekiö', names: { se: 'Eanodat' } },
  { code: '148', fi: 'Inari', names: { se: 'Anár', smn: 'Aanaar', sms: 'Aanar' } },
  { code: '758', fi: 'Sodankylä', names: { se: 'Soađegilli' } },
  { code: '890', fi: 'Utsjoki', names: { se: 'Ohcejohka' } },
];

/**
 * Parses the CSV. The source has no quoted fields; one would mean a format change this parser does not
 * understand, so it is an error rather than a silently split name.
 *
 * @param {string} text - the CSV file's content
 * @returns {Record<string, string>[]} one object per data row, keyed by column
 */
export function parseCsv(text) {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const header = lines.shift()?.split(',');
  if (header?.join(',') !== COLUMNS.join(',')) {
    throw new Error(`Unexpected CSV header: ${header?.join(',')}; expected ${COLUMNS.join(',')}`);
  }
  return lines.map((line, i) => {
    if (line.includes('"')) throw new Error(`CSV line ${i + 2}: quoted fields are not supported: ${line}`);
    const cells = line.split(',');
    if (cells.length !== COLUMNS.length) {
      throw new Error(`CSV line ${i + 2}: expected ${COLUMNS.length} fields, got ${cells.length}: ${line}`);
    }
    return Object.fromEntries(COLUMNS.map((column, j) => [column, cells[j].trim()]));
  });
}

/**
 * Checks the rows and turns them into the compact tables of the generated module.
 *
 * @param {Record<string, string>[]} rows - rows from {@link parseCsv}
 * @returns {{ counties: [string, string, string, string][], municipalities: (string | null | Record<string, string>)[][] }}
 *   counties as `[id, sourceCode, fi, sv]` sorted by id; municipalities as
 *   `[code, fi, sv, countyId | null, samiNames?]` sorted by code
 */
export function buildTables(rows) {
  const counties = new Map();
  const codes = new Set();
  const municipalities = [];
  for (const row of rows) {
    const where = `municipality ${row.code} ${row.name_fi}`;
    if (!/^\d{3}$/.test(row.code)) throw new Error(`${where}: the code is not three digits`);
    if (codes.has(row.code)) throw new Error(`${where}: the code appears twice`);
    codes.add(row.code);
    if (!row.name_fi || !row.name_sv) throw new Error(`${where}: a name is missing`);

    let countyId = null;
    const countyCells = [row.county_code, row.county_fi, row.county_sv];
    if (countyCells.some(Boolean)) {
      if (!countyCells.every(Boolean)) throw new Error(`${where}: the county is only partly given`);
      countyId = COUNTY_IDS.get(row.county_fi);
      if (!countyId) throw new Error(`${where}: unknown county "${row.county_fi}"; add its id to COUNTY_IDS`);
      const county = counties.get(countyId);
      if (!county) {
        counties.set(countyId, [countyId, row.county_code, row.county_fi, row.county_sv]);
      } else if (county[1] !== row.county_code || county[3] !== row.county_sv) {
        throw new Error(`${where}: "${row.county_fi}" has a different code or Swedish name than on an earlier row`);
      }
    }
    municipalities.push([row.code, row.name_fi, row.name_sv, countyId]);
  }

  const unused = [...COUNTY_IDS].filter(([, id]) => !counties.has(id)).map(([name]) => name);
  if (unused.length > 0) throw new Error(`No municipality belongs to: ${unused.join(', ')}`);
  if (counties.size !== COUNTY_COUNT) throw new Error(`Expected ${COUNTY_COUNT} counties, found ${counties.size}`);
  const sourceCodes = new Set([...counties.values()].map((county) => county[1]));
  if (sourceCodes.size !== counties.size) throw new Error('Two counties share a source code');

  for (const { code, fi, names } of SAMI_NAMES) {
    const row = municipalities.find((m) => m[0] === code);
    if (!row || row[1] !== fi) throw new Error(`Sámi names: municipality ${code} is not ${fi} in the CSV`);
    row.push(names);
  }

  const byKey = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return { counties: [...counties.values()].sort(byKey), municipalities: municipalities.sort(byKey) };
}

/** A string literal as Biome writes it (single quotes unless the text has one), so `biome check` keeps it. */
function literal(value) {
  if (value === null) return 'null';
  if (typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([key, text]) => `${key}: ${literal(text)}`)
      .join(', ')} }`;
  }
  const escaped = value.replace(/\\/g, '\\\\');
  if (value.includes("'") && !value.includes('"')) return `"${escaped}"`;
  return `'${escaped.replace(/'/g, "\\'")}'`;
}

function tuple(values) {
  return `  [${values.map(literal).join(', ')}],`;
}

/**
 * Renders the generated module from the CSV's text. Pure: the same CSV always gives the same text.
 *
 * @param {string} csvText - the content of municipalities-2021.csv
 * @returns {string} the TypeScript module, formatted as Biome formats it
 */
export function renderMunicipalityModule(csvText) {
  const { counties, municipalities } = buildTables(parseCsv(csvText));
  return `// GENERATED FILE: do not edit by hand. Edit the source data or scripts/reference-data.mjs and run
// \`node scripts/reference-data.mjs\` in packages/core again.
//
// Source: municipalities-2021.csv of the shared reference data (by default
// ${DEFAULT_CSV_PATH}): Statistics Finland's municipality
// classification 2021, via Yle's open geodata finland-hva-2021; valid from 2021-01-01. County ids
// and the Sámi names are the script's own tables (the Sámi names: Act on the Sámi Language 1086/2003).
// Compact tuples rather than objects because browser bundles may import this; src/reference turns
// them into objects on first use.

/** \`[id, sourceCode, fi, sv]\`: a wellbeing services county; \`sourceCode\` is the CSV's letter id, not official. */
export type CountyRow = readonly [id: string, sourceCode: string, fi: string, sv: string];

/** Official Sámi names: \`se\` North Sámi, \`smn\` Inari Sámi, \`sms\` Skolt Sámi. */
export interface SamiNameRow {
  readonly se?: string;
  readonly smn?: string;
  readonly sms?: string;
}

/** \`[code, fi, sv, countyId, samiNames?]\`: a municipality; \`countyId\` is null for Helsinki and Åland. */
export type MunicipalityRow = readonly [
  code: string,
  fi: string,
  sv: string,
  countyId: string | null,
  samiNames?: SamiNameRow,
];

/** The ${counties.length} wellbeing services counties, sorted by id. */
export const COUNTY_ROWS: readonly CountyRow[] = [
${counties.map(tuple).join('\n')}
];

/** The ${municipalities.length} municipalities, sorted by code. */
export const MUNICIPALITY_ROWS: readonly MunicipalityRow[] = [
${municipalities.map(tuple).join('\n')}
];
`;
}

function main(args) {
  const check = args.includes('--check');
  const csvPath = args.find((arg) => arg !== '--check') ?? DEFAULT_CSV_PATH;
  const text = renderMunicipalityModule(readFileSync(csvPath, 'utf8'));
  const output = fileURLToPath(OUTPUT_URL);
  if (check) {
    let current = '';
    try {
      current = readFileSync(output, 'utf8');
    } catch {
      // A missing module is stale too; the message below says what to run.
    }
    if (current !== text) {
      console.error(`${output} is out of date with ${csvPath}: run node scripts/reference-data.mjs`);
      process.exitCode = 1;
      return;
    }
    console.log(`${output} is up to date with ${csvPath}`);
    return;
  }
  writeFileSync(output, text);
  console.log(`Wrote ${output} from ${csvPath}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
