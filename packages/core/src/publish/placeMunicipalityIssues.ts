import { referenceMunicipality } from '../reference/referenceMunicipality.js';
import type { DataIssue } from '../validation/dataIssue.js';
import { locate } from '../validation/dataIssues.js';

/** Why a meeting place's municipality code is wrong. */
export type PlaceMunicipalityIssueCode = 'unknown-municipality' | 'outside-list';

/**
 * A meeting place whose `municipalityCode` is no municipality of Finland, or not one the file lists:
 * a {@link DataIssue} at `places[i].municipalityCode` with its row and the code found (`received`).
 */
export interface PlaceMunicipalityIssue extends DataIssue {
  /** Zero-based row in the list. */
  readonly index: number;
  readonly code: PlaceMunicipalityIssueCode;
  /**
   * The code found.
   *
   * @deprecated The same as `received`.
   */
  readonly value: string;
  /** An English sentence for logs; translate `code` (`dataIssueMessage`). */
  readonly message: string;
}

/**
 * Checks the municipality codes of meeting places: each must be a municipality of Finland by the
 * national reference data (`unknown-municipality`), and, when the file lists its municipalities (a
 * published `places.json` does), one of them (`outside-list`). The rows are trusted to have a
 * well-formed three-digit code (`checkPlaces` checks the form); their `id` and `name`, when they have
 * them, name the row in sentences.
 *
 * @param places - the places, in file order
 * @param listed - the codes the file lists, if it lists any
 * @returns the issues in row order; empty when every code is good
 * @example
 * placeMunicipalityIssues([{ municipalityCode: '681' }, { municipalityCode: '999' }]);
 * // [{ index: 1, path: 'places[1].municipalityCode', code: 'unknown-municipality', received: '999', … }]
 */
export function placeMunicipalityIssues(
  places: readonly { readonly municipalityCode: string }[],
  listed?: readonly string[],
): PlaceMunicipalityIssue[] {
  const known = listed === undefined ? undefined : new Set(listed);
  const issues: PlaceMunicipalityIssue[] = [];
  places.forEach((place, index) => {
    const value = place.municipalityCode;
    const at = { ...locate(['places', index, 'municipalityCode'], places, ['places']), index, value, received: value };
    if (referenceMunicipality(value) === undefined) {
      issues.push({ ...at, code: 'unknown-municipality', message: `"${value}" is no municipality of Finland` });
    } else if (known !== undefined && !known.has(value)) {
      issues.push({ ...at, code: 'outside-list', message: `municipality ${value} is not in the file's municipalities` });
    }
  });
  return issues;
}
