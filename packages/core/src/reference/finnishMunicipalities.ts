import { MUNICIPALITY_ROWS, type MunicipalityRow } from './municipalityData.js';
import type { ReferenceMunicipality } from './referenceTypes.js';

// Built on first call, not at import: a bundle that imports the module but never asks pays nothing.
let cache: readonly ReferenceMunicipality[] | undefined;

function toMunicipality([code, fi, sv, countyId, samiNames]: MunicipalityRow): ReferenceMunicipality {
  const name = Object.freeze({ fi, sv, ...samiNames });
  // Helsinki and Åland have no county: the key is left out so that `'countyId' in m` tells the truth.
  return Object.freeze(countyId === null ? { code, name } : { code, name, countyId });
}

/**
 * All 309 municipalities of Finland (Statistics Finland's classification 2021, valid from 2021-01-01),
 * with their Finnish, Swedish and, in the Sámi homeland, Sámi names and their wellbeing services county.
 *
 * The list and its objects are frozen and shared: every call returns the same array.
 *
 * @returns the municipalities, sorted by code
 * @example
 * const all = finnishMunicipalities();
 * all.length; // 309
 * all[0]; // { code: '005', name: { fi: 'Alajärvi', sv: 'Alajärvi' }, countyId: 'etela-pohjanmaa' }
 * all.filter((m) => m.countyId === undefined).length; // 17: Helsinki and the 16 Åland municipalities
 */
export function finnishMunicipalities(): readonly ReferenceMunicipality[] {
  cache ??= Object.freeze(MUNICIPALITY_ROWS.map(toMunicipality));
  return cache;
}
