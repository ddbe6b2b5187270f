import { referenceMunicipality } from '../reference/index.js';
import { MUNICIPALITY_REFERENCE_SOURCE } from '../reference/source.js';
import type { Municipality } from './place.js';

/**
 * A municipality given by its code alone, as a full row: its names from the national reference data
 * (Finnish, Swedish and, in the Sámi homeland, Sámi), no centre point, and the region's county.
 *
 * @param code - a three-digit municipality code
 * @returns the municipality, or undefined when the code is no municipality of Finland
 * @example
 * municipalityFromReference('545')?.name; // { fi: 'Närpiö', sv: 'Närpes' }
 * municipalityFromReference('999'); // undefined
 */
export function municipalityFromReference(code: string): Municipality | undefined {
  const found = referenceMunicipality(code);
  if (found === undefined) return undefined;
  return { code: found.code, name: { ...found.name }, source: { ...MUNICIPALITY_REFERENCE_SOURCE } };
}
