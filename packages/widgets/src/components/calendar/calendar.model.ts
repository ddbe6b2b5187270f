// The calendar's view-model: what the views draw, computed from the element's state by core (grids,
// days, agendas) and kept until its inputs change, so moving the focus redraws without recomputing.
import {
  type CalendarEntry,
  formatDate,
  helsinkiDateTimeParts,
  helsinkiToday,
  type Locale,
  type LocalizedText,
} from '@perhekeskus/core';
// The computations without argument checks (and without zod): what reaches them is already checked,
// by the built-in folder's build or by the door check (`calendar.door.ts`), and the dates are checked here.
import {
  agendaGroups,
  type CalendarDay,
  groupEntriesByDay,
  type MonthGrid,
  monthGrid,
  shiftDate,
} from '@perhekeskus/core/trusted';
import { type CalendarWidgetMessages, formatDayMonth, formatMonthTitle } from '../../i18n/calendar/index.js';
import type { CheckedEntries, FoundPlace, Loaded, Sources } from './calendar.data.js';
import type { IcsContext } from './calendar.ics-names.js';
import type { LazyParts } from './calendar.lazy.js';

/** The three views; `agenda` is a list of the days that have events. */
export type CalendarView = 'month' | 'week' | 'agenda';

export const VIEWS: readonly CalendarView[] = ['month', 'week', 'agenda'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
/** The years `monthGrid` knows holidays for. */
export const YEARS = { from: 1900, to: 2200 } as const;

/**
 * Whether a value is a real `YYYY-MM-DD` date in the years the grid covers.
 *
 * @example
 * validDay('2026-02-30'); // false
 */
export function validDay(value: string | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < YEARS.from || year > YEARS.to) return false;
  // A real day survives the round trip (no 30 February): years 1900–2200 are plain years to Date.UTC.
  const day = new Date(Date.UTC(year, Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))));
  return day.toISOString().slice(0, 10) === value;
}

/**
 * The day moved by whole days, weeks or months (core's `shiftDate`), or undefined outside the
 * calendar's years. `date` is a valid day (`validDay`); the steps are the keyboard's and buttons'.
 */
export function shifted(date: string, shift: { days?: number; weeks?: number; months?: number }): string | undefined {
  const to = shiftDate(date, shift);
  return validDay(to) ? to : undefined;
}

/** An attribute with a date the calendar could not use: not a date, or a date outside {@link YEARS}. */
export interface DateIssue {
  attribute: 'date' | 'month' | 'today';
  value: string;
  /** A real day (as of a leap year) of a year outside {@link YEARS}, rather than no day at all. */
  years: boolean;
}

/**
 * Why a date attribute (already found unusable) cannot be used: its day and month make a real day
 * (checked in 2000; a 29 February is left to `validDay`), so only its year is outside the grid's, or no day.
 */
function dateIssue(attribute: DateIssue['attribute'], value: string): DateIssue {
  return { attribute, value, years: !value.includes('-02-29') && validDay(`2000${value.slice(4)}`.padEnd(10, '-01')) };
}

/** The day treated as today: the `today` attribute when valid, else today in Helsinki. */
export function todayOf(today: string | undefined): string {
  return validDay(today) ? today : helsinkiToday();
}

/**
 * The day to show and focus first: `date`, else `month` (today when it is in that month, else the 1st),
 * else today; and the attributes that could not be used.
 *
 * @example
 * initialDate({ month: '2026-04', today: '2026-03-10' }); // { date: '2026-04-01', issues: [] }
 */
export function initialDate(attributes: { date?: string; month?: string; today?: string }): {
  date: string;
  issues: DateIssue[];
} {
  const issues: DateIssue[] = [];
  const { date, month } = attributes;
  if (attributes.today && !validDay(attributes.today)) issues.push(dateIssue('today', attributes.today));
  const today = todayOf(attributes.today);
  if (date) {
    if (validDay(date)) return { date, issues };
    issues.push(dateIssue('date', date));
  } else if (month) {
    if (ISO_MONTH.test(month) && validDay(`${month}-01`)) {
      return { date: today.startsWith(month) ? today : `${month}-01`, issues };
    }
    issues.push(dateIssue('month', month));
  }
  return { date: today, issues };
}

/** Where an entry starts and ends in Helsinki: days `YYYY-MM-DD` (end inclusive) and clocks `HH:mm`. */
export interface Span {
  startDate: string;
  startClock: string;
  endDate: string;
  endClock: string;
}

// Days and wall-clock times in Helsinki whatever the browser's zone, from core, so a day here is the day
// core groups the entry under.
const spans = new WeakMap<CalendarEntry, Span>();

/** An entry's days and clock times in Helsinki (kept per entry). */
export function spanOf(entry: CalendarEntry): Span {
  let span = spans.get(entry);
  if (!span) {
    const start = helsinkiDateTimeParts(entry.start);
    // The end is exclusive: an entry that ends at midnight ends the day before.
    const last = new Date(Math.max(Date.parse(entry.start), Date.parse(entry.end) - 1));
    span = {
      startDate: start.date,
      startClock: start.time,
      endDate: helsinkiToday(last),
      endClock: helsinkiDateTimeParts(entry.end).time,
    };
    spans.set(entry, span);
  }
  return span;
}

/** The agenda of some days (core's `agendaGroups`), with its days by date for lookup. */
export interface Agenda {
  ongoing: CalendarEntry[];
  byDate: Map<string, CalendarEntry[]>;
}

/** The grid's days in order. */
export function gridDays(grid: MonthGrid): CalendarDay[] {
  return grid.weeks.flatMap((week) => week.days);
}

/** The days the view shows: the month's own days, or the focused day's week. */
export function visibleDays(grid: MonthGrid, view: CalendarView, focusDate: string): CalendarDay[] {
  const days = gridDays(grid);
  if (view !== 'week') return days.filter((day) => day.inMonth);
  const week = grid.weeks.find((w) => w.days.some((day) => day.date === focusDate));
  return week ? week.days : days.slice(0, 7);
}

/** Each entry of the days once, in the order core sorted them (by start, then id). */
export function entriesOf(byDay: Readonly<Record<string, CalendarEntry[]>>, days: readonly CalendarDay[]) {
  const seen = new Set<CalendarEntry>();
  for (const day of days) for (const entry of byDay[day.date] ?? []) seen.add(entry);
  return [...seen];
}

/** The title of the visible period: `Maaliskuu 2026`, `Viikko 11 (9.3.–15.3.2026)`. */
export function periodTitle(
  grid: MonthGrid,
  view: CalendarView,
  days: readonly CalendarDay[],
  locale: Locale,
  m: CalendarWidgetMessages,
): string {
  if (view !== 'week') return formatMonthTitle(grid.year, grid.month, locale);
  const first = days[0]?.date ?? '';
  const last = days.at(-1)?.date ?? '';
  const week = grid.weeks.find((w) => w.days[0]?.date === first);
  return m.weekTitle(String(week?.isoWeek ?? ''), `${formatDayMonth(first, locale)}–${formatDate(last, locale)}`);
}

/** Remembers the last answer of a function for the same inputs (compared by identity). */
function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (!last || last.args.length !== args.length || last.args.some((a, i) => a !== args[i])) {
      last = { args, result: compute(...args) };
    }
    return last.result;
  };
}

/** What went wrong while computing (core refusing some data): the rest is still shown. */
export interface Computed<T> {
  value: T;
  failed: boolean;
}

function attempt<T>(compute: () => T, fallback: T): Computed<T> {
  try {
    return { value: compute(), failed: false };
  } catch {
    return { value: fallback, failed: true };
  }
}

/**
 * The calendar's computations, each kept until its inputs change: the grid of the focused month, all
 * events (the page's own first, then the folder's; an id seen twice is shown once), the events by day
 * (core's `groupEntriesByDay`) and the agenda of the visible days (core's `agendaGroups`).
 */
export class CalendarModel {
  /** The grid of a month (`YYYY-MM`). */
  readonly grid = memo((month: string) => monthGrid(Number(month.slice(0, 4)), Number(month.slice(5, 7))));

  /** A meeting place's activities over the grid's days; `failed` when core could not read the place. */
  readonly placeEntries = memo(
    (found: FoundPlace | undefined, from: string, to: string, source: string): Computed<CalendarEntry[]> =>
      found?.place ? attempt(() => found.convert.placeEntries(found.place!, { from, to }, source), []) : ok([]),
  );

  /**
   * Every event to show, once each, and the ids of those the page gave itself (for their calendar
   * files: core's functions return parsed copies, so entries are told apart by id, not identity).
   */
  readonly entries = memo(
    (own: CheckedEntries | undefined, loaded: Loaded | undefined, place: readonly CalendarEntry[]) => {
      const byId = new Map<string, CalendarEntry>();
      const add = (entries: readonly CalendarEntry[]) => {
        for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
      };
      add(own?.entries ?? []);
      for (const file of loaded?.calendars.values() ?? []) add(file.entries);
      add(place);
      return { all: [...byId.values()], ownIds: new Set((own?.entries ?? []).map((entry) => entry.id)) };
    },
  );

  /** The events by day of the grid. */
  readonly byDay = memo((entries: readonly CalendarEntry[], grid: MonthGrid) =>
    attempt(() => groupByDay(entries, grid), {} as Record<string, CalendarEntry[]>),
  );

  /** The agenda of the visible days: what began before them is under way, the rest under its first day. */
  readonly agenda = memo((byDay: Record<string, CalendarEntry[]>, from: string, to: string) =>
    attempt(
      (): Agenda => {
        const seen = new Set<CalendarEntry>();
        for (const [date, entries] of Object.entries(byDay)) {
          if (date >= from && date <= to) for (const entry of entries) seen.add(entry);
        }
        const groups = agendaGroups([...seen], { from, to });
        return { ongoing: groups.ongoing, byDate: new Map(groups.days.map((d) => [d.date, d.entries])) };
      },
      { ongoing: [], byDate: new Map() },
    ),
  );

  /**
   * The view-model of the element's state: each part from the computations above, so a render that
   * only moves the focus recomputes nothing.
   */
  build(state: ViewState): BuiltViewModel {
    const { locale, view, focusDate, sources, loaded, m } = state;
    const grid = this.grid(focusDate.slice(0, 7));
    const days = visibleDays(grid, view, focusDate);
    const first = grid.weeks[0]?.days[0]?.date ?? '';
    const last = grid.weeks.at(-1)?.days.at(-1)?.date ?? '';
    const manifest = sources?.folder?.manifest;
    const place = this.placeEntries(loaded?.place, first, last, manifest?.sourceFile.name ?? '');
    const { all, ownIds } = this.entries(sources?.own, loaded, place.value);
    const byDay = this.byDay(all, grid);
    const from = days[0]?.date ?? '';
    const to = days.at(-1)?.date ?? '';
    const agenda = () => this.agenda(byDay.value, from, to);
    const years = yearsOf(days);
    const outside = manifest && state.wantsCalendars && !years.some((year) => manifest.years.includes(year));
    return {
      ...state,
      m,
      grid,
      days,
      byDay: byDay.value,
      shown: entriesOf(byDay.value, days),
      agenda: () => agenda().value,
      period: periodTitle(grid, view, days, locale, m),
      region: manifest?.region.name,
      yearsNote: outside ? m.publishedYears(yearSpan(manifest.years)) : undefined,
      ics: { locale, region: manifest?.region.id, ownIds },
      computeFailed: byDay.failed || (view === 'agenda' && agenda().failed),
      placeFailed: place.failed,
    };
  }
}

/** `2026–2027`, or `2026` for one year. */
function yearSpan(years: readonly number[]): string {
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

function ok<T>(value: T): Computed<T> {
  return { value, failed: false };
}

function groupByDay(entries: readonly CalendarEntry[], grid: MonthGrid): Record<string, CalendarEntry[]> {
  return groupEntriesByDay(
    entries,
    gridDays(grid).map((day) => day.date),
  );
}

/** The years a period touches (a grid from December to January touches two). */
export function yearsOf(days: readonly CalendarDay[]): number[] {
  return [...new Set(days.map((day) => Number(day.date.slice(0, 4))))];
}

/** The region's name and the folder's years, for the status line. */
export interface RegionInfo {
  id: string;
  name: LocalizedText;
  years: readonly number[];
}

/** Everything the views draw, in words and numbers; the views add nothing but markup. */
export interface CalendarViewModel {
  locale: Locale;
  m: CalendarWidgetMessages;
  /** Prefix of the element's ids (`aria-labelledby`). */
  uid: string;
  /** Level of the title heading; days and the dialog are one lower. */
  level: number;
  view: CalendarView;
  today: string;
  /** The grid's one tab stop, and the day whose month or week is shown. */
  focusDate: string;
  selected: string | undefined;
  grid: MonthGrid;
  /** The days the view shows. */
  days: CalendarDay[];
  byDay: Readonly<Record<string, CalendarEntry[]>>;
  /** The visible days' events, each once. */
  shown: CalendarEntry[];
  /** The agenda of the visible days, computed when a view asks for it. */
  agenda: () => Agenda;
  period: string;
  loading: boolean;
  region: LocalizedText | undefined;
  /** Shown when the period is outside the years the folder's calendars cover. */
  yearsNote: string | undefined;
  /** How many events a list shows before "show more": in the view, and in the dialog. */
  limit: number;
  dialogLimit: number;
  /** The keys of the open "more information" disclosures. */
  openDetails: ReadonlySet<string>;
  dialogDate: string | undefined;
  printing: boolean;
  ics: IcsContext;
  /** The parts loaded on first use (week view, dialog, calendar files), or `failed`, or undefined while loading. */
  parts: LazyParts;
}

/** A view-model as built, with what core could not compute (for the problems notice). */
export interface BuiltViewModel extends CalendarViewModel {
  computeFailed: boolean;
  placeFailed: boolean;
}

/** The element's state a view-model is built from. */
export interface ViewState {
  locale: Locale;
  /** The calendar's words in `locale` (loaded on first use by the locale controller). */
  m: CalendarWidgetMessages;
  uid: string;
  level: number;
  view: CalendarView;
  today: string;
  focusDate: string;
  selected: string | undefined;
  dialogDate: string | undefined;
  printing: boolean;
  limit: number;
  dialogLimit: number;
  openDetails: ReadonlySet<string>;
  sources: Sources | undefined;
  /** The folder's files read for the screen (none without a folder). */
  loaded: Loaded | undefined;
  loading: boolean;
  /** Whether the folder's group or evaluation calendars are asked for (for the published years' note). */
  wantsCalendars: boolean;
  parts: LazyParts;
}

/** What the views call back: the element's handlers. */
export interface CalendarHandlers {
  step(direction: -1 | 1): void;
  goToday(): void;
  chooseView(view: CalendarView): void;
  gridKeydown(event: KeyboardEvent): void;
  gridClick(event: MouseEvent): void;
  toggleDetails(key: string, entryId: string, event: Event): void;
  closeDialog(): void;
  dialogClosed(): void;
  dialogClick(event: MouseEvent): void;
  /** Shows the next page of a long list, in the view or in the dialog. */
  showMore(scope: 'view' | 'dialog'): void;
  prepareRangeLink(event: Event): void;
  /** Starts loading a part the user is about to want (hovering the view buttons, focusing the grid). */
  prefetch(part: keyof LazyParts): void;
}

/**
 * How many events a printout holds: every event of an ordinary period, but not 20,000 (a feed gone
 * wrong), which would block the page while it prints.
 */
export const PRINT_LIMIT = 1000;

/** A list's days cut to a page: the days shown (the last one perhaps in part), and how many events in all. */
export interface Page<T extends { entries: readonly CalendarEntry[] }> {
  groups: T[];
  shown: number;
  total: number;
}

/**
 * The first `limit` events of a list of days, so a feed of thousands draws a page at a time. Days
 * after the last event shown are left out; a day cut in the middle shows its first events.
 *
 * @param groups - the days (or groups) in order, each with its events
 * @param limit - how many events to draw
 * @returns the page
 * @example
 * paged([{ entries: [a, b] }, { entries: [c] }], 2); // { groups: [{ entries: [a, b] }], shown: 2, total: 3 }
 */
export function paged<T extends { entries: readonly CalendarEntry[] }>(groups: readonly T[], limit: number): Page<T> {
  const total = groups.reduce((sum, group) => sum + group.entries.length, 0);
  const shown: T[] = [];
  let used = 0;
  for (const group of groups) {
    if (used >= limit && total > limit) break;
    const room = limit - used;
    shown.push(group.entries.length > room ? { ...group, entries: group.entries.slice(0, room) } : group);
    used += Math.min(room, group.entries.length);
  }
  return { groups: shown, shown: Math.min(used, total), total };
}
