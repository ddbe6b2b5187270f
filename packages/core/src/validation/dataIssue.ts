import type { DataIssueCode } from './issueCodes.js';

/**
 * Text in the languages a data file gives it (`{ fi: 'Juva', sv: 'Jockas' }`), as an issue quotes it.
 * The same shape as the model's `LocalizedText`, declared here so that issues need no model.
 */
export interface IssueText {
  readonly fi?: string;
  readonly sv?: string;
  readonly en?: string;
  readonly se?: string;
  readonly smn?: string;
  readonly sms?: string;
}

/** The row of a top-level list an issue is in: `groups[2]`, `places[3]`. */
export interface DataIssueRow {
  /** The list: `places`, `entries`, `groups`, `meetingPlaces`… */
  readonly section: string;
  /** Zero-based position in the list. */
  readonly index: number;
  /** The row's `id` (or a municipality's `code`), when it has a string one; cut to 100 characters. */
  readonly id?: string;
  /**
   * The row's `name` (or `title`, or a ring's `label`) in every language the data gives, each cut to
   * 100 characters; a sentence picks the reader's language by the one display rule (`dataIssueRowName`).
   */
  readonly name?: IssueText;
}

/**
 * One problem in data, located and coded, and holding what a sentence about it needs. Translate it
 * with `dataIssueMessage`; every text in it comes from the data, so show it as text, never as HTML.
 * Which of the optional fields a code uses is listed with the codes (`dataIssueCodes`).
 */
export interface DataIssue {
  /** Where, as a person reads it: `places[3].activities[0].start`; `''` for the document itself. */
  readonly path: string;
  /** The same place as keys: `['places', 3, 'activities', 0, 'start']`. */
  readonly keys: readonly (string | number)[];
  readonly code: DataIssueCode;
  /** The row of a top-level list the issue is in, when it is in one. */
  readonly row?: DataIssueRow;
  /** What was expected; its meaning depends on `code` (a type, a limit, a vocabulary…). */
  readonly expected?: string;
  /** The values that would have been accepted (`invalid-value`, `unknown-kind`). */
  readonly allowed?: readonly string[];
  /** What was found: the value, cut to 100 characters (or, for `invalid-type`, its type). */
  readonly received?: string;
  /** For `too-small` and `too-big`: what was measured (`string`, `array`, `number`…). */
  readonly origin?: string;
  /** For `unknown-field`: the unknown field names (at most 20, each cut to 100 characters). */
  readonly unknownKeys?: readonly string[];
  /** For `invalid`: the code of a rule the library does not know, when it has one. */
  readonly rule?: string;
  /** For `unschedulable`: the days the schedule was tried for, `YYYY-MM-DD`, inclusive. */
  readonly period?: { readonly from: string; readonly to: string };
  /** Names the sentence shows beside codes: of `received`, of `expected`, of the region's county. */
  readonly names?: { readonly received?: IssueText; readonly expected?: IssueText; readonly region?: IssueText };
}
