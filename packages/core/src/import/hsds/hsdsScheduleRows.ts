import type { IsoDate, LocalTime } from '../../model/common.js';
import { IsoDate as IsoDateSchema } from '../../model/common.js';
import { HSDS_WEEK_NUMBERS, HSDS_WEEKDAYS } from '../../publish/hsds/hsdsSchedules.js';
import type { ImportIssue } from '../importIssue.js';
import { issueValue } from '../importIssue.js';
import type { HsdsRow } from './hsdsInputTables.js';

/** A weekly opening read from a schedule, before it gets an id and names. */
export interface HsdsWeekly {
  kind: 'weekly';
  weekday: number;
  start: LocalTime;
  end: LocalTime;
  weeks?: 'odd' | 'even';
  validFrom?: IsoDate;
  validTo?: IsoDate;
  description?: string;
  notes?: string;
}

/** A one-day schedule read as an exception: closed, or open at other hours. */
export interface HsdsOneDay {
  kind: 'exception';
  date: IsoDate;
  closed: boolean;
  start?: LocalTime;
  end?: LocalTime;
  description?: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * Internal: one HSDS schedule row as our weekly openings (one per `byday` day) or as a one-day
 * exception, with an issue for everything that does not fit. Weekly means `freq: WEEKLY`,
 * `interval` 1 (or absent), `byday` plain weekdays (`MO,WE`) and `opens_at` before `closes_at`;
 * a `byweekno` of exactly the odd or the even weeks becomes `weeks`. A schedule with `count: 1` and
 * `valid_from` = `valid_to` is one day: open at its hours, closed when it has none. Times are read as
 * Helsinki wall-clock `HH:mm`: seconds are dropped (`time-truncated`), a UTC offset is dropped and
 * reported (`unmapped-field`). Monthly and other rules are `unsupported-recurrence`; a `byday` that
 * is not a weekday (`2MO`, `XX`) is `invalid-value`.
 *
 * @param row - the schedule row
 * @param field - its path in the input for issues (`schedule[3]`)
 * @param sourceId - the service the issues are about
 * @param issues - where issues go
 * @returns the openings (empty when the schedule cannot be read)
 * @example
 * hsdsScheduleRows({ id: 'x', freq: 'WEEKLY', byday: 'TU', opens_at: '09:00', closes_at: '11:00' }, 'schedule[0]', 's', []);
 * // [{ kind: 'weekly', weekday: 2, start: '09:00', end: '11:00' }]
 */
export function hsdsScheduleRows(
  row: HsdsRow,
  field: string,
  sourceId: string,
  issues: ImportIssue[],
): (HsdsWeekly | HsdsOneDay)[] {
  const report = (at: string, code: string, message: string, value?: unknown) => {
    const shown = issueValue(value);
    issues.push({
      sourceId,
      field: `${field}.${at}`,
      code,
      message,
      skipped: false,
      ...(shown === undefined ? {} : { value: shown }),
    });
  };
  const time = (at: 'opens_at' | 'closes_at'): LocalTime | undefined => {
    const value = row[at];
    if (value === undefined || value === null) return undefined;
    const match = typeof value === 'string' ? TIME.exec(value) : null;
    if (match === null) {
      report(at, 'invalid-value', `${at} is not a time`, value);
      return undefined;
    }
    if (match[3] !== undefined) report(at, 'time-truncated', 'seconds dropped', value);
    if (match[4] !== undefined) report(at, 'unmapped-field', 'UTC offset dropped; read as Helsinki time', value);
    return `${match[1]}:${match[2]}`;
  };
  const date = (at: 'valid_from' | 'valid_to'): IsoDate | undefined => {
    const value = row[at];
    if (value === undefined || value === null) return undefined;
    const day = typeof value === 'string' ? value.slice(0, 10) : value;
    if (IsoDateSchema.safeParse(day).success) return day as IsoDate;
    report(at, 'invalid-value', `${at} is not a date`, value);
    return undefined;
  };

  const description = text(row.description);
  const notes = text(row.notes);
  const validFrom = date('valid_from');
  const validTo = date('valid_to');
  const opens = time('opens_at');
  const closes = time('closes_at');

  if (row.count === 1 && validFrom !== undefined && validFrom === validTo) {
    if (opens === undefined || closes === undefined) {
      return [{ kind: 'exception', date: validFrom, closed: true, ...(description ? { description } : {}) }];
    }
    if (opens >= closes) {
      report('closes_at', 'over-midnight', 'closes at or before it opens', row.closes_at);
      return [];
    }
    return [
      {
        kind: 'exception',
        date: validFrom,
        closed: false,
        start: opens,
        end: closes,
        ...(description ? { description } : {}),
      },
    ];
  }

  if (
    row.freq !== 'WEEKLY' ||
    (row.interval !== undefined && row.interval !== null && row.interval !== 1) ||
    (row.count !== undefined && row.count !== null)
  ) {
    const rule = ['freq', 'interval', 'count']
      .map((k) => (row[k] === undefined || row[k] === null ? '' : `${k}=${String(row[k])}`))
      .filter(Boolean)
      .join(';');
    report('freq', 'unsupported-recurrence', 'not a weekly rule', rule || undefined);
    return [];
  }
  let weeks: 'odd' | 'even' | undefined;
  if (row.byweekno !== undefined && row.byweekno !== null) {
    const list = String(row.byweekno).replaceAll(' ', '');
    if (list === HSDS_WEEK_NUMBERS.odd) weeks = 'odd';
    else if (list === HSDS_WEEK_NUMBERS.even) weeks = 'even';
    else {
      report('byweekno', 'unsupported-recurrence', 'week numbers other than all odd or all even weeks', row.byweekno);
      return [];
    }
  }
  const days = typeof row.byday === 'string' ? row.byday.split(',').map((d) => d.trim().toUpperCase()) : [];
  const weekdays: number[] = [];
  for (const day of days) {
    const index = (HSDS_WEEKDAYS as readonly string[]).indexOf(day);
    if (index < 0) report('byday', 'invalid-value', 'not a weekday code MO–SU', day);
    else if (!weekdays.includes(index + 1)) weekdays.push(index + 1);
  }
  if (days.length === 0) report('byday', 'invalid-value', 'a weekly schedule without byday', row.byday);
  if (opens === undefined || closes === undefined) {
    if (row.opens_at === undefined || row.closes_at === undefined) {
      report(row.opens_at === undefined ? 'opens_at' : 'closes_at', 'invalid-value', 'a weekly schedule without hours');
    }
    return [];
  }
  if (opens >= closes) {
    report('closes_at', 'over-midnight', 'closes at or before it opens', row.closes_at);
    return [];
  }
  if (validFrom !== undefined && validTo !== undefined && validTo < validFrom) {
    report('valid_to', 'invalid-value', 'valid_to is before valid_from', row.valid_to);
    return [];
  }
  return weekdays.map((weekday) => ({
    kind: 'weekly',
    weekday,
    start: opens,
    end: closes,
    ...(weeks === undefined ? {} : { weeks }),
    ...(validFrom === undefined ? {} : { validFrom }),
    ...(validTo === undefined ? {} : { validTo }),
    ...(description === undefined ? {} : { description }),
    ...(notes === undefined ? {} : { notes }),
  }));
}
