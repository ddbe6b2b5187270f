/**
 * The engine behind {@link expandCadence}, {@link scheduleFor} and {@link evaluationCalendar}: it works
 * on already-validated cadences and on epoch days, and turns days into strings only in
 * {@link toOccurrence}. The placement rules are documented on `expandCadence`.
 */
import type {
  Cadence,
  EveryNYearsCadence,
  MonthlyCadence,
  TimesPerYearCadence,
  WindowsCadence,
} from '../model/cadence.js';
import type { LocalizedText, MeetingMode, MeetingModes, MonthWindow } from '../model/common.js';
import {
  daysInMonth,
  epochDay,
  isoWeekday,
  MS_PER_MINUTE,
  nthWeekdayOfMonth,
  yearOfEpochDay,
} from '../time/calendarDay.js';
import { helsinkiDateTime, helsinkiToUtc } from '../time/helsinki.js';
import { formatIsoDay, parseLocalTime } from '../time/isoFormat.js';
import { CADENCE_DEFAULTS } from './defaults.js';
import type { MoveReason, Occurrence } from './occurrence.js';
import { nonWorkingReason } from './workingDay.js';

/** One placed meeting, still in numbers. */
export interface Placed {
  /** Epoch day of the (local) start. */
  day: number;
  startMs: number;
  endMs: number;
  mode: MeetingMode;
  /** The modes the group chooses between, when more than one (`mode` is the first). */
  modes?: MeetingMode[];
  /** The year the occurrence's cycle (its year, or its window) starts in. */
  cycle: number;
  /** The meeting's place in its cycle, 0-based: its month, its share, or its window in date order. */
  index: number;
  /**
   * The days the meeting may be on: its month (`monthly`), its share of the span (`times-per-year`,
   * the whole span when it had to leave its share) or its window; as `[first, last]` epoch-day pieces.
   */
  range: [number, number][];
  windowStart?: number;
  windowEnd?: number;
  title?: LocalizedText;
  topics?: LocalizedText[];
  variant?: string;
  movedFrom?: number;
  reason?: MoveReason;
  /** For a `conflict` move: the groups whose meetings kept it off its day. */
  conflictWith?: string[];
}

/** `inside`: the meeting lies entirely in the period; `overlap`: its window (or day) meets the period. */
export type Match = 'inside' | 'overlap';

/** A run of days made of contiguous pieces (a window minus skipped months), indexed 0…length-1. */
interface Span {
  starts: number[];
  lengths: number[];
  length: number;
}

function dayAt(span: Span, index: number): number {
  if (span.starts.length === 1) return (span.starts[0] as number) + index;
  let i = index;
  let k = 0;
  while (i >= (span.lengths[k] as number)) {
    i -= span.lengths[k] as number;
    k++;
  }
  return (span.starts[k] as number) + i;
}

/** The pieces (first and last epoch day) of the span's indices `lo…hi`. */
function pieces(span: Span, lo: number, hi: number): [number, number][] {
  const out: [number, number][] = [];
  let offset = 0;
  span.starts.forEach((start, k) => {
    const length = span.lengths[k] as number;
    const a = Math.max(lo, offset);
    const b = Math.min(hi, offset + length - 1);
    if (a <= b) out.push([start + a - offset, start + b - offset]);
    offset += length;
  });
  return out;
}

function contiguous(first: number, last: number): Span {
  return { starts: [first], lengths: [last - first + 1], length: last - first + 1 };
}

/** The months (as `[year, month]`) of a month window starting in `year`; wraps over the new year. */
function windowMonths(window: MonthWindow, year: number): [number, number][] {
  const months: [number, number][] = [];
  const count = ((window.to - window.from + 12) % 12) + 1;
  for (let i = 0; i < count; i++) {
    const m = window.from + i;
    months.push(m > 12 ? [year + 1, m - 12] : [year, m]);
  }
  return months;
}

/** First and last epoch day of a month window starting in `year`. */
function windowDays(window: MonthWindow, year: number): [number, number] {
  const endYear = window.to < window.from ? year + 1 : year;
  return [epochDay(year, window.from, 1), epochDay(endYear, window.to, daysInMonth(endYear, window.to))];
}

/**
 * The index in `[lo, hi]` nearest to `target` whose day has the weekday (later first on a tie), or
 * `target` when the range has none.
 */
function preferredIndex(span: Span, target: number, lo: number, hi: number, weekday: number): number {
  for (let k = 0; target + k <= hi || target - k >= lo; k++) {
    if (target + k <= hi && isoWeekday(dayAt(span, target + k)) === weekday) return target + k;
    if (k > 0 && target - k >= lo && isoWeekday(dayAt(span, target - k)) === weekday) return target - k;
  }
  return target;
}

interface Spot {
  day: number;
  movedFrom?: number;
  reason?: MoveReason;
}

/**
 * Puts a meeting on the preferred day at index `p`, or when that day is a weekend, holiday or day-off
 * (or already taken), on the nearest free working day in `[lo, hi]`: distance 1 later, 1 earlier,
 * 2 later, … `moved` is recorded only when the preferred day was not a working day.
 */
function place(span: Span, p: number, lo: number, hi: number, used: Set<number> | undefined): Spot | undefined {
  const preferred = dayAt(span, p);
  const reason = nonWorkingReason(preferred);
  if (reason === undefined && !used?.has(preferred)) return { day: preferred };
  for (let k = 1; p + k <= hi || p - k >= lo; k++) {
    const later = p + k <= hi ? dayAt(span, p + k) : undefined;
    if (later !== undefined && nonWorkingReason(later) === undefined && !used?.has(later)) {
      return reason === undefined ? { day: later } : { day: later, movedFrom: preferred, reason };
    }
    const earlier = p - k >= lo ? dayAt(span, p - k) : undefined;
    if (earlier !== undefined && nonWorkingReason(earlier) === undefined && !used?.has(earlier)) {
      return reason === undefined ? { day: earlier } : { day: earlier, movedFrom: preferred, reason };
    }
  }
  return undefined;
}

/** Timing shared by every occurrence of a cadence. */
interface Timing {
  minute: number;
  durationMs: number;
  weekday: number;
}

function timingOf(cadence: Cadence): Timing {
  return {
    minute: parseLocalTime(cadence.time ?? CADENCE_DEFAULTS.time),
    durationMs: (cadence.durationMinutes ?? CADENCE_DEFAULTS.durationMinutes) * MS_PER_MINUTE,
    weekday: cadence.weekday ?? CADENCE_DEFAULTS.weekday,
  };
}

function placed(
  spot: Spot,
  timing: Timing,
  modes: MeetingModes,
  cycle: number,
  index: number,
  range: [number, number][],
): Placed {
  const startMs = helsinkiToUtc(spot.day, timing.minute);
  const list = typeof modes === 'string' ? [modes] : [...new Set(modes)];
  const p: Placed = {
    day: spot.day,
    startMs,
    endMs: startMs + timing.durationMs,
    mode: list[0] as MeetingMode,
    cycle,
    index,
    range,
  };
  if (list.length > 1) p.modes = list;
  if (spot.reason !== undefined) {
    p.movedFrom = spot.movedFrom as number;
    p.reason = spot.reason;
  }
  return p;
}

/** Collects occurrences of one cycle after another and keeps those the period wants. */
class Collector {
  readonly out: Placed[] = [];
  private readonly fromMs: number;
  private readonly toMs: number;

  constructor(
    private readonly fromDay: number,
    private readonly toDay: number,
    private readonly match: Match,
  ) {
    this.fromMs = helsinkiToUtc(fromDay, 0);
    this.toMs = helsinkiToUtc(toDay + 1, 0);
  }

  add(p: Placed): void {
    const keep =
      this.match === 'inside'
        ? p.startMs >= this.fromMs && p.endMs <= this.toMs
        : (p.windowStart ?? p.day) <= this.toDay && (p.windowEnd ?? p.day) >= this.fromDay;
    if (keep) this.out.push(p);
  }
}

function expandMonthly(
  c: MonthlyCadence,
  fromYear: number,
  toYear: number,
  col: Collector,
  fromDay: number,
  toDay: number,
) {
  const timing = timingOf(c);
  const week = c.weekOfMonth ?? CADENCE_DEFAULTS.weekOfMonth;
  const skip = c.skipMonths ?? [];
  const inPerson = inPersonIndices(c, 12 - new Set(skip).size);
  for (let year = fromYear; year <= toYear; year++) {
    // The index of the meeting in its year, counted over every meeting month, so the in-person
    // ones are the same whatever period is asked for.
    let index = -1;
    for (let month = 1; month <= 12; month++) {
      if (skip.includes(month)) continue;
      index += 1;
      const first = epochDay(year, month, 1);
      const last = first + daysInMonth(year, month) - 1;
      if (last < fromDay || first > toDay) continue;
      const preferred = nthWeekdayOfMonth(year, month, timing.weekday, week);
      const span = contiguous(first, last);
      const spot = place(span, preferred - first, 0, span.length - 1, undefined);
      if (spot) {
        col.add(placed(spot, timing, inPerson.has(index) ? 'in-person' : c.mode, year, index, [[first, last]]));
      }
    }
  }
}

/** The in-person meeting indices: `inPersonAt`, else `floor((2j + 1)·times / (2·inPerson))`, j < inPerson. */
function inPersonIndices(c: TimesPerYearCadence | MonthlyCadence, times: number): Set<number> {
  // The schema has checked that `inPersonAt` and `inPerson` agree.
  if (c.inPersonAt !== undefined) {
    const set = new Set(c.inPersonAt);
    return set;
  }
  const set = new Set<number>();
  const k = c.inPerson ?? 0;
  for (let j = 0; j < k; j++) set.add(Math.floor(((2 * j + 1) * times) / (2 * k)));
  return set;
}

function expandTimesPerYear(c: TimesPerYearCadence, fromYear: number, toYear: number, col: Collector) {
  // The schema has checked that the meetings fit (`timesPerYearDays`).
  const n = c.times;
  const timing = timingOf(c);
  const inPerson = inPersonIndices(c, n);
  const skip = c.skipMonths ?? [];
  const window = c.months ?? { from: 1, to: 12 };
  for (let year = fromYear; year <= toYear; year++) {
    const span: Span = { starts: [], lengths: [], length: 0 };
    for (const [y, m] of windowMonths(window, year)) {
      if (skip.includes(m)) continue;
      const first = epochDay(y, m, 1);
      const len = daysInMonth(y, m);
      const lastStart = span.starts.length - 1;
      // Adjacent months form one piece, so a span without skipped months stays contiguous.
      if (lastStart >= 0 && (span.starts[lastStart] as number) + (span.lengths[lastStart] as number) === first) {
        span.lengths[lastStart] = (span.lengths[lastStart] as number) + len;
      } else {
        span.starts.push(first);
        span.lengths.push(len);
      }
      span.length += len;
    }
    const m = span.length;
    const [windowStart, windowEnd] = windowDays(window, year);
    const used = new Set<number>();
    for (let i = 0; i < n; i++) {
      const lo = Math.floor((i * m) / n);
      const hi = Math.floor(((i + 1) * m) / n) - 1;
      const target = Math.floor(((2 * i + 1) * m) / (2 * n));
      const p = preferredIndex(span, target, lo, hi, timing.weekday);
      const inShare = place(span, p, lo, hi, used);
      const spot = inShare ?? place(span, p, 0, m - 1, used);
      if (!spot) continue;
      used.add(spot.day);
      const range = inShare ? pieces(span, lo, hi) : pieces(span, 0, m - 1);
      const occurrence = placed(spot, timing, inPerson.has(i) ? 'in-person' : c.mode, year, i, range);
      if (c.months !== undefined) {
        occurrence.windowStart = windowStart;
        occurrence.windowEnd = windowEnd;
      }
      col.add(occurrence);
    }
  }
}

/** One meeting in a window: the preferred weekday nearest the window's middle, moved if need be. */
function placeInWindow(window: MonthWindow, year: number, timing: Timing, used: Set<number> | undefined) {
  const [first, last] = windowDays(window, year);
  const span = contiguous(first, last);
  const middle = Math.floor((last - first) / 2);
  const p = preferredIndex(span, middle, 0, span.length - 1, timing.weekday);
  const spot = place(span, p, 0, span.length - 1, used);
  return spot ? { spot, first, last } : undefined;
}

function expandWindows(c: WindowsCadence, fromYear: number, toYear: number, col: Collector) {
  const timing = timingOf(c);
  // Chronological within a year, so a clash is settled in favour of the earlier window.
  const windows = [...c.windows].sort((a, b) => a.window.from - b.window.from);
  const used = new Set<number>();
  for (let year = fromYear; year <= toYear; year++) {
    windows.forEach((w, index) => {
      const put = placeInWindow(w.window, year, timing, used);
      if (!put) return;
      used.add(put.spot.day);
      const p = placed(put.spot, timing, w.mode, year, index, [[put.first, put.last]]);
      p.windowStart = put.first;
      p.windowEnd = put.last;
      if (w.title !== undefined) p.title = w.title;
      if (w.topics !== undefined) p.topics = w.topics;
      col.add(p);
    });
  }
}

function expandEveryNYears(c: EveryNYearsCadence, fromYear: number, toYear: number, col: Collector) {
  const timing = timingOf(c);
  const phase = c.phaseYear ?? fromYear;
  for (let year = fromYear; year <= toYear; year++) {
    const step = year - phase;
    if (((step % c.every) + c.every) % c.every !== 0) continue;
    const put = placeInWindow(c.window, year, timing, undefined);
    if (!put) continue;
    const p = placed(put.spot, timing, c.mode ?? CADENCE_DEFAULTS.mode, year, 0, [[put.first, put.last]]);
    p.windowStart = put.first;
    p.windowEnd = put.last;
    if (c.variants !== undefined) {
      const n = c.variants.length;
      p.variant = c.variants[(((step / c.every) % n) + n) % n] as string;
    }
    col.add(p);
  }
}

function wraps(c: Cadence): boolean {
  switch (c.kind) {
    case 'monthly':
      return false;
    case 'times-per-year':
      return c.months !== undefined && c.months.to < c.months.from;
    case 'windows':
      return c.windows.some((w) => w.window.to < w.window.from);
    case 'every-n-years':
      return c.window.to < c.window.from;
  }
}

/**
 * Expands a validated cadence over `[fromDay, toDay]`, sorted by start.
 *
 * @param c - a cadence that has passed the `Cadence` schema
 * @param fromDay - first epoch day of the period
 * @param toDay - last epoch day of the period
 * @param match - which occurrences the period keeps
 * @returns the placed occurrences
 * @example
 * const monthly = { kind: 'monthly', mode: 'remote' } as const;
 * expandPlaced(monthly, epochDay(2026, 3, 1), epochDay(2026, 3, 31), 'inside')[0]?.day;
 * // epochDay(2026, 3, 10): the 2nd Tuesday
 */
export function expandPlaced(c: Cadence, fromDay: number, toDay: number, match: Match): Placed[] {
  const fromYear = yearOfEpochDay(fromDay);
  const toYear = yearOfEpochDay(toDay);
  // A window that wraps over the new year belongs to the year it starts in.
  const firstCycle = wraps(c) ? fromYear - 1 : fromYear;
  const col = new Collector(fromDay, toDay, match);
  switch (c.kind) {
    case 'monthly':
      expandMonthly(c, firstCycle, toYear, col, fromDay, toDay);
      break;
    case 'times-per-year':
      expandTimesPerYear(c, firstCycle, toYear, col);
      break;
    case 'windows':
      expandWindows(c, firstCycle, toYear, col);
      break;
    case 'every-n-years':
      expandEveryNYears(c, firstCycle, toYear, col);
      break;
  }
  const out = col.out;
  for (let i = 1; i < out.length; i++) {
    if ((out[i] as Placed).startMs < (out[i - 1] as Placed).startMs) {
      out.sort((a, b) => a.startMs - b.startMs);
      break;
    }
  }
  return out;
}

/**
 * Writes a placed meeting as an {@link Occurrence}.
 *
 * @param p - a placed meeting
 * @returns the occurrence with Helsinki date-times
 * @example
 * const start = helsinkiToUtc(epochDay(2026, 3, 10), 9 * 60);
 * const march: [number, number][] = [[epochDay(2026, 3, 1), epochDay(2026, 3, 31)]];
 * toOccurrence({ day: epochDay(2026, 3, 10), startMs: start, endMs: start + 7_200_000, mode: 'remote', cycle: 2026, index: 2, range: march });
 * // { start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' }
 */
export function toOccurrence(p: Placed): Occurrence {
  const o: Occurrence = { start: helsinkiDateTime(p.startMs), end: helsinkiDateTime(p.endMs), mode: p.mode };
  if (p.modes !== undefined) o.modes = p.modes;
  if (p.windowStart !== undefined) {
    o.window = { start: formatIsoDay(p.windowStart), end: formatIsoDay(p.windowEnd as number) };
  }
  if (p.title !== undefined) o.title = p.title;
  if (p.topics !== undefined) o.topics = p.topics;
  if (p.variant !== undefined) o.variant = p.variant;
  if (p.reason !== undefined) {
    o.moved = { from: formatIsoDay(p.movedFrom as number), reason: p.reason };
    if (p.conflictWith !== undefined) o.moved.conflictWith = p.conflictWith;
  }
  return o;
}
