// National reference data: Finland's municipalities and wellbeing services counties. The data module
// is large next to the rules, so nothing here is built until a function is called.
export { countyOfMunicipality } from './countyOfMunicipality.js';
export { finnishMunicipalities } from './finnishMunicipalities.js';
export { referenceCounty } from './referenceCounty.js';
export { referenceMunicipality } from './referenceMunicipality.js';
export type { ReferenceCounty, ReferenceMunicipality } from './referenceTypes.js';
export {
  MUNICIPALITY_REFERENCE_SOURCE,
  REFERENCE_VALID_FROM,
  REFERENCE_VINTAGE,
  SAMI_NAMES_SOURCE,
} from './source.js';
export { wellbeingCounties } from './wellbeingCounties.js';
