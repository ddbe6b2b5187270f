import type { Locale } from '../model/common.js';
import { en, enImportIssues } from './en.js';
import { fi, fiImportIssues } from './fi.js';
import type { ImportIssueMessages, IssueMessages } from './issueMessages.js';
import { sv, svImportIssues } from './sv.js';

/**
 * The catalogue of data-issue sentences by locale, one file per language. Read it to show a sentence
 * in your own words around it, or to list what a translator must check; `dataIssueMessage` is the
 * usual way in.
 *
 * @example
 * issueMessages.sv.formats['invalid-postal-code']; // 'postnumret ska bestå av fem siffror (t.ex. 51900)'
 */
export const issueMessages: Readonly<Record<Locale, IssueMessages>> = { fi, sv, en };

/**
 * The importer-issue sentences by locale, from the same file per language as {@link issueMessages};
 * `importIssueMessage` (`@perhekeskus/core/import`) is the usual way in. Apart from `issueMessages`
 * so that the main entry never carries them.
 *
 * @example
 * importIssueMessages.en.record.ptv; // 'Service location'
 */
export const importIssueMessages: Readonly<Record<Locale, ImportIssueMessages>> = {
  fi: fiImportIssues,
  sv: svImportIssues,
  en: enImportIssues,
};
