import type * as z from 'zod/mini';
// Imported by name: `z.core.$ZodError` would pull every zod locale into browser bundles (~78 KB gzip).
import { $ZodError } from 'zod/v4/core';
import { boundedSafeParse } from './boundedParse.js';

/**
 * Writes an issue path the way a person reads it: `places[3].activities[0].start`.
 *
 * @param path - the keys, as zod gives them
 * @param root - a name to put before them
 * @returns the path; `root` (or `''`) for no keys
 * @example
 * formatPath(['activities', 0, 'start'], 'places[3]'); // 'places[3].activities[0].start'
 */
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
  return issues
    .map((issue) => `${formatPath(issue.path, root) || root || '(input)'}: ${issueLogText(issue)}`)
    .join('\n');
}

/**
 * A short English text for one zod issue, for logs and error messages: the check's own message where
 * the library wrote one (a rule, a format), else a text made from the issue's kind. This is the one
 * place that reads zod's messages, and it only writes them out; user interfaces translate the issue's
 * code instead (`dataIssues`, `dataIssueMessage`).
 *
 * @param issue - a zod issue
 * @returns the text, in English
 * @example
 * issueLogText({ code: 'invalid_type', expected: 'string', path: [], message: 'Invalid input' }); // 'expected string'
 */
export function issueLogText(issue: z.core.$ZodIssue): string {
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
      // A pattern of the library (`matches`) says in its message what it expects.
      return issue.format === 'regex' && issue.message ? issue.message : `invalid ${issue.format}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    case 'custom':
      return issue.message || 'invalid';
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
 * @remarks No input overflows the call stack: should zod run out of it (150,000 wrong values in one
 * list), every list longer than 10,000 items is one `too-many-items` issue and the rest of the value
 * is still checked (`boundedSafeParse`).
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, value: unknown, input: string): z.core.output<S> {
  // Bounded: a list of 150,000 wrong values is one issue, not a stack overflow (issue 14).
  const result = boundedSafeParse(schema, value);
  if (!result.success) throw new ValidationError(result.issues, input);
  return result.data;
}
