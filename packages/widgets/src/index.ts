/**
 * `@perhekeskus/widgets`: Lit web components for Finnish family-centre cooperation. Importing this
 * entry gives the classes without registering any tag; import `@perhekeskus/widgets/meeting-place-finder.js`
 * (or load the embed script) to register `<pk-meeting-place-finder>`.
 */
export { MeetingPlaceFinder } from './components/meeting-place-finder/meeting-place-finder.component.js';
export type {
  PkFilterChangeDetail,
  PkFilterChangeEvent,
  PkPlaceSelectDetail,
  PkPlaceSelectEvent,
} from './events.js';
export {
  formatClock,
  formatDate,
  formatDay,
  formatTimeRange,
  localeFromLang,
  type Messages,
  messages,
  type WidgetLocale,
} from './i18n/index.js';
export { defineOnce } from './internal/define.js';
