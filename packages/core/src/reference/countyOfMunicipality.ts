import { referenceCounty } from './referenceCounty.js';
import { referenceMunicipality } from './referenceMunicipality.js';
import type { ReferenceCounty } from './referenceTypes.js';

/**
 * The wellbeing services county a municipality belongs to.
 *
 * @param code - the municipality's three-digit code
 * @returns the county (frozen, shared); undefined for Helsinki and the Åland municipalities, which
 *   belong to none, and for a code no municipality has
 * @example
 * countyOfMunicipality('681')?.id; // 'etela-savo' (Rantasalmi)
 * countyOfMunicipality('499')?.name.sv; // 'Österbottens välfärdsområde' (Mustasaari/Korsholm)
 * countyOfMunicipality('091'); // undefined: Helsinki organises its own services
 */
export function countyOfMunicipality(code: string): ReferenceCounty | undefined {
  const countyId = referenceMunicipality(code)?.countyId;
  return countyId === undefined ? undefined : referenceCounty(countyId);
}
