import type { DataIssueCode } from './issueCodes.js';

/**
 * The options of a check that zod cannot express by itself (`z.refine`): an English message for
 * logs, and a code in `params.rule` that `dataIssues` reports and a user interface translates (never
 * the message). The library's own checks use a {@link DataIssueCode}; a code of your own comes back
 * as `invalid` with the code in `rule`.
 *
 * @param code - the rule's code, such as `period-ends-before-start`
 * @param message - a short English sentence for logs
 * @param path - where the issue belongs, relative to the checked value (default: the value itself)
 * @returns options for `z.refine`
 * @example
 * z.refine((p) => p.from <= p.to, modelRule('to-before-from', 'to is before from', ['to']));
 */
export function modelRule(code: DataIssueCode | (string & {}), message: string, path?: PropertyKey[]) {
  return { message, params: { rule: code }, ...(path === undefined ? {} : { path }) };
}
