/**
 * What the schedule engine assumes where a cadence is silent: meetings start at 09:00 Helsinki time,
 * last 120 minutes and fall on Tuesdays (ISO weekday 2); a monthly meeting is in the 2nd week of the
 * month; a task without a mode (an every-n-years survey) is `remote`, since nobody meets for it.
 *
 * @example
 * CADENCE_DEFAULTS.time; // '09:00'
 */
export const CADENCE_DEFAULTS = Object.freeze({
  time: '09:00',
  durationMinutes: 120,
  weekday: 2,
  weekOfMonth: 2,
  mode: 'remote',
} as const);
