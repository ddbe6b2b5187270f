// The Helsinki wall clock by Intl: the platform's time-zone data, independent of our code, as the
// reference the time tests compare against. The formatter is built once: building one costs more than
// using it.
import { HELSINKI } from '../time/helsinki.js';

const intlHelsinki = new Intl.DateTimeFormat('en-GB', {
  timeZone: HELSINKI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DDTHH:mm:ss` of an instant in Helsinki, by Intl. */
export function intlWallClock(ms: number): string {
  const parts = intlHelsinki.formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}
