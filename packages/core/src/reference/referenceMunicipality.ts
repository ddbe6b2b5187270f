import { finnishMunicipalities } from './finnishMunicipalities.js';
import type { ReferenceMunicipality } from './referenceTypes.js';

// A Map, not an object: a code such as 'constructor' must not find Object.prototype's members.
let byCode: ReadonlyMap<string, ReferenceMunicipality> | undefined;

/**
 * The municipality with an official three-digit code, from the national reference list.
 *
 * @param code - the municipality code, three digits with leading zeros (`091`, not `91`)
 * @returns the municipality (frozen, shared), or undefined when no municipality has that code
 * @example
 * referenceMunicipality('545')?.name; // { fi: 'Närpiö', sv: 'Närpes' }
 * referenceMunicipality('148')?.name.smn; // 'Aanaar' (Inari in Inari Sámi)
 * referenceMunicipality('091')?.countyId; // undefined: Helsinki belongs to no wellbeing services county
 * referenceMunicipality('91'); // undefined
 */
export function referenceMunicipality(code: string): ReferenceMunicipality | undefined {
  byCode ??= new Map(finnishMunicipalities().map((municipality) => [municipality.code, municipality]));
  return byCode.get(code);
}
