import type * as z from 'zod/mini';
import type { DataIssue, DataIssueRow } from './dataIssue.js';
import { formatCodeOf } from './formats.js';
import { type DataIssueCode, isDataIssueCode, limitIssueCodes, ruleIssueCodes } from './issueCodes.js';
import { cut, identifyRow, MAX_KEYS, preview, typeOf, valueAt } from './issueValues.js';
import { formatPath } from './parseInput.js';

/** Options of {@link dataIssues}. */
export interface DataIssuesOptions {
  /**
   * Where `data` is in the document, when it is a part of it: `['places', 3]` when one row was
   * validated on its own. Paths and rows are then given from the document's root.
   */
  readonly at?: readonly (string | number)[];
}

type Key = string | number;
type Located = Pick<DataIssue, 'path' | 'keys' | 'row'>;

/**
 * Codes whose issue is a rule across fields: dropped when a field they compare is already wrong. A year
 * outside the supported years is a check of one value (a date, an instant, a year), reported as any
 * format is.
 */
const RULES: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(
  [...ruleIssueCodes, ...limitIssueCodes, 'invalid'].filter((code) => code !== 'year-outside-range'),
);

/**
 * Internal: the path, keys and row of a place in a document, looking the row up in `data` (which is
 * at `at` in the document). A row is the item of a top-level list: keys that start with a name and an
 * index (`groups`, 2).
 */
export function locate(keys: readonly Key[], data: unknown, at: readonly Key[] = []): Located {
  const [section, index] = keys;
  const located = { path: formatPath(keys), keys };
  if (typeof section !== 'string' || typeof index !== 'number') return located;
  // The row is visible when `data` is the document, the list, or the row itself.
  const row = at.length <= 2 ? valueAt(data, [section, index].slice(at.length)).value : undefined;
  const found: DataIssueRow = { section, index, ...identifyRow(row) };
  return { ...located, row: found };
}

/** A union's issue as the issue of the branch that says most, when one does. */
function flatten(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  // One mode or a list of modes, a known kind or a declared one: the branches that list allowed values.
  const values = issue.errors.flatMap((errors) => {
    const only = errors.length === 1 ? errors[0] : undefined;
    return only?.code === 'invalid_value' ? [only] : [];
  });
  const first = values[0];
  if (first === undefined) return issue;
  // A union of literals (`'a' | 'b'`): every branch refuses the same value, so the values add up.
  const all = values.length === issue.errors.length && values.every((v) => v.path.length === 0);
  const inner = all ? { ...first, values: values.flatMap((v) => v.values) } : first;
  return flatten({ ...inner, path: [...issue.path, ...inner.path] });
}

function withReceived(value: unknown): { received?: string } {
  const text = preview(value);
  return text === undefined ? {} : { received: text };
}

/** One zod issue, located, as a coded issue. */
function codedIssue(zodIssue: z.core.$ZodIssue, data: unknown, at: readonly Key[]): DataIssue {
  const issue = flatten(zodIssue);
  const relative = issue.path.filter((key): key is Key => typeof key !== 'symbol');
  const base = locate([...at, ...relative], data, at);
  const { found, value } = valueAt(data, relative);
  switch (issue.code) {
    case 'invalid_type':
      return found
        ? { ...base, code: 'invalid-type', expected: issue.expected, received: typeOf(value) }
        : { ...base, code: 'missing', expected: issue.expected };
    case 'invalid_value':
      return { ...base, code: 'invalid-value', allowed: issue.values.map(String), ...withReceived(value) };
    case 'unrecognized_keys':
      return { ...base, code: 'unknown-field', unknownKeys: issue.keys.slice(0, MAX_KEYS).map(cut) };
    case 'too_small':
      return { ...base, code: 'too-small', expected: String(issue.minimum), origin: issue.origin };
    case 'too_big':
      return { ...base, code: 'too-big', expected: String(issue.maximum), origin: issue.origin };
    case 'not_multiple_of':
      return { ...base, code: 'not-a-multiple', expected: String(issue.divisor), ...withReceived(value) };
    case 'invalid_key':
      return { ...base, code: 'invalid-key' };
    case 'invalid_element':
      return { ...base, code: 'invalid-element', ...withReceived(issue.key) };
    case 'invalid_union': {
      // A discriminated union (a cadence's `kind`) whose discriminator is none of the options.
      const options = 'options' in issue ? issue.options : undefined;
      return Array.isArray(options)
        ? { ...base, code: 'invalid-value', allowed: options.map(String), ...withReceived(value) }
        : { ...base, code: 'no-matching-shape' };
    }
    case 'invalid_format': {
      const code: DataIssueCode | undefined = formatCodeOf(issue);
      return code === undefined
        ? { ...base, code: 'invalid-format', expected: issue.format, ...withReceived(value) }
        : { ...base, code, ...withReceived(value) };
    }
    default: {
      // A check zod cannot express names its code in `params.rule` (`modelRule`).
      const params: Record<string, unknown> = ('params' in issue ? issue.params : undefined) ?? {};
      const rule = params['rule'];
      const expected = typeof params['expected'] === 'string' ? { expected: params['expected'] } : {};
      const allowed = Array.isArray(params['allowed']) ? { allowed: params['allowed'].map(String) } : {};
      // A check may say what it found (`too-many-items`: the count), where the value itself has no preview.
      const received = typeof params['received'] === 'string' ? { received: params['received'] } : withReceived(value);
      const extra = { ...expected, ...allowed, ...received };
      if (isDataIssueCode(rule)) return { ...base, code: rule, ...extra };
      return { ...base, code: 'invalid', ...(typeof rule === 'string' ? { rule } : {}), ...extra };
    }
  }
}

/** The keys of the object that holds the field at `keys`. */
function parentOf(keys: readonly Key[]): string {
  return formatPath(keys.slice(0, -1));
}

/**
 * Internal: drops noise — a second issue of one code at one place (an unreadable date fails both its
 * pattern and the calendar check), and a rule across fields of an object whose fields are already
 * wrong (`9:00` sorts after `12:00`, so "ends before it starts" would be a false alarm).
 */
export function tidyIssues<I extends Pick<DataIssue, 'code' | 'path' | 'keys'>>(issues: readonly I[]): I[] {
  const seen = new Set<string>();
  const broken = new Set(issues.filter((i) => !RULES.has(i.code)).map((i) => parentOf(i.keys)));
  return issues.filter((i) => {
    const key = `${i.code} ${i.path}`;
    if (seen.has(key) || (RULES.has(i.code) && broken.has(parentOf(i.keys)))) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Turns zod's issues about `data` into located, coded issues: each with a readable path and its keys,
 * the row of a top-level list it is in (section, index, id, name), a code (`dataIssueCodes`) and what
 * a sentence needs (expected, allowed, the value found, unknown fields…). Codes come from zod's
 * issue kinds, the library's format table (by pattern, never by message) and a rule's `params.rule`;
 * English messages are never read. Noise is dropped: a repeated code at one place, and a rule across
 * fields whose fields are already wrong. Translate the result with `dataIssueMessage`.
 *
 * @param issues - a `ZodError` or a `ValidationError`, or their `issues`
 * @param data - the value they are about, as it was given (for the rows' ids and the values found)
 * @param options - `at`: where `data` is in the document, when it is only a part of it
 * @returns the issues, in order
 * @example
 * const result = z.safeParse(Region, data); // data: etelaSavo, with groups[2].level 'galactic'
 * if (!result.success) dataIssues(result.error, data);
 * // [{ path: 'groups[2].level', keys: ['groups', 2, 'level'], code: 'invalid-value',
 * //    row: { section: 'groups', index: 2, id: 'lape-enonkoski', name: { fi: 'Enonkosken lasten, …', sv: …, en: … } },
 * //    allowed: ['national', 'county', 'area', 'municipal'], received: 'galactic' }]
 */
export function dataIssues(
  issues: readonly z.core.$ZodIssue[] | { readonly issues: readonly z.core.$ZodIssue[] },
  data: unknown,
  options: DataIssuesOptions = {},
): DataIssue[] {
  const at = options.at ?? [];
  const list = 'issues' in issues ? issues.issues : issues;
  return tidyIssues(list.map((issue) => codedIssue(issue, data, at)));
}
