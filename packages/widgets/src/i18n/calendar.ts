// The calendar's catalogue lives in ./calendar/ (an interface and one file per language). This module
// keeps the names the package's main entry has always exported.
export {
  type CalendarWidgetMessages,
  formatDayMonth,
  formatLongDate,
  formatMonthTitle,
  messages as calendarWidgetMessages,
  weekdayShort,
} from './calendar/index.js';
