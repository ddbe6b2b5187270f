// The year clock's catalogue moved to `i18n/year-clock/` (one interface, one file per language); this
// path keeps the names `@perhekeskus/widgets` exports from it.
export { type YearClockIssue, type YearClockMessages, yearClockMessages } from './year-clock/index.js';
