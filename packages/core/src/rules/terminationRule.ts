import type { Agreement, TerminationRule } from '../model/agreement.js';

/**
 * The agreement's termination rule: `termination`, or the deprecated `noticeDeadline` read as a
 * `year-end` rule with that deadline.
 *
 * @param agreement - a validated agreement
 * @returns the rule, or undefined when the agreement states none
 * @example
 * terminationRule({ ...agreement, noticeDeadline: '06-30' }); // { kind: 'year-end', deadline: '06-30' }
 */
export function terminationRule(agreement: Agreement): TerminationRule | undefined {
  if (agreement.termination !== undefined) return agreement.termination;
  if (agreement.noticeDeadline !== undefined) return { kind: 'year-end', deadline: agreement.noticeDeadline };
  return undefined;
}
