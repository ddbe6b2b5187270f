import { adoptStyles, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CalendarWidgetMessages } from '../../i18n/calendar/index.js';
import { importCalendarMessages } from '../../i18n/calendar/load.js';
import { DataSource, focusAfterRetry } from '../../internal/data-source.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { WidthController } from '../../internal/width-controller.js';
import {
  FileCache,
  hasSelection,
  type Loaded,
  type Needs,
  neededFiles,
  openSources,
  type Selection,
  type Sources,
} from './calendar.data.js';
import { fireDateSelect, fireEventSelect } from './calendar.events.js';
import { closeOnBackdrop, gridKey } from './calendar.keyboard.js';
import { icsPart, type LazyPart, type LazyParts, viewsPart } from './calendar.lazy.js';
import {
  type BuiltViewModel,
  type CalendarHandlers,
  CalendarModel,
  type CalendarView,
  type DateIssue,
  initialDate,
  shifted,
  todayOf,
  VIEWS,
  visibleDays,
  yearsOf,
} from './calendar.model.js';
import { PrintController } from './calendar.print.js';
import { calendarProblems } from './calendar.problems.js';
import { RangeLink } from './calendar.range-link.js';
import { styles } from './calendar.styles.js';
import { calendarView } from './calendar.view.js';

export type {
  PkDateSelectDetail,
  PkDateSelectEvent,
  PkEventSelectDetail,
  PkEventSelectEvent,
} from './calendar.events.js';
export type { CalendarView } from './calendar.model.js';

/** Below this width (40rem) the calendar opens as an agenda unless `view` says otherwise. */
const NARROW_PX = 640;
/** How many events a list draws at a time. */
const PAGE = 50;

let instances = 0;

const PARTS: { readonly [K in keyof LazyParts]: LazyPart<Exclude<LazyParts[K], 'failed' | undefined>> } = {
  views: viewsPart,
  ics: icsPart,
};

/**
 * A calendar of family-centre events (perhekeskus → family centre): the groups' meetings and the
 * evaluation calendar of a county's published folder (`perhekeskus publish`; the built-in Etelä-Savo
 * folder when there is no `src`), a meeting place's activities, and events a page gives in core's
 * `CalendarEntryList` JSON format. A thin view over `@perhekeskus/core`, which computes the grids, ISO
 * weeks, Finnish holidays, validation and the `.ics` files. Shows a month grid, a week, or an agenda
 * list (the default when the calendar is narrower than 40rem); times are Helsinki time. Invalid rows
 * are reported and left out; the valid ones are shown. The status line names the region the data
 * comes from.
 *
 * The month grid is an ARIA grid with one tab stop: arrow keys move by day and week, Home and End to
 * the start and end of the week, Page Up and Page Down by month (with Shift by year), Enter or Space
 * opens the day's events in a dialog. Long lists show 50 events at a time, with "show more".
 *
 * A first screen loads only what it shows: the week view, the day dialog and the writer of calendar
 * files load on first use (`updateComplete` waits for them), and a calendar of all the groups of a
 * folder reads one file of them all for each year on screen.
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
 * @csspart status - The live region with the visible period's event count (or "loading").
 * @csspart region - The name of the region the data comes from, beside the status.
 * @csspart years-note - The note shown when the visible period is outside the published years.
 * @csspart error - A message about data that could not be loaded or has errors, or about invalid attributes.
 * @csspart retry-button - The button that tries loading again.
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
 * @csspart show-more - The button under a long list that shows the next events.
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
  static override styles = styles;

  /** Reactive properties and their attributes (a static map costs less than a decorator per field). */
  static override properties: PropertyDeclarations = {
    _userView: { state: true },
    _focusDate: { state: true },
    _selected: { state: true },
    _dialogDate: { state: true },
    _limit: { state: true },
    _dialogLimit: { state: true },
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
  private readonly _lang = new LocaleController<CalendarWidgetMessages>(this, importCalendarMessages);
  private readonly _width = new WidthController(this, NARROW_PX);
  private readonly _sources = new DataSource<Sources>(this);
  private readonly _files = new DataSource<Loaded>(this);
  private readonly _cache = new FileCache();
  private readonly _model = new CalendarModel();
  private readonly _print = new PrintController(this);
  private readonly _rangeLink = new RangeLink(this);
  private _sourcesKey: string | undefined;
  private _filesKey = '';
  private _needs: Needs | undefined;
  /** True when the calendar shows every group of the folder (nothing chosen, no events of its own). */
  private _allGroups = false;
  private _pageKey = '';
  private _dateIssues: DateIssue[] = [];
  /** An element to focus after the next render (a day moved to, the first of the next page, the status). */
  private _focusTarget: string | undefined;
  private _dialogTrigger: HTMLElement | undefined;
  private readonly _openDetails = new Set<string>();
  /** Loads of lazy parts under way, which `updateComplete` waits for. */
  private readonly _loads = new Set<Promise<unknown>>();
  /** The user asked for a calendar file (details opened, the period's link clicked). */
  private _icsWanted = false;
  /** The week's and the dialog's stylesheet is adopted (it comes with their module). */
  private _viewsStyled = false;

  /** The view the user picked with the view buttons; wins over the attribute until it changes. */
  private _userView: CalendarView | undefined;
  /** The active day: the grid's tab stop, and the day whose month or week is shown. */
  private _focusDate = '';
  private _selected: string | undefined;
  private _dialogDate: string | undefined;
  private _limit = PAGE;
  private _dialogLimit = PAGE;

  /**
   * `month`, `week` or `agenda`. Without it the calendar shows a month, or an agenda when narrower than 40rem.
   * @type {'month' | 'week' | 'agenda' | undefined}
   */
  view: string | undefined;

  /**
   * Groups whose meetings to show, ids comma-separated as the published folder's `index.json` lists
   * them (`steering-group,meeting-place-network`). Without `groups`, `place` and `evaluation`, a calendar
   * without events of its own shows every group of the folder.
   */
  groups: string | undefined;

  /** A meeting place of the folder's `places.json` whose weekly activities to show, by id. */
  place: string | undefined;

  /** Shows the folder's evaluation calendar (arviointi, evaluation and follow-up). */
  evaluation = false;

  /**
   * URL of a county's published folder (its `index.json`, made by `perhekeskus publish`), or of a JSON
   * file of events in core's `CalendarEntryList` format (then `groups`, `place` and `evaluation` come
   * from the built-in folder). Without it, the built-in folder.
   */
  src: string | undefined;

  /** Events given directly, in the `CalendarEntryList` format or as an array (validated like a file). Wins over `src`. */
  entries: unknown;

  /** The month to show, `YYYY-MM`. */
  month: string | undefined;

  /** The day to show and focus, `YYYY-MM-DD`. Wins over `month`. */
  date: string | undefined;

  /** The day treated as today (`YYYY-MM-DD`, Helsinki). Defaults to the current date in Helsinki. */
  today: string | undefined;

  /**
   * Level (2–6) of the title heading; the dialog's and the days' headings are one level lower.
   * @type {2 | 3 | 4 | 5 | 6}
   */
  headingLevel = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      // Measured once before the first render, so a narrow page never renders a month grid first.
      const width = this.getBoundingClientRect().width;
      if (width > 0) this._width.narrow = width < NARROW_PX;
    }
    if (!this.hasUpdated || changed.has('date') || changed.has('month') || changed.has('today')) {
      ({ date: this._focusDate, issues: this._dateIssues } = initialDate(this));
    }
    if (changed.has('view') && this.hasUpdated) this._userView = undefined;
    const selection = this._selection();
    const sourcesKey = `${this.src ?? ''}|${hasSelection(selection)}`;
    if (changed.has('entries') || sourcesKey !== this._sourcesKey) {
      this._sourcesKey = sourcesKey;
      const { entries, src } = this;
      void this._sources.load((signal) => openSources(entries, src, selection, signal));
    }
    this._loadFiles(selection);
    const pageKey = `${this._view()}|${this._days()[0]?.date}`;
    if (pageKey !== this._pageKey) {
      this._pageKey = pageKey;
      this._limit = PAGE;
    }
    // The parts this screen needs (a view attribute may ask for the week; open details for their files).
    if (this._view() === 'week' || this._dialogDate) this._use(viewsPart);
    if (this._openDetails.size > 0) this._use(icsPart);
    if (viewsPart.module && !this._viewsStyled) {
      this._viewsStyled = true;
      adoptStyles(this.renderRoot as ShadowRoot, [...CalendarElement.elementStyles, viewsPart.module.styles]);
    }
  }

  /** Resolves once rendered with every lazy part the screen needs loaded (or failed). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this._lang.ready;
    let complete = await super.getUpdateComplete();
    while (this._loads.size > 0) {
      await Promise.all(this._loads);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this._dialogDate && !dialog.open) dialog.showModal();
    if (this._focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(this._focusTarget)?.focus();
      this._focusTarget = undefined;
    }
  }

  /**
   * Loads a lazy part and renders again when it is there. After a failed load it is tried again
   * only when the user asks (`retry`), so a lasting failure is shown rather than retried in a loop.
   */
  private _use(part: LazyPart<unknown>, retry = false): void {
    if (part.module || (part.failed && !retry)) return;
    this._track(part.load().then(() => this.requestUpdate()));
  }

  private _track(loading: Promise<unknown>): void {
    this._loads.add(loading);
    void loading.finally(() => this._loads.delete(loading));
  }

  /** Whether a part the user asked for could not be loaded. */
  private _partFailed(): boolean {
    return (
      (viewsPart.failed && (this._view() === 'week' || this._dialogDate !== undefined)) ||
      (this._icsWanted && icsPart.failed)
    );
  }

  private _selection(): Selection {
    const groups = [...new Set((this.groups ?? '').split(',').map((id) => id.trim()))].filter(Boolean);
    return { groups, evaluation: this.evaluation, place: this.place?.trim() || undefined };
  }

  /** Reads the folder's files the screen needs, when they change (another group, another year). */
  private _loadFiles(selection: Selection): void {
    const sources = this._sources.data;
    const folder = sources?.folder;
    if (!sources || !folder) {
      this._needs = undefined;
      this._allGroups = false;
      return;
    }
    this._allGroups = !hasSelection(selection) && !sources.own;
    const needs = neededFiles(folder, selection, this._allGroups, yearsOf(this._days()));
    this._needs = needs;
    const paths = [...needs.calendars.map((f) => f.path), needs.places?.path, selection.place].join(',');
    const key = `${folder.index.href}|${paths}`;
    if (key === this._filesKey) return;
    this._filesKey = key;
    void this._files.load((signal) => this._cache.load(folder, needs, selection.place, sources.door, signal));
  }

  private _view(): CalendarView {
    if (this._userView) return this._userView;
    if (VIEWS.includes(this.view as CalendarView)) return this.view as CalendarView;
    return this._width.narrow ? 'agenda' : 'month';
  }

  private _days() {
    return visibleDays(this._model.grid(this._focusDate.slice(0, 7)), this._view(), this._focusDate);
  }

  /** The files read from the current folder (a previous folder's stay out of sight while another loads). */
  private _loaded(): Loaded | undefined {
    const loaded = this._files.data;
    return loaded && loaded.index === this._sources.data?.folder?.index.href ? loaded : undefined;
  }

  /** Everything the views draw. */
  private _viewModel(): BuiltViewModel {
    return this._model.build({
      locale: this._lang.locale,
      // render() waits for the words, and the handlers run only after a render.
      m: this._lang.messages as CalendarWidgetMessages,
      uid: this._uid,
      level: this.headingLevel,
      view: this._view(),
      today: todayOf(this.today),
      focusDate: this._focusDate,
      selected: this._selected,
      dialogDate: this._dialogDate,
      printing: this._print.printing,
      limit: this._limit,
      dialogLimit: this._dialogLimit,
      openDetails: this._openDetails,
      sources: this._sources.data,
      loaded: this._loaded(),
      loading: this._sources.status === 'loading' || this._files.status === 'loading',
      wantsCalendars: this._allGroups || this.evaluation || this._selection().groups.length > 0,
      parts: { views: viewsPart.state, ics: icsPart.state },
    });
  }

  private _retry(): void {
    void (this._sources.status === 'error' ? this._sources.retry() : this._files.retry());
    // The button goes while loading: focus follows the load (the status line, then a new "Try again").
    focusAfterRetry(this, '[part="status"]');
  }

  private _retryParts(): void {
    focusAfterRetry(this, '[part="status"]');
    for (const part of Object.values(PARTS)) if (part.failed) this._use(part, true);
    this.requestUpdate();
  }

  private _move(to: string | undefined, focus: boolean): void {
    if (!to) return;
    this._focusDate = to;
    if (focus) this._focusTarget = `[role="gridcell"][data-date="${to}"]`;
  }

  /** The user chose a day: it becomes the selected day, the page hears of it, and its events open. */
  private _choose(date: string, trigger: HTMLElement): void {
    this._selected = date;
    this._dialogTrigger = trigger;
    this._dialogDate = date;
    this._dialogLimit = PAGE;
    this._use(viewsPart, true);
    fireDateSelect(this, date);
  }

  private readonly _handlers: CalendarHandlers = {
    step: (direction) => {
      const shift = this._view() === 'week' ? { weeks: direction } : { months: direction };
      this._move(shifted(this._focusDate, shift), false);
    },
    goToday: () => this._move(todayOf(this.today), false),
    chooseView: (view) => {
      this._userView = view;
      if (view === 'week') this._use(viewsPart, true);
    },
    gridKeydown: (event) => {
      if (!(event.target as HTMLElement).closest('[role="gridcell"]')) return;
      const key = gridKey(event, this._focusDate);
      if (!key) return;
      event.preventDefault();
      if (key === 'choose') this._choose(this._focusDate, event.target as HTMLElement);
      else this._move(shifted(this._focusDate, key), true);
    },
    gridClick: (event) => {
      const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
      const date = cell?.dataset['date'];
      if (!cell || !date) return;
      this._move(date, false);
      this._choose(date, cell);
    },
    toggleDetails: (key, entryId, event) => {
      const open = (event.target as HTMLDetailsElement).open;
      if (open === this._openDetails.has(key)) return;
      if (open) this._openDetails.add(key);
      else this._openDetails.delete(key);
      if (open) {
        this._icsWanted = true;
        this._use(icsPart, true);
      }
      this.requestUpdate();
      if (open) fireEventSelect(this, entryId);
    },
    closeDialog: () => this.renderRoot.querySelector('dialog')?.close(),
    dialogClosed: () => {
      // After the dialog closes (button, Esc): focus goes back to the day that opened it.
      this._dialogDate = undefined;
      const trigger = this._dialogTrigger;
      this._dialogTrigger = undefined;
      const target = trigger?.isConnected ? trigger : this.renderRoot.querySelector<HTMLElement>('[tabindex="0"]');
      target?.focus();
    },
    dialogClick: closeOnBackdrop,
    showMore: (scope) => {
      const shown = scope === 'dialog' ? this._dialogLimit : this._limit;
      if (scope === 'dialog') this._dialogLimit += PAGE;
      else this._limit += PAGE;
      // Focus the first of the events now shown, so keyboard and screen-reader users read on from there.
      this._focusTarget = `${scope === 'dialog' ? 'dialog' : '.screen-view'} [data-slot="${shown}"] summary`;
    },
    prepareRangeLink: (event) => {
      const link = event.currentTarget as HTMLAnchorElement;
      const click = event.type === 'click';
      if (click) this._icsWanted = true;
      if (icsPart.module) {
        this._rangeLink.prepare(link, this._viewModel(), icsPart.module);
        return;
      }
      // The writer is not here yet (hover and focus start loading it): a click waits for it, then
      // clicks again, so the file still downloads from this one click.
      if (click) event.preventDefault();
      this._track(
        icsPart.load().then((writer) => {
          if (!writer) this.requestUpdate();
          else if (link.isConnected && this._rangeLink.prepare(link, this._viewModel(), writer) && click) link.click();
        }),
      );
    },
    prefetch: (part) => {
      if (!PARTS[part].module) void PARTS[part].load().then(() => this.requestUpdate());
    },
  };

  override render() {
    if (!this._lang.messages) return nothing;
    const vm = this._viewModel();
    const failed = [this._sources, this._files].find((source) => source.status === 'error');
    let problems = calendarProblems(vm, {
      failed,
      retry: () => this._retry(),
      sources: this._sources.data,
      loaded: this._loaded(),
      dateIssues: this._dateIssues,
      view: this.view,
      selection: this._selection(),
      unknownGroups: this._needs?.unknownGroups ?? [],
    });
    if (this._partFailed() && !problems.failure) {
      // A part of the calendar itself (the week view, the dialog, the file writer) did not load.
      const l = vm.m;
      const retry = { label: l.retry, onClick: () => this._retryParts() };
      problems = { ...problems, failure: { text: l.loadFailedNetwork, detail: '', retry } };
    }
    return calendarView(vm, this._handlers, problems);
  }
}
