// The door check for agreement data from outside (a `src`): core's schemas of the published files,
// row by row, with coded issues worded by core's one catalogue (`dataIssues`, `dataIssueMessage`).
// Imported dynamically by `agreement-status.data.ts`, so a page that shows only the built-in data
// (validated when it was built) never downloads it.
import {
  type DataIssue,
  dataIssueMessage,
  dataIssues,
  type Locale,
  type PublishedAgreement,
  PublishedAgreement as PublishedAgreementSchema,
  PublishedAgreements,
  type PublishedOrganiser,
  PublishedOrganiser as PublishedOrganiserSchema,
  PublishManifest,
  parseInput,
  ValidationError,
} from '@perhekeskus/core';
import type { DataProblems } from './agreement-status.data.js';

/** One problem found at the door: a coded issue of core, with the published file it is in. */
interface DoorIssue {
  readonly file?: string;
  readonly issue: DataIssue;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * A problem as one sentence in the widget's language, by its code from core's catalogue: the file,
 * then the row (`agreements[0] (etela-savo-2026-2029)`), the field and what is wrong. Plain text.
 *
 * @param door - a problem the door check found
 * @param locale - the interface language
 * @returns the sentence
 */
export function issueSentence({ file, issue }: DoorIssue, locale: Locale): string {
  if (file !== undefined && issue.row === undefined) return dataIssueMessage(issue, locale, { subject: file });
  const text = dataIssueMessage(issue, locale, { document: 'data' });
  return file !== undefined ? `${file}: ${text}` : text;
}

/** Checks the data of one load, collecting every problem; valid rows are kept. */
export class DoorCheck {
  private readonly _issues: DoorIssue[] = [];

  private _parse<T>(parse: () => T, value: unknown, at: readonly (string | number)[], file?: string): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this._issues.push(...dataIssues(error, value, { at }).map((issue) => ({ ...(file ? { file } : {}), issue })));
      return undefined;
    }
  }

  /** Checks a publish manifest (`index.json`); true when the folder can be read. */
  manifest(json: unknown): boolean {
    return this._parse(() => parseInput(PublishManifest, json, 'index.json'), json, [], 'index.json') !== undefined;
  }

  /**
   * Checks an agreements file (`agreements.json`) agreement by agreement and party by party with
   * core's schemas, keeping the valid rows.
   *
   * @param json - parsed JSON
   * @param file - the published file's path, named in issues
   */
  agreements(json: unknown, file?: string): PublishedAgreements {
    const record = isRecord(json) ? json : {};
    const list = record['agreements'];
    if (!Array.isArray(list)) {
      const issue: DataIssue = isRecord(json)
        ? { path: 'agreements', keys: ['agreements'], code: 'invalid-type', expected: 'array', received: typeOf(list) }
        : { path: '', keys: [], code: 'not-a-list', expected: 'agreements', received: typeOf(json) };
      this._issues.push({ ...(file ? { file } : {}), issue });
      return { agreements: [], parties: [] };
    }
    const rows = <T>(section: string, values: unknown, check: (value: unknown, name: string) => T): T[] =>
      (Array.isArray(values) ? values : []).flatMap((value, index) => {
        const row = this._parse(() => check(value, `${section}[${index}]`), value, [section, index], file);
        return row === undefined ? [] : [row];
      });
    const agreements = rows<PublishedAgreement>('agreements', list, (value, name) =>
      parseInput(PublishedAgreementSchema, value, name),
    );
    const parties = rows<PublishedOrganiser>('parties', record['parties'], (value, name) =>
      parseInput(PublishedOrganiserSchema, value, name),
    );
    // The region's own outcomes only label decisions: checked with the file's schema, kept or dropped whole.
    const raw = record['decisionOutcomes'];
    const labels = { agreements: [], parties: [], decisionOutcomes: raw };
    const outcomes =
      raw === undefined
        ? undefined
        : this._parse(() => parseInput(PublishedAgreements, labels, file ?? 'agreements'), labels, [], file)
            ?.decisionOutcomes;
    return { agreements, parties, ...(outcomes ? { decisionOutcomes: outcomes } : {}) };
  }

  /** The problems found, for the widget to list; nothing when all was well. */
  result(): { problems?: DataProblems } {
    const issues = [...this._issues];
    if (issues.length === 0) return {};
    return { problems: { count: issues.length, sentences: (locale) => issues.map((i) => issueSentence(i, locale)) } };
  }
}
