import type { AgreementPartyState, Locale } from '@perhekeskus/core';
import type { LoadMessages } from '../common.js';

/** An attribute of `<pk-agreement-status>` that could not be used, or a folder without what it needs. */
export interface AgreementStatusIssue {
  /** The attribute (`date`, `agreement`, `src`). */
  readonly path: string;
  readonly kind: 'no-data' | 'invalid' | 'invalid-date' | 'no-agreements' | 'unknown-agreement';
  /** For `unknown-agreement`: the agreements there are. */
  readonly expected?: string;
  readonly received?: string;
}

/**
 * Every visible string of `<pk-agreement-status>` in one language: one interface, one file per
 * language (`fi.ts`, `sv.ts`, `en.ts`), so a page with the widget loads its own language's words only.
 * The load-failure sentences and "try again" are shared (`i18n/common.ts`). Dates and numbers arrive
 * as `YYYY-MM-DD` and formatted counts.
 */
export interface AgreementStatusMessages extends LoadMessages {
  /** A day in running text (`1.3.2026`, `1 Mar 2026`). */
  date: (iso: string) => string;
  /** `Sopimuskausi 1.1.2026–31.12.2029`; without an end, until further notice. */
  period: (start: string, end: string | undefined) => string;
  /** `Tilanne 1.3.2026` */
  statusOn: (date: string) => string;
  /** How many parties there are: `13 osapuolta`. */
  parties: (formattedCount: string, count: number) => string;
  /** A count per state, for the summary: `1 hyväksynyt`. */
  counts: Record<AgreementPartyState, (formattedCount: string) => string>;
  /** The entry into force once every party has signed. */
  entryKnown: (date: string) => string;
  /** Why the date is not known: the party list is partial. */
  entryPartial: string;
  /** Why the date is not known yet: parties still to sign. */
  entryAwaiting: (formattedCount: string, count: number) => string;
  entryNoParties: string;
  /** A party's state in the table. */
  states: Record<AgreementPartyState, string>;
  /** The table's caption after the agreement's title. */
  caption: string;
  columnParty: string;
  columnState: string;
  columnBody: string;
  columnDate: string;
  columnSection: string;
  columnOutcome: string;
  columnSigner: string;
  columnSignature: string;
  noDecision: string;
  /** `dnro 441/00.04.02/2025` */
  caseNumber: (value: string) => string;
  signed: (date: string) => string;
  signaturePending: string;
  notSigned: string;
  loading: string;
  loadFailed: string;
  /** Before the name of the region the data comes from, in the status line. */
  region: string;
  /** After the region's name when the published data is invented example data. */
  exampleData: string;
  /** Heading of data problems; `formattedCount` problems are listed under it. */
  dataIssues: (formattedCount: string) => string;
  /** Follows `dataIssues` when the agreement could still be shown. */
  dataIssuesKept: string;
  dataUnusable: string;
  /** Heading of the attributes that could not be used. */
  settingsHeading: string;
  /** `Määrite date` */
  attribute: (name: string) => string;
  /** One problem with a setting, after the attribute. */
  issue: (issue: AgreementStatusIssue) => string;
}

/**
 * The words of a language, loaded on first use (the locale controller asks): a page downloads the
 * file of the language it shows, and another only when its language changes.
 *
 * @param locale - `fi`, `sv` or `en`
 * @returns the catalogue
 * @example
 * new LocaleController(this, importAgreementStatusMessages);
 */
export function importAgreementStatusMessages(locale: Locale): Promise<AgreementStatusMessages> {
  if (locale === 'sv') return import('./sv.js').then((file) => file.sv);
  if (locale === 'en') return import('./en.js').then((file) => file.en);
  return import('./fi.js').then((file) => file.fi);
}
