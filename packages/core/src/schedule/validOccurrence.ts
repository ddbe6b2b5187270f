import * as z from 'zod/mini';
import { parseInput } from '../validation/parseInput.js';
import { GroupOccurrence, Occurrence } from './occurrence.js';
import { toEpochMs } from '../time/isoFormat.js';
import { modelRule } from '../validation/modelRule.js';

// `start` and `end` are `Instant`s: real, and in the supported years; here only their order is checked.
const timesCheck = [
  z.refine<Occurrence>(
    (o) => (toEpochMs(o.end) ?? 0) > (toEpochMs(o.start) ?? 0),
    modelRule('occurrence-ends-before-start', 'The occurrence must end after it starts', ['end']),
  ),
] as const;

const ValidOccurrence = Occurrence.check(...timesCheck);
const ValidGroupOccurrence = GroupOccurrence.check(...timesCheck);

/**
 * Validates one occurrence, as a `GroupOccurrence` when it carries a `groupId`, else as an
 * `Occurrence` (choosing the schema first gives field-level messages rather than "no union member"),
 * and checks that its times are real and in order.
 *
 * @param value - untrusted input
 * @param input - the name for messages (`occurrences[3]`)
 * @returns the parsed occurrence
 * @throws {ValidationError} naming the field
 * @example
 * parseOccurrence({ start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T08:00:00+02:00', mode: 'remote' }, 'o');
 * // throws "o.end: The occurrence must end after it starts"
 */
export function parseOccurrence(value: unknown, input: string): Occurrence | GroupOccurrence {
  const tagged = typeof value === 'object' && value !== null && 'groupId' in value;
  return tagged ? parseInput(ValidGroupOccurrence, value, input) : parseInput(ValidOccurrence, value, input);
}
