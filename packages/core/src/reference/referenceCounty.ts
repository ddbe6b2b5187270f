import type { ReferenceCounty } from './referenceTypes.js';
import { wellbeingCounties } from './wellbeingCounties.js';

// A Map, not an object: an id such as 'constructor' must not find Object.prototype's members.
let byId: ReadonlyMap<string, ReferenceCounty> | undefined;

/**
 * The wellbeing services county with an id from the national reference list.
 *
 * @param id - the county's id (`etela-savo`, `lappi`); the source's letter codes (`ES`) are not ids
 * @returns the county (frozen, shared), or undefined when no county has that id
 * @example
 * referenceCounty('lappi')?.name.fi; // 'Lapin hyvinvointialue'
 * referenceCounty('vantaa-kerava')?.municipalityCodes; // ['092', '245']
 * referenceCounty('ES'); // undefined
 */
export function referenceCounty(id: string): ReferenceCounty | undefined {
  byId ??= new Map(wellbeingCounties().map((county) => [county.id, county]));
  return byId.get(id);
}
