import * as z from 'zod/mini';
// Imported by name: `z.core.$ZodError` would pull every zod locale into browser bundles (~78 KB gzip).
import { $ZodError } from 'zod/v4/core';

/** Writes an issue path the way a person reads it: `places[3].activities[0].start`. */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** One line per issue: `agreement.period.end: Not a real calendar date`. */
function describe(issues: readonly z.core.$ZodIssue[], root: string): string {
  return issues.map((issue) => `${formatPath(issue.path, root) || root || '(input)'}: ${issueText(issue)}`).join('\n');
}

/** A short English text for an issue; widgets translate from `code` and the issue's details instead. */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'too_small':
      return `too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `too big (maximum ${String(issue.maximum)})`;
    case 'invalid_format':
      return `invalid ${issue.format}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.code;
  }
}

/**
 * The error every public function throws on invalid input: a `ZodError` (so `instanceof
 * z.core.$ZodError` and `.issues` work as usual) whose message names each field that is wrong.
 */
export class ValidationError extends $ZodError {
  /** The name of the argument that failed (`agreement`). */
  readonly input: string;

  constructor(issues: z.core.$ZodIssue[], input: string) {
    super(issues);
    this.input = input;
    Object.defineProperty(this, 'name', { value: 'ValidationError', enumerable: false });
    Object.defineProperty(this, 'message', { value: describe(issues, input), enumerable: false, writable: true });
  }
}

/**
 * Parses `value` with `schema` or throws a {@link ValidationError} naming `input` and the path.
 *
 * @param schema - the zod schema the value must match
 * @param value - untrusted input
 * @param input - the name to use for the value in messages (`"agreement"`)
 * @returns the parsed value
 * @example
 * parseInput(IsoDate, '2026-02-30', 'noticeDate'); // throws "noticeDate: Not a real calendar date"
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, value: unknown, input: string): z.core.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new ValidationError(result.error.issues as z.core.$ZodIssue[], input);
  return result.data;
}
