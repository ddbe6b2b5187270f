import { helsinkiToday } from '@perhekeskus/core';
import {
  adoptStyles,
  type CSSResultGroup,
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import type { YearClockMessages } from '../../i18n/year-clock/index.js';
import { importYearClockMessages } from '../../i18n/year-clock/load.js';
import { getBuiltInIndex } from '../../internal/built-in.js';
import { DataSource, focusAfterRetry } from '../../internal/data-source.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { WidthController } from '../../internal/width-controller.js';
import { baseStyles } from '../../styles/base.js';
import { type ClockData, checkRings, loadClock, unusable } from './year-clock.data.js';
import { entrySelectEvent } from './year-clock.events.js';
import { type ClockPlan, planLoad } from './year-clock.request.js';
import { styles } from './year-clock.styles.js';
import { detailsView } from './year-clock.view-details.js';
import { type ClockView, clockTitle, clockView, type PlanView, type ViewModel } from './year-clock.view-model.js';
import { problemsView, statusView } from './year-clock.view-status.js';
import { tableView } from './year-clock.view-table.js';
import { SIDE_ROOM, wheelView } from './year-clock.view-wheel.js';

export type { PkEntrySelectDetail, PkEntrySelectEvent } from './year-clock.events.js';

/** Below this width (CSS px) the table shows by default: the clock's text gets small there. */
const NARROW_PX = 480;
/** The widest the clock is drawn (CSS px, month names included): wider, a wheel is hard to take in. */
const MAX_FACE_PX = 880;
/** The plan's many rings need a larger face for lanes wide enough to carry labels. */
const MAX_PLAN_FACE_PX = 1100;
/** The smallest layout drawn; narrower, the face scales down as a picture (the table is then shown). */
const MIN_LAYOUT_PX = 200;
/** The layout before the width is known, as the clock was always drawn. */
const DEFAULT_LAYOUT_PX = 400;
/** The width is followed in steps of this many CSS px, so that resizing does not lay out at every pixel. */
const WIDTH_STEP_PX = 16;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value is a real day written `YYYY-MM-DD` (no 30 February): the layout trusts the day it marks. */
function isRealDay(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const day = new Date(0);
  day.setUTCFullYear(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
  return day.toISOString().slice(0, 10) === value;
}

let instances = 0;

/**
 * A year clock (vuosikello, year clock): the year as a circle of twelve month sectors, January at
 * the top and running clockwise, with each entry drawn as an arc over its months in a ring of its
 * group or kind of work, and a marker at today. Choosing an entry shows its topics. The geometry
 * comes from `@perhekeskus/core`; the widget only draws it. Named `YearClockElement` so that it does
 * not clash with core's `YearClock` model.
 *
 * Data: `src` names a published folder's `index.json` (`perhekeskus publish`), or a single JSON file
 * of rings of the older format (`YearClockRing[]`, `{ "rings": [...] }`); without `src`, the
 * built-in data the embed carries. Data from a `src` or the `rings` property is checked with core's
 * schemas in the browser, ring by ring and entry by entry; the built-in data was checked when it was
 * built. The status line names the region the published data is of. From a published folder the
 * widget draws, by its attributes: a year clock (the first listed, or the one `clock` names), the
 * evaluation calendar of `year` (`source="evaluation"`), the whole action plan of `year`
 * (`source="plan"`: a ring per group with each meeting on its day, the evaluation tasks, and the
 * reports due to the steering group — the coordinator's year clock), or the meetings of the `groups`
 * in `year`, each over its months.
 *
 * The clock is drawn at the widget's width, up to 880 CSS px (1,100 for the plan). The plan view writes a label along each
 * arc that has room for it at that size (a meeting's day, else the entry's title); the others are named
 * by the details panel and the table. There each ring's checkbox in the legend shows or hides it: a
 * whole plan has too many rings for labels, and the rings left grow wider until theirs fit; the
 * table lists what is drawn. The plan view's code is loaded only by a clock that draws a plan.
 *
 * Accessibility (the pattern chosen): the SVG is not decorative but a control, so it is not
 * `aria-hidden`. It holds a labelled `listbox` whose options are the arcs, in one `group` per ring,
 * each named by title, months and ring; Tab reaches the set once (roving tabindex), the arrow keys
 * move to the next or previous entry in the order of the table, Home and End to the first and last,
 * and Enter, Space or a click chooses one: `aria-selected`, its topics in a polite live region,
 * focus stays on the arc. The drawing's text is also in text: the legend names the rings (numbered,
 * not by colour alone) and today's date. The same entries are always available as a `<table>` with a
 * caption, shown by default below 480 CSS px or with `show-table`, otherwise behind an
 * `aria-expanded` toggle, and always printed; the controls do not print.
 *
 * @tagname pk-year-clock
 *
 * @summary A year clock of meetings and tasks by month, in rings, with today marked, keyboard
 * operable and always paired with the same entries as a table.
 *
 * @slot - Content above the clock, such as a heading or an introduction.
 *
 * @event {CustomEvent<{ entryId: string; ringId: string }>} pk-entry-select - The user chose an
 * entry (click, Enter or Space); `detail` names the entry and its ring. Not fired on load or when
 * attributes or properties change.
 *
 * @csspart clock - The clock with its legend and hint.
 * @csspart face - The `<svg>` of the clock.
 * @csspart month - A month sector; today's month also carries `current` (`month current`).
 * @csspart month-label - A month's name on the clock face.
 * @csspart arc - An entry's arc; with the tokens `selected` (the chosen one) and `current` (its months include today).
 * @csspart arc-label - The label written along an arc that has room for it (plan view).
 * @csspart ring-number - The number of a ring on the clock face, matching the legend.
 * @csspart today - The today marker.
 * @csspart legend - The legend of the rings and the today marker.
 * @csspart ring-toggle - The checkbox beside a ring in the legend that shows or hides it (plan view).
 * @csspart hint - The short usage hint under the clock.
 * @csspart details - The panel showing the chosen entry's topics (a polite live region).
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table of the entries.
 * @csspart row - A table row; the chosen entry's row also carries `selected`.
 * @csspart status - The status line: "loading" while loading, then the region the published data is of.
 * @csspart error - The message about data that could not be loaded, has errors, or settings that could not be used.
 * @csspart retry-button - The button that tries loading again.
 *
 * @cssproperty [--pk-font-family=system-ui, sans-serif] - Font of the whole widget.
 * @cssproperty [--pk-text=#1b1b1b] - Text colour, month labels and the chosen arc's outline.
 * @cssproperty [--pk-muted-text=#4d4d4d] - Secondary text colour (hints, month lines).
 * @cssproperty [--pk-surface=#ffffff] - Background colour, and every other month sector.
 * @cssproperty [--pk-surface-alt=#f3f5f7] - The other month sectors, the details panel and notices.
 * @cssproperty [--pk-border=#6b7280] - Border colour.
 * @cssproperty [--pk-accent=#00577d] - Accent colour: buttons.
 * @cssproperty [--pk-accent-text=#ffffff] - Text on the accent colour.
 * @cssproperty [--pk-focus=#b3005e] - Focus outline colour, also around a focused arc.
 * @cssproperty [--pk-today=#b3005e] - The today marker.
 * @cssproperty [--pk-radius=0.5rem] - Corner radius.
 * @cssproperty [--pk-gap=1rem] - Spacing between blocks.
 * @cssproperty [--pk-error-surface=#fdecea] - Background of error messages.
 * @cssproperty [--pk-error-text=#8a1c12] - Text of error messages.
 * @cssproperty [--pk-ring-1=#00577d] - Arcs of the 1st, 7th, … ring; each default has at least 3:1 contrast with both surfaces.
 * @cssproperty [--pk-ring-2=#b34700] - Arcs of the 2nd ring.
 * @cssproperty [--pk-ring-3=#2e7d32] - Arcs of the 3rd ring.
 * @cssproperty [--pk-ring-4=#6b3fa0] - Arcs of the 4th ring.
 * @cssproperty [--pk-ring-5=#8a6a00] - Arcs of the 5th ring.
 * @cssproperty [--pk-ring-6=#4a5866] - Arcs of the 6th ring.
 */
export class YearClockElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, styles];

  /** Reactive properties and their attributes (a static map costs less than a decorator per field). */
  static override properties: PropertyDeclarations = {
    _selected: { state: true },
    _active: { state: true },
    _tableChoice: { state: true },
    _narrow: { state: true },
    _hidden: { state: true },
    src: {},
    source: {},
    clock: {},
    year: { type: Number },
    groups: {},
    rings: { attribute: false },
    label: {},
    today: {},
    showTable: { attribute: 'show-table', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  private readonly _uid = `pk-yc-${++instances}`;
  private readonly _data = new DataSource<ClockData>(this);
  private readonly _lang = new LocaleController<YearClockMessages>(this, importYearClockMessages);
  private readonly _width = new WidthController(this, NARROW_PX, WIDTH_STEP_PX);
  /** What the attributes ask for; a load starts when its key changes. */
  private _plan: ClockPlan | undefined;
  private _view: ClockView | undefined;
  private _viewKey: [readonly unknown[] | undefined, string | undefined, number, ReadonlySet<string>] | undefined;
  private _focusActive = false;

  /** The chosen entry's key (`ringId` + NUL + `entryId`). */
  private _selected: string | undefined;
  /** The index (in the view's arcs) of the entry that Tab reaches. */
  private _active = 0;
  /** The user's own choice to show or hide the table; until then the width decides. */
  private _tableChoice: boolean | undefined;
  /**
   * The width's verdict, taken a frame later: showing the table changes the host's height, and a
   * change within the ResizeObserver's own frame is a "loop" error (see the report: WidthController).
   */
  private _narrow = false;
  /** Ids of the rings the user has hidden (from the legend). */
  private _hidden: ReadonlySet<string> = new Set();
  /** The plan view's labels and ring toggles, loaded when the clock first draws a plan. */
  private _planView: PlanView | undefined;
  private _planViewLoad: Promise<unknown> | undefined;

  /**
   * URL of a published folder's `index.json` (`perhekeskus publish`), or of a single JSON file of
   * rings (`YearClockRing[]` or `{ "rings": [...] }`). Without it, the built-in data.
   */
  src: string | undefined;

  /**
   * What to draw from a published folder: `year-clock` (the default; `relationship-support` also means
   * it), `evaluation` (the evaluation calendar of `year`) or `plan` (the whole action plan of `year`).
   * @type {'year-clock' | 'evaluation' | 'plan' | undefined}
   */
  source: string | undefined;

  /** The id of the year clock to draw, as the published `index.json` lists it (`family-council-year`); default the first listed. */
  clock: string | undefined;

  /** The year of the evaluation calendar, the action plan or the groups' meetings (default this year). With any source, today is marked only in this year. */
  year: number | undefined;

  /** Group ids, comma-separated (`steering-group,relationship-support-network`): one ring per group, its meetings in `year` over their months. */
  groups: string | undefined;

  /** Rings given directly (`YearClockRing[]` of `@perhekeskus/core`, or `{ rings: [...] }`), validated ring by ring. Takes precedence over `src`. */
  rings: unknown;

  /** The clock's title (table caption, name of the entries); defaults to the data's own name. */
  label: string | undefined;

  /** The day treated as today (`YYYY-MM-DD`, Helsinki). Defaults to the current date in Helsinki. */
  today: string | undefined;

  /** Shows the table from the start, whatever the width (the user can still hide it). */
  showTable = false;

  /**
   * Level (2–6) of the chosen entry's heading in the details panel.
   * @type {2 | 3 | 4 | 5 | 6}
   */
  headingLevel = 3;

  /** Also waits for the words of the widget's language (loaded on first use), so the render is complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this._lang.ready;
    await this._planViewLoad;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this._width.narrow !== this._narrow) requestAnimationFrame(() => (this._narrow = this._width.narrow));
    this._request(changed.has('rings'));
    if (this._plan?.kind === 'plan' && !this._planViewLoad) {
      this._planViewLoad = import('./year-clock.plan.js').then(
        ({ planView }) => {
          this._planView = planView;
          const own = (this.constructor as typeof YearClockElement).elementStyles;
          adoptStyles(this.renderRoot as ShadowRoot, [...own, planView.styles]);
          this.requestUpdate();
        },
        // Without its chunk the plan is still drawn and tabled, only without labels and toggles (the
        // load of the plan itself, which needs the same chunk, says what failed and offers a retry).
        () => undefined,
      );
    }
    this._computeView();
  }

  protected override updated(): void {
    if (!this._focusActive) return;
    this._focusActive = false;
    this.renderRoot.querySelectorAll<SVGElement>('.arc')[this._active]?.focus();
  }

  private _todayIso(): string {
    return this.today && isRealDay(this.today) ? this.today : helsinkiToday();
  }

  /** Starts a load when what the attributes ask for has changed (or `rings` was set). */
  private _request(ringsChanged: boolean): void {
    const { src, source, clock, year, groups } = this;
    const attributes = { src, source, clock, year, groups, hasRings: this.rings !== undefined };
    const thisYear = Number(this._todayIso().slice(0, 4));
    const plan = planLoad(attributes, thisYear, getBuiltInIndex());
    const before = this._plan;
    this._plan = plan;
    if (before?.key === plan.key && !ringsChanged) return;
    if (plan.kind === 'rings') {
      const rings = this.rings;
      void this._data.load(() => checkRings(rings));
    } else if (plan.request) {
      const request = plan.request;
      void this._data.load((signal) => loadClock(request, signal));
    } else if (plan.none) {
      this._data.set(plan.none);
    }
  }

  /** The layout from core, recomputed only when the rings or the marked day change. */
  private _computeView(): void {
    const data = this._data.data;
    const todayIso = this._todayIso();
    const year = this._plan?.year;
    const marked = year === undefined || String(year) === todayIso.slice(0, 4) ? todayIso : undefined;
    const rings = data && !unusable(data) ? data.rings : undefined;
    const size = this._layoutSize();
    const key = this._viewKey;
    const hidden = this._hidden;
    if (key && key[0] === rings && key[1] === marked && key[2] === size && key[3] === hidden) return;
    this._viewKey = [rings, marked, size, hidden];
    this._view = rings ? clockView(rings, marked, size, hidden, this._plan?.kind === 'plan') : undefined;
    const arcs = this._view?.arcs ?? [];
    if (this._selected && !arcs.some((a) => a.key === this._selected)) this._selected = undefined;
    const selected = arcs.findIndex((a) => a.key === this._selected);
    this._active = selected >= 0 ? selected : Math.min(this._active, Math.max(0, arcs.length - 1));
  }

  /**
   * The side of the square layout in CSS px: the widget's width (at most 880 px, 1,100 px for the plan)
   * less the room for the month names, so that the clock is drawn at the size it is seen and its
   * labels at their true size.
   */
  private _layoutSize(): number {
    const width = this._width.width;
    if (width === 0) return DEFAULT_LAYOUT_PX;
    const max = this._plan?.kind === 'plan' ? MAX_PLAN_FACE_PX : MAX_FACE_PX;
    return Math.max(MIN_LAYOUT_PX, Math.min(width, max) - 2 * SIDE_ROOM);
  }

  private _choose(index: number): void {
    const arc = this._view?.arcs[index];
    if (!arc) return;
    this._active = index;
    this._selected = arc.key;
    this.dispatchEvent(entrySelectEvent({ entryId: arc.arc.entry.id, ringId: arc.arc.ringId }));
  }

  private readonly _onKeyDown = (event: KeyboardEvent): void => {
    const last = (this._view?.arcs.length ?? 0) - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(last, this._active + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, this._active - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this._choose(this._active);
        return;
      default:
        return;
    }
    event.preventDefault();
    this._active = next;
    this._focusActive = true;
  };

  /** Keeps Tab's stop on the entry that has focus, also after a click or a focus by script. */
  private readonly _onFocusIn = (event: FocusEvent): void => {
    const target = event.target as Element;
    // The legend's checkboxes are in the clock too; only an arc moves Tab's stop.
    if (!target.hasAttribute('data-index')) return;
    const index = Number(target.getAttribute('data-index'));
    if (Number.isInteger(index) && index !== this._active) this._active = index;
  };

  private readonly _onToggleRing = (ringId: string): void => {
    const hidden = new Set(this._hidden);
    if (!hidden.delete(ringId)) hidden.add(ringId);
    this._hidden = hidden;
  };

  private readonly _onArcClick = (index: number): void => this._choose(index);

  private readonly _onToggleTable = (): void => {
    this._tableChoice = !this._tableShown();
  };

  private readonly _onRetry = (): void => {
    // The button goes while loading: focus follows the load (the status line, then a new "Try again",
    // or the first entry when the status line went with the load).
    void this._data.retry();
    focusAfterRetry(this, '[part="status"]', () => this._data.status === 'loading', '.arc');
  };

  private _tableShown(): boolean {
    return this._tableChoice ?? (this.showTable || this._narrow);
  }

  override render() {
    const { locale, messages: m } = this._lang;
    if (!m) return nothing;
    const plan = this._plan;
    const view = this._view;
    const evaluationYear = plan?.kind === 'evaluation' ? plan.year : undefined;
    const title = clockTitle(this.label, this._data.data?.title, evaluationYear, m, locale);
    const vm: ViewModel | undefined = view && {
      view,
      title: title.shown,
      titleText: title.text,
      year: plan?.year,
      m,
      locale,
      uid: this._uid,
      selected: this._selected,
      active: this._active,
      tableShown: this._tableShown(),
      headingLevel: this.headingLevel,
      rings: (this._data.data?.rings ?? []).map((ring) => ({
        id: ring.id,
        label: ring.label,
        hidden: this._hidden.has(ring.id),
      })),
      ...(plan?.kind === 'plan' && this._planView ? { plan: this._planView } : {}),
    };
    const handlers = {
      onKeyDown: this._onKeyDown,
      onArcClick: this._onArcClick,
      onFocusIn: this._onFocusIn,
      onToggleRing: this._onToggleRing,
    };
    return html`<slot></slot>
      ${problemsView(this._data, plan?.settings ?? [], m, locale, this._onRetry)} ${statusView(this._data, m, locale)}
      ${
        vm
          ? html`${wheelView(vm, handlers)}
            ${vm.view.arcs.length > 0 ? html`${detailsView(vm)} ${tableView(vm, this._onToggleTable)}` : nothing}`
          : nothing
      }`;
  }
}
