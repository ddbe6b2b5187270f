import * as z from 'zod/mini';
import { formatPath } from '../model/validation.js';
import { MeetingPlace } from '../model/meeting-place.js';
import { placeIssueMessage } from './placeIssueMessage.js';
import type { PlaceIssue, PlaceIssueCode } from './placeIssue.js';

/** The result of {@link validatePlaces}. */
export interface PlaceValidation {
  /** The valid rows, parsed, in input order (first of each id only). */
  readonly places: MeetingPlace[];
  /** Every problem found, in input order. */
  readonly issues: PlaceIssue[];
  /** True when nothing could be read at all: the input is not a list of places. */
  readonly fatal: boolean;
}

type Draft = Omit<PlaceIssue, 'message'>;

const MAX_TEXT = 100;
const MAX_KEYS = 20;
const LIST_KEYS = new Set(['$schema', 'places']);

/**
 * What the model's own messages mean, so a widget can translate them (src/model/common.ts,
 * meeting-place.ts). A message not listed falls back to the zod code.
 */
const MODEL_MESSAGES: Record<string, { code: PlaceIssueCode; expected?: string }> = {
  'Expected a date as YYYY-MM-DD': { code: 'invalid-date' },
  'Not a real calendar date': { code: 'invalid-date' },
  'Expected a time as HH:mm': { code: 'invalid-time' },
  'Expected an id of a-z, 0-9 and hyphens': { code: 'invalid-format', expected: 'id' },
  'Expected a three-digit municipality code': { code: 'invalid-format', expected: 'municipality-code' },
  'Expected an ISO 639 language code': { code: 'invalid-format', expected: 'language-code' },
  'Expected a five-digit postal code': { code: 'invalid-format', expected: 'postal-code' },
  'Expected a phone number': { code: 'invalid-format', expected: 'phone' },
  'The activity ends before it starts': { code: 'custom', expected: 'start-before-end' },
  'validTo is before validFrom': { code: 'custom', expected: 'valid-from-before-valid-to' },
  'An open exception needs start and end, start before end': { code: 'custom', expected: 'exception-hours' },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** A short plain-text view of a primitive value; undefined for objects and lists. */
function preview(value: unknown): string | undefined {
  if (typeof value === 'string') return cut(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The value at `path` inside `root`, following own properties only; `found` is false when a key is absent. */
function at(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key))
      return { found: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value };
}

function withMessage(draft: Draft): PlaceIssue {
  return { ...draft, message: placeIssueMessage(draft, 'en') };
}

/** Turns one zod issue about row `index` into a {@link PlaceIssue} draft. */
function fromZod(issue: z.core.$ZodIssue, row: unknown, base: Pick<Draft, 'index' | 'placeId' | 'placeName'>): Draft {
  const path = formatPath([base.index ?? 0, ...issue.path], 'places');
  const { found, value } = at(row, issue.path);
  const draft = { ...base, path };
  const known = MODEL_MESSAGES[issue.message];
  switch (issue.code) {
    case 'invalid_type':
      return found
        ? { ...draft, code: 'invalid-type', expected: issue.expected, received: typeOf(value) }
        : { ...draft, code: 'missing', expected: issue.expected };
    case 'invalid_value':
      return {
        ...draft,
        code: 'invalid-value',
        expected: issue.values.map(String).join(', '),
        ...(preview(value) !== undefined ? { received: preview(value) } : {}),
      };
    case 'unrecognized_keys':
      return { ...draft, code: 'unknown-field', keys: issue.keys.slice(0, MAX_KEYS).map(cut) };
    case 'too_small':
    case 'too_big':
      return {
        ...draft,
        code: issue.code === 'too_small' ? 'too-small' : 'too-big',
        expected: String(issue.code === 'too_small' ? issue.minimum : issue.maximum),
        received: issue.origin,
      };
    case 'invalid_format': {
      const received = preview(value);
      const expected = known?.expected ?? (['url', 'email'].includes(issue.format) ? issue.format : undefined);
      return {
        ...draft,
        code: known?.code ?? 'invalid-format',
        ...(expected ? { expected } : {}),
        ...(received !== undefined ? { received } : {}),
      };
    }
    default: {
      const received = preview(value);
      if (known?.code === 'invalid-date') return { ...draft, code: 'invalid-date', ...(received ? { received } : {}) };
      return { ...draft, code: 'custom', ...(known?.expected ? { expected: known.expected } : {}) };
    }
  }
}

/** The path of the object holding the field at `path` (`places[3].activities[0]`). */
function parentOf(path: string): string {
  return path.replace(/(\.[^.[]+|\[\d+\])$/, '');
}

/**
 * Drops noise: a second issue of the same code on the same field (an unreadable date fails both
 * the format and the calendar check), and a cross-field rule on an object whose fields are already
 * wrong (`9:00` sorts after `12:00`, so "ends before it starts" would be a false alarm).
 */
function tidy(drafts: Draft[]): Draft[] {
  const seen = new Set<string>();
  const broken = new Set(drafts.filter((d) => d.code !== 'custom').map((d) => parentOf(d.path)));
  return drafts.filter((d) => {
    const key = `${d.code} ${d.path}`;
    if (seen.has(key) || (d.code === 'custom' && broken.has(parentOf(d.path)))) return false;
    seen.add(key);
    return true;
  });
}

/** The row's id and name for messages, when they are strings. */
function identify(row: unknown, index: number): Pick<Draft, 'index' | 'placeId' | 'placeName'> {
  if (!isRecord(row)) return { index };
  const id = Object.hasOwn(row, 'id') ? row['id'] : undefined;
  const name = Object.hasOwn(row, 'name') ? row['name'] : undefined;
  let placeName: unknown;
  if (typeof name === 'string') placeName = name;
  else if (isRecord(name))
    placeName = [name['fi'], name['sv'], name['en']].find((n) => typeof n === 'string' && n.trim());
  return {
    index,
    ...(typeof id === 'string' && id ? { placeId: cut(id) } : {}),
    ...(typeof placeName === 'string' ? { placeName: cut(placeName.trim()) } : {}),
  };
}

/**
 * Checks meeting-place data from outside (a `places.json` the widget fetched, a file an editor
 * uploaded) row by row, keeping every valid row and saying precisely what is wrong with the others.
 * Accepts a `MeetingPlaceList` (`{ places: [...] }`, optionally with `$schema`) or a bare array.
 * Each row is validated on its own with `MeetingPlace`, so one bad row never hides the good ones;
 * a later row reusing an id is dropped (`duplicate-id`) and the first kept. Problems with the list
 * object itself (an unknown top-level field, a non-string `$schema`) are reported without dropping
 * rows. `fatal` is true only when the input holds no list of places at all. Hostile text stays
 * inert data: nothing is evaluated, and values quoted in issues are cut to 100 characters.
 *
 * @param input - parsed JSON of unknown shape
 * @returns the valid places, the issues (see `placeIssueCodes`) and whether the input was unusable
 * @example
 * const { places, issues } = validatePlaces([validPlace, { ...validPlace, id: 'b', weekday: 9 }]);
 * // places: [validPlace]; issues[0]: { index: 1, path: 'places[1]', code: 'unknown-field', keys: ['weekday'], … }
 */
export function validatePlaces(input: unknown): PlaceValidation {
  const issues: PlaceIssue[] = [];
  let rows: readonly unknown[];
  if (Array.isArray(input)) {
    rows = input;
  } else if (isRecord(input) && Object.hasOwn(input, 'places') && Array.isArray(input['places'])) {
    rows = input['places'];
    const unknown = Object.keys(input).filter((key) => !LIST_KEYS.has(key));
    if (unknown.length > 0) {
      issues.push(withMessage({ path: '', code: 'unknown-field', keys: unknown.slice(0, MAX_KEYS).map(cut) }));
    }
    if (Object.hasOwn(input, '$schema') && typeof input['$schema'] !== 'string') {
      issues.push(
        withMessage({ path: '$schema', code: 'invalid-type', expected: 'string', received: typeOf(input['$schema']) }),
      );
    }
  } else {
    const path = isRecord(input) && Object.hasOwn(input, 'places') ? 'places' : '';
    issues.push(
      withMessage({ path, code: 'not-a-list', received: typeOf(isRecord(input) && path ? input['places'] : input) }),
    );
    return { places: [], issues, fatal: true };
  }

  const places: MeetingPlace[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const base = identify(row, index);
    if (!isRecord(row)) {
      issues.push(
        withMessage({
          ...base,
          path: `places[${index}]`,
          code: 'invalid-type',
          expected: 'object',
          received: typeOf(row),
        }),
      );
      return;
    }
    const result = z.safeParse(MeetingPlace, row);
    if (!result.success) {
      for (const draft of tidy(result.error.issues.map((issue) => fromZod(issue as z.core.$ZodIssue, row, base)))) {
        issues.push(withMessage(draft));
      }
      return;
    }
    if (seen.has(result.data.id)) {
      issues.push(
        withMessage({ ...base, path: `places[${index}].id`, code: 'duplicate-id', received: cut(result.data.id) }),
      );
      return;
    }
    seen.add(result.data.id);
    places.push(result.data);
  });
  return { places, issues, fatal: false };
}
