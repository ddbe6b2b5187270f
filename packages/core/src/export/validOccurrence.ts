import * as z from 'zod/mini';
import { parseInput } from '../model/validation.js';
import { GroupOccurrence, Occurrence } from '../schedule/occurrence.js';
import { toEpochMs } from '../schedule/time/isoFormat.js';

const timesCheck = [
  z.refine<Occurrence>((o) => toEpochMs(o.start) !== undefined, { message: 'Not a real date-time', path: ['start'] }),
  z.refine<Occurrence>((o) => toEpochMs(o.end) !== undefined, { message: 'Not a real date-time', path: ['end'] }),
  z.refine<Occurrence>((o) => (toEpochMs(o.end) ?? 0) > (toEpochMs(o.start) ?? 0), {
    message: 'The occurrence must end after it starts',
    path: ['end'],
  }),
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
