// The door check for year-clock data from outside (a `src`, the `rings` property): core's schemas and
// validators, with coded issues worded by core's one catalogue (`dataIssues`, `dataIssueMessage`).
// Imported dynamically by `year-clock.data.ts`, so a page that shows only the built-in data (validated
// when it was built) never downloads it.
import {
  type CalendarEntry,
  checkCalendarEntries,
  type DataIssue,
  type DataIssueMessageOptions,
  dataIssueMessage,
  dataIssueRowName,
  dataIssues,
  type IssueDocument,
  type Locale,
  LocalizedText,
  PublishManifest,
  parseInput,
  ValidationError,
  YearClockRing,
} from '@perhekeskus/core';
import type { DataProblems } from './year-clock.data.js';

/** One problem found at the door: a coded issue of core, with the published file it is in. */
export interface DoorIssue {
  readonly file?: string;
  /** What the file holds, to name it when the issue is in no row and there is no file name. */
  readonly document?: IssueDocument;
  readonly issue: DataIssue;
}

type Key = string | number;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A ring as an issue names it: `Kehä 2 (”Kokoukset”)`; its label when it has one, else its id. */
const RING: Record<Locale, (n: number, name: string | undefined) => string> = {
  fi: (n, name) => `Kehä ${n}${name ? ` (”${name}”)` : ''}`,
  sv: (n, name) => `Ring ${n}${name ? ` (”${name}”)` : ''}`,
  en: (n, name) => `Ring ${n}${name ? ` (“${name}”)` : ''}`,
};

/** `['entries', 0, 'title']` → `entries[0].title`. */
function pathOf(keys: readonly Key[]): string {
  return keys.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : String(key)),
    '',
  );
}

/**
 * A problem as one sentence in the widget's language, by its code from core's one catalogue: the file
 * first, then the row (in the page's language when the data names it), the field and what is wrong.
 *
 * @param door - a problem the door check found
 * @param locale - the interface language
 * @returns plain text (names and values from the data included: insert it as text, never as HTML)
 * @example
 * issueSentence({ file: 'year-clocks/x.json', issue: { path: 'rings[0].id', keys: ['rings', 0, 'id'],
 *   code: 'invalid-id', received: 'Not An Id', row: { section: 'rings', index: 0, name: { en: 'Meetings' } } } }, 'en');
 * // 'year-clocks/x.json: Ring 1 (“Meetings”): field id: an id may contain only lower-case letters a–z, digits 0–9 and hyphens (e.g. perhekahvila-juva); got “Not An Id”.'
 */
export function issueSentence({ file, document, issue }: DoorIssue, locale: Locale): string {
  const { row } = issue;
  if (row?.section === 'rings') {
    // Core's catalogue names places and events; a ring is named here, as the others name their rows:
    // by its number and its label in the page's language (else its id), the field within it after.
    const name = dataIssueRowName(row, locale)?.text;
    const subject = RING[locale](row.index + 1, name ?? row.id);
    const path = pathOf(issue.keys.slice(2));
    const text = dataIssueMessage({ ...issue, row: undefined, path }, locale, { subject });
    return file !== undefined ? `${file}: ${text}` : text;
  }
  // An issue about the whole file is named by the file; one in a row by the file and the row.
  const options: DataIssueMessageOptions =
    file !== undefined && row === undefined ? { subject: file } : { document: document ?? 'data' };
  const text = dataIssueMessage(issue, locale, options);
  return file !== undefined && issue.row !== undefined ? `${file}: ${text}` : text;
}

/**
 * Checks the data of one load at the door, collecting every problem: a manifest, files of rings,
 * calendar files. Valid parts are kept, so one bad ring or entry does not blank the clock.
 */
export class DoorCheck {
  private readonly _issues: DoorIssue[] = [];

  private _push(issues: readonly DataIssue[], file: string | undefined, document?: IssueDocument): void {
    this._issues.push(
      ...issues.map((issue) => ({ ...(file ? { file } : {}), ...(document ? { document } : {}), issue })),
    );
  }

  /** Runs `parse`; its `ValidationError` becomes coded issues about `value`, which is at `at` in the file. */
  private _parse<T>(parse: () => T, value: unknown, at: readonly Key[], file: string | undefined): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this._push(dataIssues(error, value, { at }), file);
      return undefined;
    }
  }

  /**
   * Checks a publish manifest (`index.json`) with core's `PublishManifest` schema.
   *
   * @returns true when the folder can be read
   */
  manifest(json: unknown): boolean {
    return this._parse(() => parseInput(PublishManifest, json, 'index.json'), json, [], 'index.json') !== undefined;
  }

  /**
   * Checks rings ring by ring with core's `YearClockRing` schema, keeping the valid ones: a bare
   * array, or an object with a `rings` array (`{ "rings": [...] }`, a published year clock), whose
   * `name`, when it has one, titles the clock.
   *
   * @param json - parsed JSON, or the `rings` property
   * @param file - the published file it came from, named in issues
   */
  ringsFile(json: unknown, file?: string): { rings: YearClockRing[]; name?: LocalizedText } {
    const list = Array.isArray(json)
      ? json
      : isRecord(json) && Array.isArray(json['rings'])
        ? json['rings']
        : undefined;
    if (!list) {
      const issue: DataIssue =
        isRecord(json) && Object.hasOwn(json, 'rings')
          ? { path: 'rings', keys: ['rings'], code: 'invalid-type', expected: 'array', received: typeOf(json['rings']) }
          : { path: '', keys: [], code: 'not-a-list', expected: 'rings', received: typeOf(json) };
      this._push([issue], file);
      return { rings: [] };
    }
    const rings: YearClockRing[] = [];
    list.forEach((value, index) => {
      const at = ['rings', index];
      const ring = this._parse(() => parseInput(YearClockRing, value, `rings[${index}]`), value, at, file);
      if (!ring) return;
      if (rings.some((r) => r.id === ring.id)) {
        // A later ring reusing an id is dropped, as a later row of a list is (`duplicate-id`).
        const row = { section: 'rings', index, id: ring.id, name: ring.label };
        this._push(
          [{ path: `rings[${index}].id`, keys: [...at, 'id'], row, code: 'duplicate-id', received: ring.id }],
          file,
        );
      } else rings.push(ring);
    });
    const raw = isRecord(json) ? json['name'] : undefined;
    const name =
      raw === undefined ? undefined : this._parse(() => parseInput(LocalizedText, raw, 'name'), raw, ['name'], file);
    return { rings, ...(name ? { name } : {}) };
  }

  /**
   * Checks calendar entries (a published group or evaluation calendar) with core's
   * `checkCalendarEntries`, keeping the valid ones.
   */
  entries(json: unknown, file: string): CalendarEntry[] {
    const { entries, issues } = checkCalendarEntries(json);
    this._push(issues, file, 'entries');
    return entries;
  }

  /** The problems found, for the widget to list; nothing when all was well. */
  result(): { problems?: DataProblems } {
    const issues = [...this._issues];
    if (issues.length === 0) return {};
    return { problems: { count: issues.length, sentences: (locale) => issues.map((i) => issueSentence(i, locale)) } };
  }
}
