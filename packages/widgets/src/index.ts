/**
 * `@perhekeskus/widgets`: Lit web components for Finnish family-centre cooperation. Importing this
 * entry gives the classes without registering any tag; import `@perhekeskus/widgets/meeting-place-finder.js`
 * (or load the embed script) to register `<pk-meeting-place-finder>`.
 */

export { AgreementStatusElement } from './components/agreement-status/agreement-status.component.js';
export {
  CalendarElement,
  type CalendarView,
  type PkDateSelectDetail,
  type PkDateSelectEvent,
  type PkEventSelectDetail,
  type PkEventSelectEvent,
} from './components/calendar/calendar.component.js';
export {
  MeetingPlaceFinder,
  type PkFilterChangeDetail,
  type PkFilterChangeEvent,
  type PkPlaceSelectDetail,
  type PkPlaceSelectEvent,
} from './components/meeting-place-finder/meeting-place-finder.component.js';
export {
  type PkEntrySelectDetail,
  type PkEntrySelectEvent,
  YearClockElement,
} from './components/year-clock/year-clock.component.js';
export type { AgreementStatusIssue, AgreementStatusMessages } from './i18n/agreement-status/index.js';
export { type CalendarWidgetMessages, calendarWidgetMessages } from './i18n/calendar.js';
export {
  formatDay,
  localeFromLang,
  type Messages,
  messages,
} from './i18n/index.js';
export { type YearClockIssue, type YearClockMessages, yearClockMessages } from './i18n/year-clock.js';
export { getBuiltInIndex, setBuiltInIndex } from './internal/built-in.js';
export { defineOnce } from './internal/define.js';
