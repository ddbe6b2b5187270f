import {
  agendaGroups,
  type CalendarDay,
  type CalendarEntry,
  type CalendarIssue,
  calendarIssueMessage,
  entriesInRange,
  entriesToEvents,
  groupEntriesByDay,
  helsinkiDateTimeParts,
  helsinkiToday,
  type MonthGrid,
  modesText,
  monthGrid,
  shiftDate,
  toICalendar,
  validateCalendarEntries,
} from '@perhekeskus/core';
import {
  type CSSResultGroup,
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
  unsafeCSS,
} from 'lit';
import {
  type CalendarWidgetMessages,
  calendarWidgetMessages,
  formatDayMonth,
  formatLongDate,
  formatMonthTitle,
  weekdayShort,
} from '../../i18n/calendar.js';
import { loadFailureText } from '../../i18n/common.js';
import {
  capitalize,
  formatClock,
  formatCount,
  formatDate,
  formatDay,
  formatTimeRange,
  WEEKDAYS,
  type WidgetLocale,
  weekdayName,
} from '../../i18n/index.js';
import { display, localizedText, shownText } from '../../internal/localized-text.js';
import { type LoadFailure, SrcLoader } from '../../internal/src-loader.js';
import { watchLocale } from '../../internal/watch-locale.js';
import { baseStyles } from '../../styles/base.js';
import { controlStyles } from '../../styles/controls.js';
// `?inline` gives the file's text; the build minifies it (CSS inside a `css` template would stay as written).
import styles from './calendar.css?inline';

/** Detail of `pk-date-select`: the day the user chose, `YYYY-MM-DD`. */
export interface PkDateSelectDetail {
  date: string;
}

/** Detail of `pk-event-select`: the id of the event whose details the user opened. */
export interface PkEventSelectDetail {
  entryId: string;
}

/** Fired when the user chooses a day in the month grid (Enter, Space or a click). */
export type PkDateSelectEvent = CustomEvent<PkDateSelectDetail>;

/** Fired when the user opens an event's details. */
export type PkEventSelectEvent = CustomEvent<PkEventSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'pk-date-select': PkDateSelectEvent;
    'pk-event-select': PkEventSelectEvent;
  }
}

/** The three views; `agenda` is a list of the days that have events. */
export type CalendarView = 'month' | 'week' | 'agenda';

const VIEWS: readonly CalendarView[] = ['month', 'week', 'agenda'];

/** The built-in Etelä-Savo sources and their converters, loaded on first need. */
type BuiltIn = typeof import('./calendar-built-in-data.js');

let builtIn: Promise<BuiltIn> | undefined;
function loadBuiltIn(): Promise<BuiltIn> {
  builtIn ??= import('./calendar-built-in-data.js');
  return builtIn;
}

type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

/** A problem with the element's own attributes, translated when shown. */
type SettingIssue =
  | { kind: 'group' | 'place' | 'view'; value: string }
  | { kind: 'date'; attribute: 'date' | 'month' | 'today'; value: string };

/** The agenda of some days, from core's `agendaGroups`, with its days by date for lookup. */
interface Agenda {
  ongoing: CalendarEntry[];
  byDate: Map<string, CalendarEntry[]>;
}

/** Below this width (in rem) the calendar opens as an agenda unless `view` says otherwise. */
const NARROW_REM = 40;
/** Event lines a month cell shows before "+n more". */
const CELL_EVENTS = 3;
const MAX_ISSUES_SHOWN = 10;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
/** The years `monthGrid` knows holidays for. */
const YEARS = { from: 1900, to: 2200 };

let instances = 0;

/** A real `YYYY-MM-DD` date in the years the grid covers. */
function validDay(value: string | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < YEARS.from || year > YEARS.to) return false;
  try {
    return shiftDate(value, {}) === value;
  } catch {
    return false;
  }
}

/** ISO weekday of a date, 1 = Monday … 7 = Sunday. */
function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** Only `http:` and `https:` addresses become links: data may carry `javascript:` URLs. */
function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Where an entry starts and ends in Helsinki: days `YYYY-MM-DD` (end inclusive) and clocks `HH:mm`. */
interface Span {
  startDate: string;
  startClock: string;
  endDate: string;
  endClock: string;
}

// Days and wall-clock times in Helsinki whatever the browser's zone, from core, so a day here is the day
// core groups the entry under.
const spans = new WeakMap<CalendarEntry, Span>();
function spanOf(entry: CalendarEntry): Span {
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

/**
 * A calendar of family-centre events (perhekeskus → family centre): group meetings, a meeting place's
 * activities and the evaluation calendar from the built-in Etelä-Savo data, and events a page gives
 * in core's `CalendarEntryList` JSON format. A thin view over `@perhekeskus/core`, which computes the
 * grids, ISO weeks, Finnish holidays, schedules, validation and the `.ics` files. Shows a month grid,
 * a week, or an agenda list (the default when the calendar is narrower than 40rem); times are
 * Helsinki time. Invalid rows are reported and left out; the valid ones are shown.
 *
 * The month grid is an ARIA grid with one tab stop: arrow keys move by day and week, Home and End to
 * the start and end of the week, Page Up and Page Down by month (with Shift by year), Enter or Space
 * opens the day's events in a dialog.
 *
 * @tagname pk-calendar
 *
 * @summary A month, week and agenda calendar of group meetings, meeting-place activities and
 * evaluation tasks, with Finnish holidays, ISO week numbers and calendar files.
 *
 * @event {CustomEvent<{ date: string }>} pk-date-select - The user chose a day in the month grid (Enter,
 * Space or a click); `detail.date` is `YYYY-MM-DD`. Not fired when the visible date changes otherwise.
 * @event {CustomEvent<{ entryId: string }>} pk-event-select - The user opened an event's details;
 * `detail.entryId` is the entry's `id`.
 *
 * @csspart toolbar - The bar with the navigation buttons, the title and the view buttons.
 * @csspart title - The heading naming the visible month or week.
 * @csspart nav-button - The previous, today and next buttons.
 * @csspart views - The group of view buttons.
 * @csspart view-button - A view button; the chosen one also carries `selected`.
 * @csspart example-note - The note shown when any visible event is invented example data.
 * @csspart status - The live region announcing the visible period and its event count.
 * @csspart error - A message about data that could not be loaded or has errors, or about invalid attributes.
 * @csspart retry-button - The button that tries loading `src` again.
 * @csspart grid - The month grid (a table with `role="grid"`).
 * @csspart weekday - A weekday column header of the month grid.
 * @csspart week-number - A week-number row header of the month grid.
 * @csspart day - A day cell of the month grid or a day of the week and agenda views, with the tokens
 * `today`, `holiday` (holidays and days off), `selected` (the chosen day) and `outside` (another month's day).
 * The agenda's first group, of events that began before the period and are still under way, is
 * `day ongoing`.
 * @csspart holiday-name - The name of a holiday or day off.
 * @csspart holidays - The list of the visible month's holidays and days off under the grid.
 * @csspart week - The week view.
 * @csspart agenda - The agenda list (also printed).
 * @csspart event - One event; example rows also carry `example` (`event example`).
 * @csspart badge - A badge; the example-data badge also carries `example`.
 * @csspart details - An event's "more information" disclosure.
 * @csspart calendar-link - A link that downloads an `.ics` file: per event, and for the visible period.
 * @csspart dialog - The dialog listing the events of the chosen day.
 * @csspart close-button - The dialog's close button.
 *
 * @cssproperty [--pk-font-family=system-ui, sans-serif] - Font of the whole widget.
 * @cssproperty [--pk-text=#1b1b1b] - Text colour.
 * @cssproperty [--pk-muted-text=#4d4d4d] - Secondary text colour (other months' days, hints).
 * @cssproperty [--pk-surface=#ffffff] - Background colour.
 * @cssproperty [--pk-surface-alt=#f3f5f7] - Background of the toolbar, other months' days and notices.
 * @cssproperty [--pk-border=#6b7280] - Border colour of controls, cells and cards.
 * @cssproperty [--pk-accent=#00577d] - Accent colour: buttons, links, today, the event edge.
 * @cssproperty [--pk-accent-text=#ffffff] - Text on the accent colour.
 * @cssproperty [--pk-focus=#b3005e] - Focus outline colour.
 * @cssproperty [--pk-radius=0.5rem] - Corner radius.
 * @cssproperty [--pk-gap=1rem] - Spacing between blocks.
 * @cssproperty [--pk-holiday-text=#a4161a] - Text of holiday dates and names.
 * @cssproperty [--pk-example-surface=#fff4cc] - Background of the example-data badge.
 * @cssproperty [--pk-example-text=#4a3700] - Text of the example-data badge.
 * @cssproperty [--pk-error-surface=#fdecea] - Background of error messages.
 * @cssproperty [--pk-error-text=#8a1c12] - Text of error messages.
 */
export class CalendarElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, controlStyles, unsafeCSS(styles)];

  /** Reactive properties and their attributes (a static map costs less than a decorator per field). */
  static override properties: PropertyDeclarations = {
    _locale: { state: true },
    _narrow: { state: true },
    _userView: { state: true },
    _focusDate: { state: true },
    _selected: { state: true },
    _given: { state: true },
    _load: { state: true },
    _failure: { state: true },
    _httpStatus: { state: true },
    _builtIn: { state: true },
    _builtInFailed: { state: true },
    _dialogDate: { state: true },
    _printing: { state: true },
    view: {},
    groups: {},
    place: {},
    evaluation: { type: Boolean },
    src: {},
    entries: { attribute: false },
    month: {},
    date: {},
    today: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  private readonly _uid = `pk-cal-${++instances}`;
  private _langObserver: MutationObserver | undefined;
  private _resizeObserver: ResizeObserver | undefined;
  private readonly _loader = new SrcLoader(
    this,
    (json) => this._accept(json),
    (failure, status) => this._fail(failure, status),
  );
  private _focusPending = false;
  private _dialogTrigger: HTMLElement | undefined;
  private _openDetails = new Set<string>();
  private _grid: MonthGrid | undefined;
  private _builtInKey = '';
  private _builtInEntries: CalendarEntry[] = [];
  private _sourceIssues: SettingIssue[] = [];
  private _dateIssues: SettingIssue[] = [];
  private _byDayKey: [MonthGrid, readonly CalendarEntry[], readonly CalendarEntry[]] | undefined;
  private _byDay: Record<string, CalendarEntry[]> = {};
  private _computeFailed = false;
  private _agendaKey: [Record<string, CalendarEntry[]>, string, string] | undefined;
  private _agenda: Agenda = { ongoing: [], byDate: new Map() };
  private _agendaFailed = false;
  private _rangeLink: { key: string; href: string } | undefined;
  private readonly _onBeforePrint = () => {
    this._printing = true;
  };
  private readonly _onAfterPrint = () => {
    this._printing = false;
  };

  private _locale: WidgetLocale = 'fi';
  private _narrow = false;
  /** The view the user picked with the view buttons; wins over the attribute until it changes. */
  private _userView: CalendarView | undefined;
  /** The active day: the grid's tab stop, and the day whose month or week is shown. */
  private _focusDate = '';
  private _selected: string | undefined;
  /** The validated events of `entries` or `src`. */
  private _given: { entries: CalendarEntry[]; issues: CalendarIssue[]; fatal: boolean } = {
    entries: [],
    issues: [],
    fatal: false,
  };
  private _load: LoadState = 'idle';
  private _failure: LoadFailure | undefined;
  private _httpStatus = '';
  private _builtIn: BuiltIn | undefined;
  private _builtInFailed = false;
  private _dialogDate: string | undefined;
  private _printing = false;

  /** `month`, `week` or `agenda`. Without it the calendar shows a month, or an agenda when narrower than 40rem. */
  view: string | undefined;

  /** Built-in Etelä-Savo groups whose meetings to show, ids comma-separated (`steering-group,meeting-place-network`). */
  groups: string | undefined;

  /** A built-in meeting place whose activities to show, by id (`rantasalmi-open-meeting-place`). */
  place: string | undefined;

  /** Shows the built-in evaluation calendar (arviointi, evaluation and follow-up). */
  evaluation = false;

  /** URL of a JSON file of events in core's `CalendarEntryList` format. Fetched as given; nothing else is requested. */
  src: string | undefined;

  /** Events given directly, in the `CalendarEntryList` format or as an array (validated like a file). Wins over `src`. */
  entries: unknown;

  /** The month to show, `YYYY-MM`. */
  month: string | undefined;

  /** The day to show and focus, `YYYY-MM-DD`. Wins over `month`. */
  date: string | undefined;

  /** The day treated as today (`YYYY-MM-DD`, Helsinki). Defaults to the current date in Helsinki. */
  today: string | undefined;

  /** Level (1–6) of the title heading; the dialog's and the days' headings are one level lower. */
  headingLevel = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    this._langObserver = watchLocale(this, (locale) => (this._locale = locale));
    if (typeof ResizeObserver === 'function') {
      this._resizeObserver = new ResizeObserver((records) => {
        const width = records[0]?.contentRect.width ?? 0;
        // Next frame: re-rendering inside the callback would resize the host again within the same
        // observation ("ResizeObserver loop completed with undelivered notifications").
        if (width > 0) requestAnimationFrame(() => (this._narrow = this._isNarrow(width)));
      });
      this._resizeObserver.observe(this);
    }
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._langObserver?.disconnect();
    this._resizeObserver?.disconnect();
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onAfterPrint);
    this._revokeRangeLink();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      // Measured once before the first render, so a narrow page never renders a month grid first.
      const width = this.getBoundingClientRect().width;
      if (width > 0) this._narrow = this._isNarrow(width);
    }
    if (!this.hasUpdated || changed.has('date') || changed.has('month') || changed.has('today')) {
      this._focusDate = this._initialDate();
    }
    if (changed.has('view') && this.hasUpdated) this._userView = undefined;
    if (!this.hasUpdated || changed.has('entries') || changed.has('src')) this._loadGiven();
    if (this._wantsBuiltIn() && !this._builtIn && !this._builtInFailed) this._loadBuiltIn();
    this._compute();
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this._dialogDate && !dialog.open) dialog.showModal();
    if (this._focusPending) {
      this._focusPending = false;
      this._cell(this._focusDate)?.focus();
    }
  }

  private _isNarrow(width: number): boolean {
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    return width < NARROW_REM * rem;
  }

  private _todayIso(): string {
    return validDay(this.today) ? this.today : helsinkiToday();
  }

  /** The day from `date`, else `month` (today when it is in that month, else the 1st), else today. */
  private _initialDate(): string {
    const issues: SettingIssue[] = [];
    if (this.today && !validDay(this.today)) issues.push({ kind: 'date', attribute: 'today', value: this.today });
    const today = this._todayIso();
    let date = today;
    if (this.date) {
      if (validDay(this.date)) date = this.date;
      else issues.push({ kind: 'date', attribute: 'date', value: this.date });
    } else if (this.month) {
      const match = ISO_MONTH.exec(this.month);
      const first = `${this.month}-01`;
      if (match && validDay(first)) date = today.startsWith(this.month) ? today : first;
      else issues.push({ kind: 'date', attribute: 'month', value: this.month });
    }
    this._dateIssues = issues;
    return date;
  }

  private _view(): CalendarView {
    if (this._userView) return this._userView;
    if (VIEWS.includes(this.view as CalendarView)) return this.view as CalendarView;
    return this._narrow ? 'agenda' : 'month';
  }

  private _groupIds(): string[] {
    return [
      ...new Set(
        (this.groups ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ];
  }

  private _wantsBuiltIn(): boolean {
    return this._groupIds().length > 0 || Boolean(this.place?.trim()) || this.evaluation;
  }

  private _loadBuiltIn(): void {
    loadBuiltIn().then(
      (data) => {
        this._builtIn = data;
      },
      () => {
        this._builtInFailed = true;
      },
    );
  }

  /** Validates `entries`, or fetches `src`; neither given means no events of the page's own. */
  private _loadGiven(): void {
    const token = this._loader.begin();
    this._failure = undefined;
    if (this.entries !== undefined) {
      this._accept(this.entries);
    } else if (this.src) {
      this._load = 'loading';
      void this._loader.fetch(this.src, token);
    } else {
      this._given = { entries: [], issues: [], fatal: false };
      this._load = 'idle';
    }
  }

  private _fail(failure: LoadFailure, status = ''): void {
    this._load = 'failed';
    this._failure = failure;
    this._httpStatus = status;
    this._given = { entries: [], issues: [], fatal: false };
  }

  private _accept(input: unknown): void {
    try {
      this._given = validateCalendarEntries(input);
    } catch {
      this._given = { entries: [], issues: [], fatal: true };
    }
    this._load = 'ready';
  }

  /** The grid of the active month, the built-in events of its days, and every event grouped by day. */
  private _compute(): void {
    const year = Number(this._focusDate.slice(0, 4));
    const month = Number(this._focusDate.slice(5, 7));
    if (this._grid?.year !== year || this._grid.month !== month) this._grid = monthGrid(year, month);
    const grid = this._grid;
    const from = grid.weeks[0]!.days[0]!.date;
    const to = grid.weeks[5]!.days[6]!.date;
    const key = [this._groupIds().join(','), this.place ?? '', this.evaluation, from, Boolean(this._builtIn)].join('|');
    if (key !== this._builtInKey) {
      this._builtInKey = key;
      this._builtInEntries = this._computeBuiltIn(from, to);
    }
    const given = this._given.entries;
    const ownKey = this._byDayKey;
    if (!ownKey || ownKey[0] !== grid || ownKey[1] !== given || ownKey[2] !== this._builtInEntries) {
      this._byDayKey = [grid, given, this._builtInEntries];
      // The page's own events first: a built-in event with the same id is left out.
      const byId = new Map<string, CalendarEntry>();
      for (const entry of [...given, ...this._builtInEntries]) if (!byId.has(entry.id)) byId.set(entry.id, entry);
      try {
        this._byDay = groupEntriesByDay(
          [...byId.values()],
          this._gridDays().map((d) => d.date),
        );
        this._computeFailed = false;
      } catch {
        this._byDay = {};
        this._computeFailed = true;
      }
    }
    const view = this._view();
    if (view === 'agenda' || this._printing) this._agendaOf(this._visibleDays(view));
  }

  /**
   * The agenda of the days (core's `agendaGroups`), kept until the events or the days change: events
   * that began before the first day are under way, the others listed once under their start day.
   */
  private _agendaOf(days: readonly CalendarDay[]): Agenda {
    const from = days[0]?.date ?? '';
    const to = days.at(-1)?.date ?? '';
    const key = this._agendaKey;
    if (key && key[0] === this._byDay && key[1] === from && key[2] === to) return this._agenda;
    this._agendaKey = [this._byDay, from, to];
    try {
      const groups = days.length > 0 ? agendaGroups(this._entriesOf(days), { from, to }) : { ongoing: [], days: [] };
      this._agenda = { ongoing: groups.ongoing, byDate: new Map(groups.days.map((d) => [d.date, d.entries])) };
      this._agendaFailed = false;
    } catch {
      this._agenda = { ongoing: [], byDate: new Map() };
      this._agendaFailed = true;
    }
    return this._agenda;
  }

  /** Entries of the built-in groups, place and evaluation calendar for the days `from`–`to`. */
  private _computeBuiltIn(from: string, to: string): CalendarEntry[] {
    const data = this._builtIn;
    if (!data) {
      this._sourceIssues = [];
      return [];
    }
    const result = data.builtInEntries({
      groups: this._groupIds(),
      place: this.place?.trim() || undefined,
      evaluation: this.evaluation,
      from,
      to,
    });
    this._sourceIssues = [
      ...result.unknownGroups.map((value): SettingIssue => ({ kind: 'group', value })),
      ...(result.unknownPlace ? [{ kind: 'place', value: result.unknownPlace } as SettingIssue] : []),
    ];
    return result.entries;
  }

  private _gridDays(): CalendarDay[] {
    return this._grid ? this._grid.weeks.flatMap((w) => w.days) : [];
  }

  /** The days the current view shows: the month's own days, or the active day's week. */
  private _visibleDays(view: CalendarView): CalendarDay[] {
    const days = this._gridDays();
    if (view !== 'week') return days.filter((d) => d.inMonth);
    const index = days.findIndex((d) => d.date === this._focusDate);
    const monday = index - (isoWeekday(this._focusDate) - 1);
    return days.slice(monday, monday + 7);
  }

  /** Each entry once, in the order core sorted them (by start, then id). */
  private _entriesOf(days: readonly CalendarDay[]): CalendarEntry[] {
    const seen = new Set<CalendarEntry>();
    for (const day of days) for (const entry of this._byDay[day.date] ?? []) seen.add(entry);
    return [...seen];
  }

  private _messages(): CalendarWidgetMessages {
    return calendarWidgetMessages(this._locale);
  }

  private _periodTitle(view: CalendarView): string {
    const grid = this._grid!;
    if (view !== 'week') return formatMonthTitle(grid.year, grid.month, this._locale);
    const days = this._visibleDays('week');
    const week = this._grid!.weeks.find((w) => w.days[0]?.date === days[0]?.date);
    const range = `${formatDayMonth(days[0]!.date, this._locale)}–${formatDate(days[6]!.date, this._locale)}`;
    return this._messages().weekTitle(String(week?.isoWeek ?? ''), range);
  }

  private _cell(date: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-date="${date}"]`);
  }

  private _move(to: string | undefined, focus: boolean): void {
    if (!validDay(to)) return;
    this._focusDate = to;
    this._focusPending = focus;
  }

  private _shift(shift: { days?: number; weeks?: number; months?: number }): string | undefined {
    try {
      return shiftDate(this._focusDate, shift);
    } catch {
      return undefined;
    }
  }

  private _onGridKeydown(event: KeyboardEvent): void {
    if (!(event.target as HTMLElement).closest('[role="gridcell"]')) return;
    const weekday = isoWeekday(this._focusDate);
    let next: string | undefined;
    switch (event.key) {
      case 'ArrowLeft':
        next = this._shift({ days: -1 });
        break;
      case 'ArrowRight':
        next = this._shift({ days: 1 });
        break;
      case 'ArrowUp':
        next = this._shift({ weeks: -1 });
        break;
      case 'ArrowDown':
        next = this._shift({ weeks: 1 });
        break;
      case 'Home':
        next = this._shift({ days: 1 - weekday });
        break;
      case 'End':
        next = this._shift({ days: 7 - weekday });
        break;
      case 'PageUp':
        next = this._shift({ months: event.shiftKey ? -12 : -1 });
        break;
      case 'PageDown':
        next = this._shift({ months: event.shiftKey ? 12 : 1 });
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this._chooseDate(this._focusDate, event.target as HTMLElement);
        return;
      default:
        return;
    }
    event.preventDefault();
    this._move(next, true);
  }

  private _onGridClick(event: MouseEvent): void {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    const date = cell?.dataset['date'];
    if (!cell || !date) return;
    this._move(date, false);
    this._chooseDate(date, cell);
  }

  /** The user chose a day: it becomes the selected day, the page hears of it, and its events open. */
  private _chooseDate(date: string, trigger: HTMLElement): void {
    this._selected = date;
    this._dialogTrigger = trigger;
    this._dialogDate = date;
    this.dispatchEvent(
      new CustomEvent<PkDateSelectDetail>('pk-date-select', { detail: { date }, bubbles: true, composed: true }),
    );
  }

  private _closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  /** After the dialog closes (button, Esc): focus goes back to the day that opened it. */
  private _onDialogClose(): void {
    this._dialogDate = undefined;
    const trigger = this._dialogTrigger;
    this._dialogTrigger = undefined;
    const target = trigger?.isConnected ? trigger : this._cell(this._focusDate);
    target?.focus();
  }

  /** A click on the backdrop (outside the dialog's box) closes it, as a user expects of a modal. */
  private _onDialogClick(event: MouseEvent): void {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) dialog.close();
  }

  private _onView(view: CalendarView): void {
    this._userView = view;
  }

  private _onStep(direction: -1 | 1): void {
    const view = this._view();
    this._move(this._shift(view === 'week' ? { weeks: direction } : { months: direction }), false);
  }

  private _onToday(): void {
    this._move(this._todayIso(), false);
  }

  private _onRetry(): void {
    this._loadGiven();
  }

  private _onDetailsToggle(key: string, entryId: string, event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this._openDetails.has(key)) return;
    if (open) this._openDetails.add(key);
    else this._openDetails.delete(key);
    this.requestUpdate();
    if (open) {
      this.dispatchEvent(
        new CustomEvent<PkEventSelectDetail>('pk-event-select', {
          detail: { entryId },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  /** One event as an `.ics` data URL, built by core. */
  private _eventHref(entry: CalendarEntry, title: string): string | undefined {
    try {
      const events = entriesToEvents([entry], { locale: this._locale });
      const ics = toICalendar(events, { name: title });
      return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
    } catch {
      return undefined;
    }
  }

  /**
   * The visible period's events as an `.ics` file, built only when the user reaches for the link
   * (hover, focus or click), so a month of 500 events renders without writing a calendar file.
   */
  private _prepareRangeLink(event: Event): void {
    const link = event.currentTarget as HTMLAnchorElement;
    const view = this._view();
    const days = this._visibleDays(view);
    const key = this._rangeKey(view, days);
    if (this._rangeLink?.key !== key) {
      this._revokeRangeLink();
      try {
        const entries = entriesInRange(this._entriesOf(days), { from: days[0]!.date, to: days.at(-1)!.date });
        const ics = toICalendar(entriesToEvents(entries, { locale: this._locale }), {
          name: this._messages().calendarName(this._periodTitle(view)),
        });
        const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
        this._rangeLink = { key, href };
      } catch {
        return;
      }
    }
    link.href = this._rangeLink.href;
  }

  private _rangeKey(view: CalendarView, days: readonly CalendarDay[]): string {
    return `${view}|${days[0]?.date}|${this._locale}|${this._entriesOf(days).length}|${this._byDayKey?.[1].length}`;
  }

  private _revokeRangeLink(): void {
    if (this._rangeLink) URL.revokeObjectURL(this._rangeLink.href);
    this._rangeLink = undefined;
  }

  private _heading(level: number, id: string | undefined, className: string, content: unknown, part?: string) {
    const aria = Math.min(6, Math.max(1, Math.trunc(level) || 2));
    return html`<div role="heading" aria-level=${aria} id=${id ?? nothing} class=${className} part=${part ?? nothing}>
      ${content}
    </div>`;
  }

  private _holidayText(day: CalendarDay): string | undefined {
    const h = day.holiday;
    return h ? h.name[this._locale] : undefined;
  }

  /** `klo 9.30–11.00`; all-day and multi-day events as their days. */
  private _timeText(entry: CalendarEntry): string {
    const locale = this._locale;
    const m = this._messages();
    const s = spanOf(entry);
    if (entry.allDay) {
      if (s.startDate === s.endDate) return m.allDay;
      return `${formatDate(s.startDate, locale)}–${formatDate(s.endDate, locale)}`;
    }
    if (s.startDate === s.endDate) return formatTimeRange(s.startClock, s.endClock, locale);
    return `${formatDay(s.startDate, locale)} ${formatClock(s.startClock, locale)} – ${formatDay(s.endDate, locale)} ${formatClock(s.endClock, locale)}`;
  }

  private _cellLabel(day: CalendarDay, count: number): string {
    const locale = this._locale;
    const holiday = this._holidayText(day);
    const parts = [formatLongDate(day.date, locale)];
    if (holiday) parts.push(holiday);
    if (count > 0) parts.push(this._messages().eventCount(count, formatCount(count, locale)));
    return parts.join(', ');
  }

  private _dayParts(day: CalendarDay, today: string, outside: boolean): string {
    const parts = ['day'];
    if (day.date === today) parts.push('today');
    if (day.holiday) parts.push('holiday');
    if (day.date === this._selected) parts.push('selected');
    if (outside) parts.push('outside');
    return parts.join(' ');
  }

  private _renderToolbar(m: CalendarWidgetMessages, view: CalendarView) {
    const week = view === 'week';
    const labels: Record<CalendarView, string> = { month: m.viewMonth, week: m.viewWeek, agenda: m.viewAgenda };
    return html`<div class="toolbar" part="toolbar">
      <div class="nav">
        <button type="button" class="secondary icon" part="nav-button" @click=${() => this._onStep(-1)}>
          <span aria-hidden="true">‹</span><span class="visually-hidden">${week ? m.previousWeek : m.previousMonth}</span>
        </button>
        <button type="button" class="secondary" part="nav-button" @click=${this._onToday}>${m.today}</button>
        <button type="button" class="secondary icon" part="nav-button" @click=${() => this._onStep(1)}>
          <span aria-hidden="true">›</span><span class="visually-hidden">${week ? m.nextWeek : m.nextMonth}</span>
        </button>
      </div>
      ${this._heading(this.headingLevel, `${this._uid}-title`, 'title', this._periodTitle(view), 'title')}
      <div class="views" role="group" aria-label=${m.viewLabel} part="views">
        ${VIEWS.map(
          (v) => html`<button
            type="button"
            part=${v === view ? 'view-button selected' : 'view-button'}
            aria-pressed=${v === view ? 'true' : 'false'}
            @click=${() => this._onView(v)}
          >
            ${labels[v]}
          </button>`,
        )}
      </div>
    </div>`;
  }

  private _renderProblems(m: CalendarWidgetMessages) {
    const locale = this._locale;
    const blocks: TemplateResult[] = [];
    if (this._load === 'failed') {
      const detail = loadFailureText(m, this._failure, this._httpStatus);
      blocks.push(html`<p><strong>${m.loadFailed}</strong> ${detail}</p>
        ${
          this.src && this.entries === undefined
            ? html`<button type="button" part="retry-button" @click=${this._onRetry}>${m.retry}</button>`
            : nothing
        }`);
    }
    const { issues, fatal, entries } = this._given;
    if (this._load === 'ready' && (issues.length > 0 || fatal)) {
      const shown = issues.slice(0, MAX_ISSUES_SHOWN);
      const more = issues.length - shown.length;
      blocks.push(html`<p>
          <strong>${m.dataIssues(formatCount(issues.length, locale))}</strong>
          ${fatal || entries.length === 0 ? m.dataUnusable : m.dataIssuesKept(formatCount(entries.length, locale))}
        </p>
        <ul>
          ${shown.map((issue) => html`<li>${calendarIssueMessage(issue, locale)}</li>`)}
        </ul>
        ${more > 0 ? html`<p>${m.moreIssues(formatCount(more, locale))}</p>` : nothing}`);
    }
    const settings = [...this._dateIssues, ...this._sourceIssues];
    if (this.view && !VIEWS.includes(this.view as CalendarView)) settings.push({ kind: 'view', value: this.view });
    const computeFailed = this._computeFailed || this._agendaFailed;
    if (settings.length > 0 || this._builtInFailed || computeFailed) {
      blocks.push(html`<p><strong>${m.settingsIssues}</strong></p>
        <ul>
          ${settings.map(
            (issue) =>
              html`<li>
                ${
                  issue.kind === 'date'
                    ? m.invalidDate(issue.attribute, issue.value)
                    : issue.kind === 'group'
                      ? m.unknownGroup(issue.value)
                      : issue.kind === 'place'
                        ? m.unknownPlace(issue.value)
                        : m.invalidView(issue.value)
                }
              </li>`,
          )}
          ${this._builtInFailed ? html`<li>${m.builtInFailed}</li>` : nothing}
          ${computeFailed ? html`<li>${m.loadFailed}</li>` : nothing}
        </ul>`);
    }
    if (blocks.length === 0) return nothing;
    return html`<div class="notice error" part="error" role="alert">${blocks}</div>`;
  }

  private _renderGrid(m: CalendarWidgetMessages) {
    const locale = this._locale;
    const today = this._todayIso();
    const grid = this._grid!;
    return html`<table
        class="grid"
        part="grid"
        role="grid"
        aria-labelledby="${this._uid}-title"
        @keydown=${this._onGridKeydown}
        @click=${this._onGridClick}
      >
        <thead>
          <tr>
            <th scope="col" class="week-col" part="weekday">
              <span aria-hidden="true">${m.weekAbbr}</span><span class="visually-hidden">${m.weekColumn}</span>
            </th>
            ${WEEKDAYS.map(
              (weekday) => html`<th scope="col" part="weekday">
                <span aria-hidden="true">${weekdayShort(weekday, locale)}</span>
                <span class="visually-hidden">${weekdayName(weekday, locale)}</span>
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${grid.weeks.map(
            (week) => html`<tr>
              <th scope="row" class="week-number" part="week-number">
                <span aria-hidden="true">${week.isoWeek}</span>
                <span class="visually-hidden">${m.weekNumber(String(week.isoWeek))}</span>
              </th>
              ${week.days.map((day) => this._renderCell(m, day, today))}
            </tr>`,
          )}
        </tbody>
      </table>
      ${this._renderHolidayList(m)}`;
  }

  private _renderCell(m: CalendarWidgetMessages, day: CalendarDay, today: string) {
    const locale = this._locale;
    const entries = this._byDay[day.date] ?? [];
    const holiday = this._holidayText(day);
    const shown = entries.length > CELL_EVENTS ? entries.slice(0, CELL_EVENTS - 1) : entries;
    const more = entries.length - shown.length;
    const classes = [
      'cell',
      day.inMonth ? '' : 'outside',
      day.holiday ? 'holiday' : '',
      day.date === today ? 'today' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<td
      role="gridcell"
      class=${classes}
      part=${this._dayParts(day, today, !day.inMonth)}
      data-date=${day.date}
      tabindex=${day.date === this._focusDate ? '0' : '-1'}
      aria-current=${day.date === today ? 'date' : nothing}
      aria-selected=${day.date === this._selected ? 'true' : 'false'}
    >
      <span class="visually-hidden">${this._cellLabel(day, entries.length)}</span>
      <div class="cell-inner" aria-hidden="true">
        <span class="day-number">${Number(day.date.slice(8))}</span>
        ${holiday ? html`<span class="holiday-name" part="holiday-name">${holiday}</span>` : nothing}
        ${entries.length > 0 ? html`<span class="cell-count">${formatCount(entries.length, locale)}</span>` : nothing}
        ${
          entries.length > 0
            ? html`<ul class="cell-events">
              ${shown.map((entry) => {
                const span = spanOf(entry);
                const time =
                  entry.allDay || span.startDate !== day.date ? '' : `${formatClock(span.startClock, locale)} `;
                return html`<li class=${entry.example ? 'example' : ''}>
                  ${time}${localizedText(entry.title, locale)}${entry.example ? html` <span class="tag">(${m.exampleShort})</span>` : nothing}
                </li>`;
              })}
              ${more > 0 ? html`<li class="more">${m.moreEvents(formatCount(more, locale))}</li>` : nothing}
            </ul>`
            : nothing
        }
      </div>
    </td>`;
  }

  /** The month's holidays by name, so they are named at every width and without colour. */
  private _renderHolidayList(m: CalendarWidgetMessages) {
    const locale = this._locale;
    const holidays = this._gridDays().filter((d) => d.inMonth && d.holiday);
    if (holidays.length === 0) return nothing;
    return html`<div class="holidays" part="holidays">
      <p class="label">${m.holidaysHeading}</p>
      <ul>
        ${holidays.map(
          (d) => html`<li>
            <span>${formatDay(d.date, locale)}</span>
            <span class="holiday-name" part="holiday-name">${this._holidayText(d)}</span>
            <span>(${m.holidayKind[d.holiday!.kind]})</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private _renderEvent(m: CalendarWidgetMessages, entry: CalendarEntry, context: string) {
    const locale = this._locale;
    const shown = display(entry.title, locale);
    const title = shown.text;
    const titleText = shownText(shown, locale);
    // The group is named only when the title is another.
    const group = entry.groupName && display(entry.groupName, locale);
    const otherGroup = group && group.text !== title ? group : undefined;
    const mode = entry.mode && capitalize(modesText(entry.mode, locale), locale);
    const example = entry.example === true;
    const key = `${context}|${entry.id}`;
    const open = this._openDetails.has(key);
    return html`<li class="event ${example ? 'example' : ''}" part=${example ? 'event example' : 'event'}>
      <p class="event-time">${this._timeText(entry)}</p>
      <p class="event-title">
        <strong>${titleText}</strong>
        ${
          example
            ? html`<span class="badge example" part="badge example" title=${m.exampleExplained}>${m.example}</span>`
            : nothing
        }
      </p>
      ${
        mode || entry.location || otherGroup
          ? html`<dl class="facts">
            ${mode ? html`<div><dt>${m.mode}</dt><dd>${mode}</dd></div>` : nothing}
            ${entry.location ? html`<div><dt>${m.place}</dt><dd>${localizedText(entry.location, locale)}</dd></div>` : nothing}
            ${otherGroup ? html`<div><dt>${m.group}</dt><dd>${shownText(otherGroup, locale)}</dd></div>` : nothing}
          </dl>`
          : nothing
      }
      <details part="details" ?open=${open} @toggle=${(e: Event) => this._onDetailsToggle(key, entry.id, e)}>
        <summary>${m.moreInformation}<span class="visually-hidden">: ${titleText}</span></summary>
        ${open ? this._renderEventDetails(m, entry, title, titleText) : nothing}
      </details>
    </li>`;
  }

  /** Rendered only once the disclosure is open, so a long list costs no calendar files. */
  private _renderEventDetails(
    m: CalendarWidgetMessages,
    entry: CalendarEntry,
    title: string,
    titleText: string | TemplateResult,
  ) {
    const locale = this._locale;
    const url = safeHttpUrl(entry.url);
    const href = this._eventHref(entry, title);
    return html`<div class="details-body">
      ${entry.example ? html`<p>${m.exampleExplained}</p>` : nothing}
      ${entry.description ? html`<p class="description">${localizedText(entry.description, locale)}</p>` : nothing}
      ${
        entry.topics?.length
          ? html`<p class="label">${m.topics}</p>
            <ul>
              ${entry.topics.map((t) => html`<li>${localizedText(t, locale)}</li>`)}
            </ul>`
          : nothing
      }
      ${url ? html`<p><a href=${url} rel="noopener noreferrer">${m.website}<span class="visually-hidden">: ${titleText}</span></a></p>` : nothing}
      ${
        href
          ? html`<p>
            <a class="button secondary" part="calendar-link" href=${href} download="${entry.id}.ics">
              ${m.addToCalendar}<span class="visually-hidden">: ${titleText}</span>
            </a>
          </p>`
          : nothing
      }
    </div>`;
  }

  private _renderDayHeading(day: CalendarDay, level: number, today: string) {
    const holiday = this._holidayText(day);
    return this._heading(
      level,
      undefined,
      'day-heading',
      html`<span class="long-date">${capitalize(formatLongDate(day.date, this._locale), this._locale)}</span>
        <span class="short-date" aria-hidden="true">${capitalize(formatDay(day.date, this._locale), this._locale)}</span>
        ${holiday ? html`<span class="holiday-name" part="holiday-name">${holiday}</span>` : nothing}
        ${day.date === today ? html`<span class="badge today">${this._messages().today}</span>` : nothing}`,
    );
  }

  private _renderWeek(m: CalendarWidgetMessages) {
    const today = this._todayIso();
    const days = this._visibleDays('week');
    return html`<ol class="week" part="week" aria-labelledby="${this._uid}-title">
      ${days.map((day) => {
        const entries = this._byDay[day.date] ?? [];
        return html`<li
          class="week-day ${day.holiday ? 'holiday' : ''} ${day.date === today ? 'today' : ''}"
          part=${this._dayParts(day, today, false)}
          aria-current=${day.date === today ? 'date' : nothing}
        >
          ${this._renderDayHeading(day, this.headingLevel + 1, today)}
          ${
            entries.length > 0
              ? html`<ul class="events">
                ${entries.map((entry) => this._renderEvent(m, entry, `week|${day.date}`))}
              </ul>`
              : html`<p class="empty">${m.noEventsDay}</p>`
          }
        </li>`;
      })}
    </ol>`;
  }

  /**
   * The days with events or holidays, each event once: an event that began before the first day and
   * is still under way is listed in a group of its own at the top (with its dates), so a task of
   * three months is neither repeated nor shown as if it began on the 1st; the others are listed on
   * the day they start. Also the print view of every view.
   */
  private _renderAgenda(m: CalendarWidgetMessages, days: readonly CalendarDay[], empty: string) {
    const today = this._todayIso();
    const { ongoing, byDate } = this._agendaOf(days);
    const rows = days
      .map((day) => ({ day, entries: byDate.get(day.date) ?? [] }))
      .filter((row) => row.entries.length > 0 || row.day.holiday);
    if (ongoing.length === 0 && byDate.size === 0) {
      return html`<div class="agenda" part="agenda">
        <p class="notice">${empty}</p>
        ${rows.length > 0 ? this._renderAgendaList(m, [], rows, today) : nothing}
      </div>`;
    }
    return html`<div class="agenda" part="agenda">${this._renderAgendaList(m, ongoing, rows, today)}</div>`;
  }

  private _renderAgendaList(
    m: CalendarWidgetMessages,
    ongoing: readonly CalendarEntry[],
    rows: readonly { day: CalendarDay; entries: CalendarEntry[] }[],
    today: string,
  ) {
    return html`<ol class="agenda-days" aria-label=${m.eventsLabel}>
      ${
        ongoing.length > 0
          ? html`<li class="agenda-day ongoing" part="day ongoing">
            ${this._heading(this.headingLevel + 1, undefined, 'day-heading', html`<span>${m.ongoingHeading}</span>`)}
            <ul class="events">
              ${ongoing.map((entry) => this._renderEvent(m, entry, 'agenda|ongoing'))}
            </ul>
          </li>`
          : nothing
      }
      ${rows.map(
        ({ day, entries }) => html`<li
          class="agenda-day ${day.date === today ? 'today' : ''}"
          part=${this._dayParts(day, today, false)}
          aria-current=${day.date === today ? 'date' : nothing}
        >
          ${this._renderDayHeading(day, this.headingLevel + 1, today)}
          ${
            entries.length > 0
              ? html`<ul class="events">
                ${entries.map((entry) => this._renderEvent(m, entry, `agenda|${day.date}`))}
              </ul>`
              : nothing
          }
        </li>`,
      )}
    </ol>`;
  }

  private _renderDialog(m: CalendarWidgetMessages) {
    const date = this._dialogDate;
    const day = date ? this._gridDays().find((d) => d.date === date) : undefined;
    const entries = date ? (this._byDay[date] ?? []) : [];
    const holiday = day?.holiday;
    return html`<dialog
      part="dialog"
      aria-labelledby="${this._uid}-dialog-title"
      @close=${this._onDialogClose}
      @click=${this._onDialogClick}
    >
      ${
        date
          ? html`<div class="dialog-head">
              ${this._heading(
                this.headingLevel + 1,
                `${this._uid}-dialog-title`,
                'dialog-title',
                capitalize(formatLongDate(date, this._locale), this._locale),
              )}
              <button type="button" class="secondary" part="close-button" @click=${this._closeDialog}>${m.close}</button>
            </div>
            ${
              holiday
                ? html`<p class="holiday-name dialog-holiday" part="holiday-name">
                  ${holiday.name[this._locale]} (${m.holidayKind[holiday.kind]})
                </p>`
                : nothing
            }
            ${
              entries.length > 0
                ? html`<ul class="events" aria-label=${m.eventsLabel}>
                  ${entries.map((entry) => this._renderEvent(m, entry, `dialog|${date}`))}
                </ul>`
                : html`<p class="empty">${m.noEventsDay}</p>`
            }`
          : nothing
      }
    </dialog>`;
  }

  override render() {
    const m = this._messages();
    const locale = this._locale;
    const view = this._view();
    const days = this._visibleDays(view);
    const loading = this._load === 'loading' || (this._wantsBuiltIn() && !this._builtIn && !this._builtInFailed);
    const shown = this._entriesOf(days);
    const count = shown.length;
    const period = this._periodTitle(view);
    const status = loading ? m.loading : `${period}: ${m.eventCount(count, formatCount(count, locale))}`;
    const empty = view === 'week' ? m.noEventsWeek : m.noEventsMonth;
    const printAgenda = view !== 'agenda' && this._printing;
    return html`<div class="calendar view-${view}">
      ${this._renderToolbar(m, view)}
      <p class="visually-hidden" part="status" role="status" aria-live="polite" aria-atomic="true">${status}</p>
      ${this._renderProblems(m)}
      ${shown.some((e) => e.example === true) ? html`<p class="notice example-note" part="example-note">${m.examplesNote}</p>` : nothing}
      <div class="screen-view">
        ${
          view === 'month'
            ? this._renderGrid(m)
            : view === 'week'
              ? this._renderWeek(m)
              : this._renderAgenda(m, days, loading ? m.loading : empty)
        }
      </div>
      ${printAgenda ? html`<div class="print-only">${this._renderAgenda(m, days, empty)}</div>` : nothing}
      ${
        // An empty period has nothing to put in a calendar: no link that downloads an empty file.
        count > 0
          ? html`<div class="actions">
          <a
            class="button secondary"
            part="calendar-link"
            href="#"
            download=${`perhekeskus-${days[0]?.date ?? ''}.ics`}
            @pointerenter=${this._prepareRangeLink}
            @focus=${this._prepareRangeLink}
            @click=${this._prepareRangeLink}
          >
            ${m.addRangeToCalendar}<span class="visually-hidden">: ${period}</span>
          </a>
        </div>`
          : nothing
      }
      ${this._renderDialog(m)}
    </div>`;
  }
}
