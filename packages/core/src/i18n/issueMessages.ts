import type { VocabularyKind } from '../model/vocabularyLabel.js';
import type { DataIssue, DataIssueRow } from '../validation/dataIssue.js';
import type { ImportIssueCode, ImportSourceName } from '../validation/importIssueCodes.js';
import type {
  FormatIssueCode,
  LimitIssueCode,
  ReferenceCheckCode,
  RuleIssueCode,
  ScheduleIssueCode,
  ShapeIssueCode,
} from '../validation/issueCodes.js';

/** What a data issue is about when it is in no row of a list: the document a sentence then names. */
export type IssueDocument = 'places' | 'entries' | 'region' | 'data';

/** The codes whose sentence is made from the issue's fields (all but formats and rules). */
export type SentenceIssueCode = ShapeIssueCode | LimitIssueCode | ReferenceCheckCode | ScheduleIssueCode;

/**
 * The words a language provides for data issues: one file per language (`fi.ts`, `sv.ts`, `en.ts`)
 * fills it in, and `dataIssueMessage` assembles `subject: field: sentence` from it. The interface
 * makes a missing sentence a compile error; `issueMessages.test.ts` checks every code at run time.
 */
export interface IssueMessages {
  /**
   * How a row is named. Places and entries by their 1-based number and their name in the reader's
   * language when the data has one (`name`, chosen by the one display rule), else their id
   * (`Kohde 4 (”Perhekahvila”)`); rows of other lists, which the data refers to by id, by section,
   * index and id (`groups[2] (steering-group)`), or by name when they have no id.
   */
  row(row: DataIssueRow, name: string | undefined): string;
  /** The subject of an issue in no row. */
  documents: Record<IssueDocument, string>;
  /** `kenttä activities[0].start` */
  field(path: string): string;
  /** Quotation marks as the language writes them. */
  quote(text: string): string;
  /** Appended to a sentence when the value found is known: `; nyt ”9:00”`. */
  got(value: string): string;
  /** A date in running text (`10.3.2026`). */
  date(iso: string): string;
  /** JSON types by zod's names (`string`, `int`, `array`…), as the sentences use them. */
  types: Record<string, string>;
  /** The vocabularies of kinds, for `unknown-kind`. */
  vocabularies: Record<VocabularyKind, string>;
  /** What a value of each format looks like: a clause the value found and a full stop follow. */
  formats: Record<FormatIssueCode, string>;
  /** Each rule across fields as a clause; a full stop follows. */
  rules: Record<RuleIssueCode, string>;
  /** Every other code as a whole sentence made from the issue. */
  sentences: Record<SentenceIssueCode, (issue: DataIssue) => string>;
}

/** An importer issue's source, or `other` when the caller does not say which importer reported it. */
export type ImportIssueSource = ImportSourceName | 'other';

/** What an importer-issue sentence is built from: the issue without its English message, and words of the locale. */
export interface ImportIssueParts {
  /** The source field, `serviceHours[0].openingHour[1]`. */
  field: string;
  skipped: boolean;
  /** The offending value as received, made printable; absent when the importer gave none. */
  value?: string;
  /** Where the data is corrected: `PTV:ssä`, `i Linked Events`, `in the source system`. */
  where: string;
  /** The clause for a record left out: `palvelupaikka ohitettiin`. */
  skip: string;
}

/**
 * The words a language provides for importer issues (`ImportIssue` of the PTV and Linked Events
 * importers), in the same file as its data-issue sentences ({@link IssueMessages}); `importIssueMessage`
 * assembles `subject, field: sentence` from it. Each sentence says what happened to the source field
 * and, where the data team can act, what to do about it. The interface makes a missing sentence a
 * compile error; `issueMessages.test.ts` checks every code at run time.
 */
export interface ImportIssueMessages {
  /** The record's noun before its id: `Palvelupaikka`, `Tapahtuma`, `Tietue`. */
  record: Record<ImportIssueSource, string>;
  /** The subject of an issue about the input as a whole (a page, not one record). */
  input: string;
  /** `kenttä serviceHours[0]` */
  field(path: string): string;
  quote(text: string): string;
  where: Record<ImportIssueSource, string>;
  skip: Record<ImportIssueSource, string>;
  /** Names of the languages the importers meet, by code; other codes are quoted as they are. */
  languages: Record<string, string>;
  /** Sentences for `defaulted`, by the field the PTV importer reports it at. */
  defaults: Record<string, string>;
  /** `defaulted` at a field not in {@link defaults}. */
  defaulted: string;
  codes: Record<ImportIssueCode, (issue: ImportIssueParts) => string>;
  /** A code this catalogue does not know (a newer importer). */
  unknown(code: string, issue: ImportIssueParts): string;
}
