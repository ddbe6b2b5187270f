import * as z from 'zod/mini';
import { Id, IsoDate } from '../model/common.js';
import { ValidationError } from '../validation/parseInput.js';
import { modelRule } from '../validation/modelRule.js';
import { type DataIssueCode } from '../validation/issueCodes.js';
import { SUPPORTED_YEARS } from '../validation/supportedYears.js';

/**
 * The years a schedule may cover: the supported years of the whole model (`IsoDate`, `Instant` and
 * `Year` accept no other). The holiday rules hold for 1900–2200, but before May 1921 Helsinki kept
 * local mean time (UTC+01:39:49), which an ISO offset of whole minutes cannot express.
 */
export const SCHEDULE_YEARS = SUPPORTED_YEARS;

/** A `YYYY-MM-DD` date in the years a schedule may cover (every `IsoDate` is). */
const ScheduleDate = IsoDate;

const fromNotAfterTo = modelRule('to-before-from', 'to is before from', ['to']);

/** A closed range of days, `from` and `to` inclusive (`YYYY-MM-DD`), within 1922–2200. */
export const SchedulePeriod = z
  .strictObject({ from: ScheduleDate, to: ScheduleDate })
  .check(z.refine((p) => p.from <= p.to, fromNotAfterTo));
export type SchedulePeriod = z.infer<typeof SchedulePeriod>;

/** A period and, optionally, the ids of the groups to include (all groups when absent). */
export const ScheduleQuery = z
  .strictObject({ from: ScheduleDate, to: ScheduleDate, groups: z.optional(z.array(Id)) })
  .check(z.refine((p) => p.from <= p.to, fromNotAfterTo));
export type ScheduleQuery = z.infer<typeof ScheduleQuery>;

/** Where a value sits in the caller's input, for error messages (`region`, `['groups', 3, 'cadence']`). */
export interface InputPath {
  readonly input: string;
  readonly path: readonly PropertyKey[];
}

/**
 * Throws a {@link ValidationError} for a rule zod cannot see (it depends on several fields).
 *
 * @param where - the argument and the path of the value
 * @param field - the field under that path that is wrong
 * @param rule - the issue's code, and what was expected when the code's sentence needs it
 * @param message - what is wrong, in English for logs
 * @param value - the offending value
 * @returns never
 * @example
 * invalid({ input: 'query', path: ['groups'] }, 0, { code: 'unknown-reference', expected: 'group' }, 'no group with this id', 'x');
 * // throws "query.groups[0]: no group with this id"
 */
export function invalid(
  where: InputPath,
  field: string | number,
  rule: { readonly code: DataIssueCode; readonly expected?: string },
  message: string,
  value: unknown,
): never {
  const params = { rule: rule.code, ...(rule.expected === undefined ? {} : { expected: rule.expected }) };
  throw new ValidationError(
    [{ code: 'custom', path: [...where.path, field], message, params, input: value }],
    where.input,
  );
}
