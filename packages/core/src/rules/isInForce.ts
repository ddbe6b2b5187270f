import { Agreement } from '../model/agreement.js';
import { IsoDate } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { entryIntoForce } from './entryIntoForce.js';
import { partiesOn } from './partiesOn.js';

/**
 * Whether a cooperation agreement is in force (voimassa) on a day: it has entered into force on or
 * before that day (`entryIntoForce`: every party has signed, 001 §24, and the period has started),
 * the period has not ended (an agreement until further notice has no end), and at least one party
 * has not left it by notice (`partiesOn`). An agreement whose `partyList` is `partial`, or that has a
 * party whose signature is missing or pending, is not reported in force: nobody can tell whether all
 * have signed.
 * @param agreement - the agreement; validated as {@link Agreement}
 * @param date - the day asked about, `YYYY-MM-DD`
 * @returns true when the agreement binds its parties on `date`
 * @throws {ValidationError} when `agreement` or `date` is invalid; the message names the field
 * @example
 * const agreement: Agreement = {
 *   id: 'es-2026-2029', countyId: 'eloisa', title: { fi: 'Perhekeskustoiminnan yhteistyösopimus' },
 *   period: { start: '2026-01-01', end: '2029-12-31' },
 *   parties: ['juva', 'mikkeli'], partyList: 'complete',
 *   decisions: [], backgroundDocuments: [], source: { document: '000_a8f13f1475d46feb.txt' },
 *   signatures: [
 *     { partyId: 'juva', date: '2025-11-20', source: { document: '000_a8f13f1475d46feb.txt' } },
 *     { partyId: 'mikkeli', date: '2026-02-03', source: { document: '000_a8f13f1475d46feb.txt' } },
 *   ],
 * };
 * isInForce(agreement, '2026-02-02'); // false: Mikkeli has not signed yet
 * isInForce(agreement, '2026-02-03'); // true
 * isInForce(agreement, '2030-01-01'); // false: the period has ended
 */
export function isInForce(agreement: Agreement, date: string): boolean {
  const parsed = parseInput(Agreement, agreement, 'agreement');
  const day = parseInput(IsoDate, date, 'date');
  const entry = entryIntoForce(parsed);
  if (entry === undefined || day < entry) return false;
  if (parsed.period.end !== undefined && day > parsed.period.end) return false;
  return (parsed.notices ?? []).length === 0 || partiesOn(parsed, day).length > 0;
}
