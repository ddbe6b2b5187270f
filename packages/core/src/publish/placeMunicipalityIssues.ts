import { referenceMunicipality } from '../reference/referenceMunicipality.js';

/** Why a meeting place's municipality code is wrong. */
export type PlaceMunicipalityIssueCode = 'unknown-municipality' | 'outside-list';

/** A meeting place whose `municipalityCode` is no municipality of Finland, or not one the file lists. */
export interface PlaceMunicipalityIssue {
  /** Zero-based row in the list. */
  index: number;
  /** `places[3].municipalityCode`. */
  path: string;
  code: PlaceMunicipalityIssueCode;
  /** The code found. */
  value: string;
  /** An English sentence for logs; translate `code`. */
  message: string;
}

/**
 * Checks the municipality codes of meeting places: each must be a municipality of Finland by the
 * national reference data (`unknown-municipality`), and, when the file lists its municipalities (a
 * published `places.json` does), one of them (`outside-list`). The rows are trusted to have a
 * well-formed three-digit code (`validatePlaces` checks the form).
 *
 * @param places - the places, in file order
 * @param listed - the codes the file lists, if it lists any
 * @returns the issues in row order; empty when every code is good
 * @example
 * placeMunicipalityIssues([{ municipalityCode: '681' }, { municipalityCode: '999' }]);
 * // [{ index: 1, path: 'places[1].municipalityCode', code: 'unknown-municipality', value: '999', … }]
 */
export function placeMunicipalityIssues(
  places: readonly { readonly municipalityCode: string }[],
  listed?: readonly string[],
): PlaceMunicipalityIssue[] {
  const known = listed === undefined ? undefined : new Set(listed);
  const issues: PlaceMunicipalityIssue[] = [];
  places.forEach((place, index) => {
    const value = place.municipalityCode;
    const path = `places[${index}].municipalityCode`;
    if (referenceMunicipality(value) === undefined) {
      issues.push({
        index,
        path,
        code: 'unknown-municipality',
        value,
        message: `"${value}" is no municipality of Finland`,
      });
    } else if (known !== undefined && !known.has(value)) {
      issues.push({
        index,
        path,
        code: 'outside-list',
        value,
        message: `municipality ${value} is not in the file's municipalities`,
      });
    }
  });
  return issues;
}
