/**
 * Coded issues: every check of the library carries a code, and one function turns zod's issues into
 * located, coded issues a user interface translates (`dataIssueMessage`). Also the one error the
 * library throws on invalid input. No side effects on import.
 */
export type { DataIssue, DataIssueRow, IssueText } from './dataIssue.js';
export { type DataIssuesOptions, dataIssues } from './dataIssues.js';
export {
  type DataIssueCode,
  dataIssueCodes,
  type FormatIssueCode,
  formatIssueCodes,
  isDataIssueCode,
  type LimitIssueCode,
  limitIssueCodes,
  type ReferenceCheckCode,
  referenceCheckCodes,
  type RuleIssueCode,
  ruleIssueCodes,
  type ScheduleIssueCode,
  type ShapeIssueCode,
  scheduleIssueCodes,
  shapeIssueCodes,
} from './issueCodes.js';
export { isWellFormedText } from './isWellFormedText.js';
export { modelRule } from './modelRule.js';
export { formatPath, parseInput, ValidationError } from './parseInput.js';
export { isSupportedYear, SUPPORTED_YEARS } from './supportedYears.js';
