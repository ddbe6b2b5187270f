/**
 * Where a fact of the reference data comes from: the same shape as the model's `SourceRef`, declared
 * here because the reference data sits below the model (the model checks municipality codes against it).
 */
interface ReferenceSource {
  readonly document: string;
  readonly section?: string;
  readonly url?: string;
  readonly assumption?: string;
}

/**
 * Where the municipality and county list comes from. Codes, names and county membership are facts
 * published by Statistics Finland; the copy used here is Yle's open geodata `finland-hva-2021`.
 */
export const MUNICIPALITY_REFERENCE_SOURCE: ReferenceSource = {
  document: 'Statistics Finland, municipality classification 2021 (via Yle open geodata finland-hva-2021)',
  url: 'https://github.com/Yleisradio/geodata',
  assumption:
    'Valid from 2021-01-01; the source knows of no municipal merger since, up to 2026. County ids are ' +
    "this library's slugs of the counties' Finnish names; a county's sourceCode is the source's letter id, " +
    'not an official code.',
};

/**
 * Where the Sámi names come from. The Act on the Sámi Language applies to the municipalities of
 * Enontekiö, Inari, Sodankylä and Utsjoki (§2, point 1); the names are those the municipalities use.
 */
export const SAMI_NAMES_SOURCE: ReferenceSource = {
  document: 'Saamen kielilaki (Act on the Sámi Language) 1086/2003',
  section: '2 § 1 kohta',
  url: 'https://www.finlex.fi/fi/laki/ajantasa/2003/20031086',
  assumption:
    'The Act names the four municipalities, not their Sámi names; the names are the official ones the ' +
    'municipalities themselves use.',
};

/** The year of the municipality classification the reference list follows. */
export const REFERENCE_VINTAGE = 2021;

/** The day from which the reference list is valid, `YYYY-MM-DD` (mergers take effect on 1 January). */
export const REFERENCE_VALID_FROM = '2021-01-01';
