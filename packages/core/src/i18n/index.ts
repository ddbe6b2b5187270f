/**
 * Words in Finnish, Swedish and English: the catalogue of data-issue sentences (one file per
 * language) and the formatters of dates and times. No side effects on import.
 */
export { issueMessages } from './catalogue.js';
export { type DataIssueMessageOptions, dataIssueMessage } from './dataIssueMessage.js';
export { dataIssueRowName } from './dataIssueRowName.js';
export { dataIssueText } from './dataIssueText.js';
export { formatDate } from './formatDate.js';
export { formatTime, formatTimeRange } from './formatTime.js';
export type { IssueDocument, IssueMessages, SentenceIssueCode } from './issueMessages.js';
export { monthNames } from './monthNames.js';
