/**
 * Helsinki time, the one home of time arithmetic: instants written with their offset, today's date
 * in Helsinki and the parts of an instant as Helsinki's clocks show it. No side effects on import.
 */
export { type HelsinkiDateTimeParts, helsinkiDateTimeParts } from './helsinkiDateTimeParts.js';
export { helsinkiToday } from './helsinkiToday.js';
export { Instant } from './instant.js';
export { isSupportedInstant } from './isSupportedInstant.js';
export { TimeInputError } from './timeInputError.js';
export { ZonedDateTime } from './zonedDateTime.js';
