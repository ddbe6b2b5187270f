import {
  formatPath,
  type PlaceIssue,
  type PlaceIssueCode,
  parseInput,
  type ReferenceIssue,
  Region,
  regionReferenceIssues,
  searchMessages,
  ValidationError,
} from '@perhekeskus/core';
import { type CliLanguage, messages } from './messages.js';

/** The result of {@link checkRegion}. */
export interface RegionCheck {
  /** The parsed region, when it matches the schema. */
  readonly region?: Region;
  /** One sentence per problem, naming the row and the field, in input order. */
  readonly problems: string[];
}

type ZodIssue = ValidationError['issues'][number];
type Key = string | number;

/** An issue on its way to a sentence: a code of core's catalogue, or a rule of the model. */
interface Draft {
  readonly path: readonly Key[];
  readonly code: PlaceIssueCode | 'model-rule' | 'no-shape';
  readonly expected?: string;
  readonly received?: string;
  readonly keys?: readonly string[];
  /** For `model-rule`: the model's English message. */
  readonly rule?: string;
}

/**
 * What the model's own messages mean, so they read like core's sentences about meeting places
 * (the same table as core's `validatePlaces`, src/model/common.ts and meeting-place.ts).
 */
const KNOWN: Readonly<Record<string, { code: PlaceIssueCode; expected?: string }>> = {
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

const MAX_TEXT = 100;
const cut = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The value at `path` inside `root` (own properties only); `found` is false when a key is absent. */
function at(root: unknown, path: readonly Key[]): { found: boolean; value: unknown } {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return { found: false, value };
    value = (value as Record<Key, unknown>)[key];
  }
  return { found: true, value };
}

/** A primitive value as plain text for a message; undefined for objects and lists. */
function preview(value: unknown): string | undefined {
  if (typeof value === 'string') return cut(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

const withReceived = (value: unknown) => {
  const text = preview(value);
  return text === undefined ? {} : { received: text };
};

/** One zod issue about the region as a draft (as core's `issueFromZod` does for a row of places). */
function draftOf(issue: ZodIssue, data: unknown): Draft {
  const path = issue.path.filter((key): key is Key => typeof key !== 'symbol');
  const { found, value } = at(data, path);
  const known = KNOWN[issue.message];
  switch (issue.code) {
    case 'invalid_type':
      return found
        ? { path, code: 'invalid-type', expected: issue.expected, received: typeOf(value) }
        : { path, code: 'missing', expected: issue.expected };
    case 'invalid_value':
      return { path, code: 'invalid-value', expected: issue.values.map(String).join(', '), ...withReceived(value) };
    case 'unrecognized_keys':
      return { path, code: 'unknown-field', keys: issue.keys.slice(0, 20).map(cut) };
    case 'too_small':
      return { path, code: 'too-small', expected: String(issue.minimum), received: issue.origin };
    case 'too_big':
      return { path, code: 'too-big', expected: String(issue.maximum), received: issue.origin };
    case 'invalid_union': {
      // A discriminated union (a cadence's `kind`) whose discriminator is none of the options.
      const options = (issue as { options?: unknown }).options;
      if (Array.isArray(options)) {
        return { path, code: 'invalid-value', expected: options.map(String).join(', '), ...withReceived(value) };
      }
      return { path, code: 'no-shape' };
    }
    case 'invalid_format': {
      const expected = known?.expected ?? (['url', 'email'].includes(issue.format) ? issue.format : undefined);
      return {
        path,
        code: known?.code ?? 'invalid-format',
        ...(expected ? { expected } : {}),
        ...withReceived(value),
      };
    }
    default:
      if (known) {
        return {
          path,
          code: known.code,
          ...(known.expected ? { expected: known.expected } : {}),
          ...(known.code === 'custom' ? {} : withReceived(value)),
        };
      }
      return { path, code: 'model-rule', rule: issue.message };
  }
}

/**
 * Drops noise, as core does for rows of places: a second issue of one code on one field, and a rule
 * across fields of an object whose fields are already wrong.
 */
function tidy(drafts: readonly Draft[]): Draft[] {
  const parent = (d: Draft) => formatPath(d.path.slice(0, -1));
  const isRule = (d: Draft) => d.code === 'custom' || d.code === 'model-rule';
  const broken = new Set(drafts.filter((d) => !isRule(d)).map(parent));
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.code} ${formatPath(d.path)}`;
    if (seen.has(key) || (isRule(d) && broken.has(parent(d)))) return false;
    seen.add(key);
    return true;
  });
}

/** `groups[2] (steering-group)` and the field below the row, or the region itself and the path. */
function subjectOf(data: unknown, path: readonly Key[], lang: CliLanguage): { subject: string; field: string } {
  const m = messages[lang];
  const [section, index] = path;
  if (typeof section === 'string' && typeof index === 'number') {
    const row = at(data, [section, index]).value;
    const id = isRecord(row) ? (row['id'] ?? row['code']) : undefined;
    return {
      subject: m.regionRow(section, index, typeof id === 'string' ? cut(id) : undefined),
      field: formatPath(path.slice(2)),
    };
  }
  return { subject: m.regionTop, field: formatPath(path) };
}

function sentence(data: unknown, path: readonly Key[], text: string, lang: CliLanguage): string {
  const { subject, field } = subjectOf(data, path, lang);
  return `${subject}: ${field ? `${searchMessages[lang].field(field)}: ` : ''}${text}`;
}

function draftText(d: Draft, lang: CliLanguage): string {
  const m = messages[lang];
  if (d.code === 'model-rule') return `${m.modelRules[d.rule ?? ''] ?? d.rule}.`;
  if (d.code === 'no-shape') return m.noMatchingShape;
  const issue: Omit<PlaceIssue, 'message'> = {
    path: formatPath(d.path),
    code: d.code,
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
    ...(d.received !== undefined ? { received: d.received } : {}),
    ...(d.keys !== undefined ? { keys: d.keys } : {}),
  };
  return searchMessages[lang].codes[d.code](issue);
}

/** `people[5].partyId` → `['people', 5, 'partyId']`. */
function keysOf(path: string): Key[] {
  const keys: Key[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    keys.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return keys;
}

function referenceText(issue: ReferenceIssue, region: Region, lang: CliLanguage): string {
  const m = messages[lang];
  const path = keysOf(issue.path);
  const { value } = at(region, path);
  const text = preview(value) ?? '';
  switch (issue.code) {
    case 'unknown-reference':
      return sentence(region, path, m.unknownReference(text), lang);
    case 'duplicate-id': {
      // The path names the later row; its id (or a municipality's code) is the duplicate.
      const id = isRecord(value) ? preview(value['id'] ?? value['code']) : undefined;
      return sentence(region, path, m.duplicateRegionId(id ?? ''), lang);
    }
    case 'mismatch':
      return sentence(region, path, path.at(-1) === 'partyId' ? m.partyNotListed(text) : m.areaMismatch(text), lang);
    case 'cycle': {
      const group = at(region, path.slice(0, 2)).value;
      return sentence(region, path, m.referenceCycle(isRecord(group) ? String(group['id']) : ''), lang);
    }
  }
}

/**
 * Checks a region description from a file: first against the `Region` schema (every problem, each
 * naming the row by section, index and id, and the field), then, when the schema holds, its
 * references (`regionReferenceIssues`: ids that point nowhere, duplicates, areas and municipalities
 * that disagree, loops of parent groups). Sentences come from core's catalogue where it has one.
 *
 * @param data - parsed JSON of unknown shape
 * @param lang - the language of the sentences
 * @returns the region when it matches the schema, and the problems (empty when there are none)
 * @example
 * checkRegion({ ...etelaSavo, groups: [{ ...etelaSavo.groups[0], convener: 'boss' }, ...etelaSavo.groups.slice(1)] }, 'en').problems;
 * // ['groups[0] (steering-group): field convener: the value “boss” is not allowed. Allowed values: chair, …']
 */
export function checkRegion(data: unknown, lang: CliLanguage): RegionCheck {
  let region: Region;
  try {
    region = parseInput(Region, data, 'region');
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const drafts = tidy(error.issues.map((issue) => draftOf(issue, data)));
    return { problems: drafts.map((d) => sentence(data, d.path, draftText(d, lang), lang)) };
  }
  return { region, problems: regionReferenceIssues(region).map((issue) => referenceText(issue, region, lang)) };
}
