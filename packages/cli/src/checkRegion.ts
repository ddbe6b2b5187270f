import {
  displayText,
  formatPath,
  labels,
  type PlaceIssue,
  type PlaceIssueCode,
  parseInput,
  type ReferenceIssue,
  Region,
  referenceCounty,
  referenceMunicipality,
  regionReferenceIssues,
  scheduleIssues,
  searchMessages,
  ValidationError,
  type VocabularyKind,
} from '@perhekeskus/core';
import { type CliLanguage, messages } from './messages.js';

/** The result of {@link checkRegion}. */
export interface RegionCheck {
  /** The parsed region, when it matches the schema. */
  readonly region?: Region;
  /** One sentence per problem, naming the row and the field, in input order. */
  readonly problems: string[];
  /**
   * True when a schedule can be made from the region: it matches the schema and every cadence can be
   * expanded. Broken references do not stop a schedule; `validate` reports them.
   */
  readonly schedulable: boolean;
}

type ZodIssue = ValidationError['issues'][number];
type Key = string | number;

/** An issue on its way to a sentence: a code of core's catalogue, or a rule of the model. */
interface Draft {
  readonly path: readonly Key[];
  readonly code: PlaceIssueCode | 'model-rule' | 'no-shape' | 'not-a-municipality';
  readonly expected?: string;
  readonly received?: string;
  readonly keys?: readonly string[];
  /** For `model-rule`: the model's English message, the fallback for a rule without a code. */
  readonly rule?: string;
  /** For `model-rule`: the rule's code (`params.rule`), which is what gets translated. */
  readonly ruleCode?: string;
}

/** The model's rules about meeting-place hours, worded as core's catalogue words them for places. */
const RULES_AS_PLACE_ISSUES: Readonly<Record<string, string>> = {
  'activity-ends-before-start': 'start-before-end',
  'valid-to-before-valid-from': 'valid-from-before-valid-to',
  'exception-hours': 'exception-hours',
};

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
  if (issue.code === 'custom') {
    const rule = (issue as { params?: { rule?: unknown } }).params?.rule;
    // A municipality given by a code that is no municipality (the region's `municipalities[i]`).
    if (rule === 'not-a-municipality' || (rule === undefined && path.length === 2 && path[0] === 'municipalities')) {
      return { path, code: 'not-a-municipality', ...withReceived(value) };
    }
    if (typeof rule === 'string') {
      const expected = RULES_AS_PLACE_ISSUES[rule];
      if (expected !== undefined) return { path, code: 'custom', expected };
      return { path, code: 'model-rule', rule: issue.message, ruleCode: rule };
    }
  }
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
function subjectOf(
  data: unknown,
  path: readonly Key[],
  lang: CliLanguage,
  top: string,
): { subject: string; field: string } {
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
  return { subject: top, field: formatPath(path) };
}

function sentence(data: unknown, path: readonly Key[], text: string, lang: CliLanguage, top?: string): string {
  const { subject, field } = subjectOf(data, path, lang, top ?? messages[lang].regionTop);
  return `${subject}: ${field ? `${searchMessages[lang].field(field)}: ` : ''}${text}`;
}

function draftText(d: Draft, lang: CliLanguage): string {
  const m = messages[lang];
  if (d.code === 'model-rule') {
    // By the rule's code; only the model's older rules without one fall back to their English message.
    const text = (d.ruleCode !== undefined ? m.ruleCodes[d.ruleCode] : undefined) ?? m.modelRules[d.rule ?? ''];
    return `${text ?? d.rule}.`;
  }
  if (d.code === 'no-shape') return m.noMatchingShape;
  if (d.code === 'not-a-municipality') return m.notAMunicipality(d.received ?? '');
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

/** `545 (Närpes)`: a municipality by its code and, where known, its name by the display rule. */
function municipalityLabel(code: string, region: Region, lang: CliLanguage): string {
  const name = region.municipalities.find((m) => m.code === code)?.name ?? referenceMunicipality(code)?.name;
  return name === undefined ? code : `${code} (${displayText(name, lang).text})`;
}

function referenceText(issue: ReferenceIssue, region: Region, lang: CliLanguage): string {
  const m = messages[lang];
  const path = keysOf(issue.path);
  const { value } = at(region, path);
  const text = preview(value) ?? '';
  const say = (sentenceText: string) => sentence(region, path, sentenceText, lang);
  switch (issue.code) {
    case 'unknown-reference':
      return say(issue.path === 'county.nationalId' ? m.unknownCounty(text) : m.unknownReference(text));
    case 'duplicate-id': {
      // The path names the later row; its id (or a municipality's code) is the duplicate.
      const id = isRecord(value) ? preview(value['id'] ?? value['code']) : undefined;
      return say(m.duplicateRegionId(id ?? text));
    }
    case 'mismatch':
      return say(path.at(-1) === 'partyId' ? m.partyNotListed(text) : m.areaMismatch(text));
    case 'cycle': {
      const group = at(region, path.slice(0, 2)).value;
      return say(m.referenceCycle(isRecord(group) ? String(group['id']) : ''));
    }
    case 'unknown-municipality':
      return say(m.notAMunicipality(issue.value ?? text));
    case 'outside-region':
      return say(m.outsideRegion(municipalityLabel(issue.value ?? text, region, lang)));
    case 'outside-county': {
      const county = issue.expected ? referenceCounty(issue.expected) : undefined;
      const own =
        (region.county.nationalId ? referenceCounty(region.county.nationalId)?.name : undefined) ?? region.county.name;
      return say(
        m.outsideCounty(
          municipalityLabel(issue.value ?? text, region, lang),
          county && displayText(county.name, lang).text,
          displayText(own, lang).text,
        ),
      );
    }
    case 'unknown-kind': {
      const which = (issue.expected ?? 'partyKind') as VocabularyKind;
      const allowed = [
        ...Object.keys(labels[which] ?? {}),
        ...(region.vocabulary?.[which]?.map((term) => term.id) ?? []),
      ];
      return say(m.unknownKindValue(issue.value ?? text, m.vocabularyNames[which], allowed));
    }
  }
}

/** Each cadence the schedule engine refuses, as a sentence at the field it names (unless a reference problem already does). */
function scheduleProblems(region: Region, today: string, lang: CliLanguage, named: ReadonlySet<string>): string[] {
  const m = messages[lang];
  return scheduleIssues(region, { today }).flatMap((found) => {
    const paths: readonly PropertyKey[][] =
      found.issues.length > 0 ? found.issues.map((issue) => issue.path) : [keysOf(found.path)];
    return paths.flatMap((issuePath) => {
      const path = issuePath.filter((key): key is Key => typeof key !== 'symbol');
      if (named.has(formatPath(path))) return [];
      const value = preview(at(region, path).value);
      return [sentence(region, path, m.unschedulable(found.period.from, found.period.to, value), lang)];
    });
  });
}

/**
 * Checks a whole file against a schema of core, in the words `checkRegion` uses: each problem names
 * the row by section, index and id (`places[2] (perhekahvila)`) and the field; the model's rules are
 * translated by their code.
 *
 * @param schema - a zod schema of core (`Region`, `PublishedPlaces`)
 * @param data - parsed JSON of unknown shape
 * @param lang - the language of the sentences
 * @param top - how to name the file itself (default: the region description)
 * @returns the parsed value when it matches, else the problems
 * @example
 * checkSchema(PublishedPlaces, { places: [], municipalities: [] }, 'en', 'places.json').problems;
 * // ['places.json: field organisers: a required value is missing …']
 */
export function checkSchema<S extends Parameters<typeof parseInput>[0]>(
  schema: S,
  data: unknown,
  lang: CliLanguage,
  top?: string,
): { value?: ReturnType<typeof parseInput<S>>; problems: string[] } {
  try {
    return { value: parseInput(schema, data, 'file'), problems: [] };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const drafts = tidy(error.issues.map((issue) => draftOf(issue, data)));
    return { problems: drafts.map((d) => sentence(data, d.path, draftText(d, lang), lang, top)) };
  }
}

/**
 * Checks a region description from a file for everything later use would fail on: first the `Region`
 * schema (every problem, each naming the row by section, index and id, and the field; the model's rules
 * translated by their code), then, when the schema holds, its references (`regionReferenceIssues`: ids
 * that point nowhere, duplicates, areas and municipalities that disagree, loops of parent groups,
 * municipalities that are none of Finland's, outside the region or outside its county, kinds no
 * vocabulary knows) and its schedules (`scheduleIssues`: every cadence expanded over the agreements'
 * period). Sentences come from core's catalogue where it has one, else from the command's own.
 *
 * @param data - parsed JSON of unknown shape
 * @param lang - the language of the sentences
 * @param today - `YYYY-MM-DD`, the day of the check (schedules of a region without agreements start then)
 * @returns the region when it matches the schema, the problems (empty when there are none), and
 *   whether a schedule can be made from it
 * @example
 * checkRegion({ ...etelaSavo, groups: [{ ...etelaSavo.groups[0], convener: 'boss' }, ...etelaSavo.groups.slice(1)] }, 'en', '2026-01-01').problems;
 * // ['groups[0] (steering-group): field convener: “boss” is no known role. Allowed: chair, …, or one added to the region's vocabulary.']
 */
export function checkRegion(data: unknown, lang: CliLanguage, today: string): RegionCheck {
  const parsed = checkSchema(Region, data, lang);
  if (parsed.value === undefined) return { problems: parsed.problems, schedulable: false };
  const region = parsed.value;
  const references = regionReferenceIssues(region);
  const problems = references.map((issue) => referenceText(issue, region, lang));
  const unschedulable = scheduleProblems(region, today, lang, new Set(references.map((issue) => issue.path)));
  return { region, problems: [...problems, ...unschedulable], schedulable: unschedulable.length === 0 };
}
