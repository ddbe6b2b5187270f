import type { DataIssueCode } from '../validation/issueCodes.js';

/**
 * What the time functions throw for an argument they cannot read as a time: a plain `RangeError`
 * with the argument's name and an issue code, so a browser bundle that only reads times pays for no
 * schema library. The message reads like a `ValidationError`'s (`instant: Not a real date-time`).
 *
 * @example
 * try {
 *   helsinkiDateTimeParts('2026-02-30T09:00:00+02:00');
 * } catch (error) {
 *   if (error instanceof TimeInputError) error.code; // 'invalid-date-time'
 * }
 */
export class TimeInputError extends RangeError {
  /** The name of the argument that failed (`instant`, `now`). */
  readonly input: string;
  /** Why, as a code a user interface can translate. */
  readonly code: DataIssueCode;

  /**
   * @param input - the argument's name
   * @param code - the issue code
   * @param message - a short English sentence for logs
   */
  constructor(input: string, code: DataIssueCode, message: string) {
    super(`${input}: ${message}`);
    this.input = input;
    this.code = code;
    Object.defineProperty(this, 'name', { value: 'TimeInputError', enumerable: false });
  }
}

/**
 * The epoch milliseconds of a valid `Date`, or throws.
 *
 * @param value - what the caller passed
 * @param input - the argument's name, for the error
 * @returns milliseconds since the epoch
 * @throws {TimeInputError} `invalid-type` when `value` is not a `Date` or is an invalid one
 */
export function dateMs(value: unknown, input: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new TimeInputError(input, 'invalid-type', 'Expected a valid Date');
  return ms;
}
