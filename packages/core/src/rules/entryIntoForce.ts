import { Agreement } from '../model/agreement.js';
import type { IsoDate } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { entryIntoForce as trustedEntryIntoForce } from './trusted/entryIntoForce.js';

/**
 * The day the agreement enters into force (astuu voimaan): when every party has signed (001 §24), and
 * never before its period starts. Undefined while that cannot be known or has not happened: a party
 * has not signed or its signature is pending (no date), the party list is `partial`, or there are no
 * parties.
 *
 * @param agreement - the agreement; validated as {@link Agreement}
 * @returns `YYYY-MM-DD`, or undefined
 * @throws {ValidationError} when `agreement` is invalid
 * @example
 * // Period from 2026-01-01; Juva signed 2025-11-20, Mikkeli 2026-02-03.
 * entryIntoForce(agreement); // '2026-02-03'
 * // Mikkeli's signature pending (authorised signer, no date yet):
 * entryIntoForce(pending); // undefined
 */
export function entryIntoForce(agreement: Agreement): IsoDate | undefined {
  return trustedEntryIntoForce(parseInput(Agreement, agreement, 'agreement'));
}
