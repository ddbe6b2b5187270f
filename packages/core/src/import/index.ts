/**
 * `@perhekeskus/core/import`: importers from Finland's national data sources, pure and offline (the
 * CLI does the fetching). Each returns the rows that validate and an `ImportIssue` for every field
 * or record it could not carry over. A separate entry, so browser bundles of the main entry never
 * include them. No side effects on import.
 */

export * from './coordinates/index.js';
export { ImportIssue, type ImportResult, ImportSource } from './importIssue.js';
export { importIssueMessage } from './importIssueMessage.js';
export { importIssueMessages } from '../i18n/catalogue.js';
export type { ImportIssueMessages, ImportIssueParts, ImportIssueSource } from '../i18n/issueMessages.js';
export type { ImportIssueCode } from '../validation/importIssueCodes.js';
export { fromHsds, HsdsImportOptions, type HsdsImportResult } from './hsds/fromHsds.js';
export { type HsdsIssueCode, hsdsIssueCodes } from '../validation/importIssueCodes.js';
export * from './linked-events/index.js';
export * from './ptv/index.js';
