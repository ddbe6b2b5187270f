import {
  formatPath,
  helsinkiToday,
  type LocalizedText,
  modesText,
  parseInput,
  ValidationError,
  type YearClockArc,
  type YearClockLayout,
  YearClockRing,
  yearClockLayout,
} from '@perhekeskus/core';
import {
  type CSSResultGroup,
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  svg,
  type TemplateResult,
} from 'lit';
import { loadFailureText } from '../../i18n/common.js';
import { capitalize, formatCount, formatDate, type WidgetLocale } from '../../i18n/index.js';
import { type YearClockIssue, type YearClockMessages, yearClockMessages } from '../../i18n/year-clock.js';
import { localizedText, plainText } from '../../internal/localized-text.js';
import { type LoadFailure, SrcLoader } from '../../internal/src-loader.js';
import { watchLocale } from '../../internal/watch-locale.js';
import { baseStyles } from '../../styles/base.js';
import { styles } from './year-clock.styles.js';

/** Detail of `pk-entry-select`: the entry the user chose and the ring it is drawn in. */
export interface PkEntrySelectDetail {
  entryId: string;
  ringId: string;
}

/** Fired when the user chooses an entry of a year clock (never on load or when properties change). */
export type PkEntrySelectEvent = CustomEvent<PkEntrySelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'pk-entry-select': PkEntrySelectEvent;
  }
}

/** The built-in sources, loaded on first need so that pages with their own rings never fetch them. */
type BuiltIn = typeof import('./year-clock.data.js');
let builtIn: Promise<BuiltIn> | undefined;
function loadBuiltIn(): Promise<BuiltIn> {
  builtIn ??= import('./year-clock.data.js');
  return builtIn;
}

type LoadState = 'loading' | 'ready' | 'failed';
type ZodIssue = ValidationError['issues'][number];

/** The built-in sources a page can name with `source`. */
const SOURCES = ['relationship-support', 'evaluation'] as const;
/** Room beside the square layout for month names at 3 and 9 o'clock, in viewBox units. */
const SIDE_ROOM = 64;
/** Below this width (CSS px) the table shows by default: the clock's text gets small there. */
const NARROW_PX = 480;
const MAX_ISSUES_SHOWN = 10;
const MAX_TEXT = 100;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID_MESSAGE = 'Expected an id of a-z, 0-9 and hyphens';
const DUPLICATE_ENTRY_MESSAGE = 'Two entries of the ring share an id';

let instances = 0;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** The value at `path` inside `root` (own properties only), to tell a missing field from a wrong one. */
function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return { found: false, value };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value };
}

/** A zod issue about `value` (validated as `root`) as a translatable {@link YearClockIssue}. */
function issueFromZod(issue: ZodIssue, root: string, value: unknown): YearClockIssue {
  const path = formatPath(issue.path, root);
  const at = valueAt(value, issue.path);
  const received = typeof at.value === 'string' || typeof at.value === 'number' ? cut(String(at.value)) : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return at.found
        ? { path, kind: 'type', expected: issue.expected, received: typeOf(at.value) }
        : { path, kind: 'missing', expected: issue.expected };
    case 'unrecognized_keys':
      return { path, kind: 'unknown-field', expected: issue.keys.slice(0, 20).map(cut).join(', ') };
    case 'too_small':
    case 'too_big':
      return {
        path,
        kind: issue.code === 'too_small' ? 'too-small' : 'too-big',
        expected: String(issue.code === 'too_small' ? issue.minimum : issue.maximum),
        received: issue.origin,
      };
    case 'invalid_value':
      return { path, kind: 'value', expected: issue.values.map(String).join(', '), ...(received ? { received } : {}) };
    default:
      if (issue.message === ID_MESSAGE) return { path, kind: 'id-format', ...(received ? { received } : {}) };
      if (issue.message === DUPLICATE_ENTRY_MESSAGE) return { path, kind: 'duplicate-entry' };
      return { path, kind: 'invalid' };
  }
}

/** The issues of an error thrown by core: a `ValidationError` names the field, anything else is generic. */
function issuesFromError(error: unknown, value: unknown, fallbackPath: string): YearClockIssue[] {
  if (error instanceof ValidationError) return error.issues.map((issue) => issueFromZod(issue, error.input, value));
  return [{ path: fallbackPath, kind: 'invalid' }];
}

/** One arc with what the views need, in the order of the clock (ring by ring, clockwise within a ring). */
interface ClockArc {
  readonly arc: YearClockArc;
  readonly key: string;
  readonly ringIndex: number;
  readonly ringLabel: LocalizedText;
  readonly current: boolean;
}

/**
 * A year clock (vuosikello, year clock): the year as a circle of twelve month sectors, January at
 * the top and running clockwise, with each entry drawn as an arc over its months in a ring of its
 * group or kind of work, and a marker at today. Choosing an entry shows its topics. The geometry,
 * the rings and the built-in sources all come from `@perhekeskus/core`; the widget only draws them.
 * Named `YearClockElement` so that it does not clash with core's `YearClock` model.
 *
 * Sources, first given wins: the `rings` property, a `src` JSON file (both validated with core's
 * `YearClockRing` schema, ring by ring), `groups` (any built-in group's month windows), else
 * `source`: `relationship-support` (the default; the relationship-support and separation-help year
 * clock of the action plan, 002) or `evaluation` (the evaluation calendar of `year`, 002).
 *
 * Accessibility (the pattern chosen): the SVG is not decorative but a control, so it is not
 * `aria-hidden` (focusable arcs inside an `aria-hidden` tree would be reachable by keyboard yet
 * silent to screen readers). It holds a labelled `listbox` whose options are the arcs, in one
 * `group` per ring, each named by title, months and ring ("…, tammi–helmikuu, Mikkelin seudun …");
 * Tab reaches the set once (roving tabindex), the arrow keys move to the next or previous entry in
 * the order of the table (ring by ring, clockwise within a ring), Home and End to the first and
 * last, and Enter, Space or a click chooses one: `aria-selected`, its topics in a polite live
 * region, focus stays on the arc. The month sectors, month names, ring numbers and today marker
 * are `aria-hidden` drawing whose content is also in text: the legend names the rings (numbered,
 * not by colour alone) and today's date. The same entries are always available as a `<table>`
 * with a caption (entry, months, ring, topics), shown by default below 480 CSS px or with
 * `show-table`, otherwise behind an `aria-expanded` "show as a table" toggle, and always printed;
 * the controls do not print.
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
 * @csspart ring-number - The number of a ring on the clock face, matching the legend.
 * @csspart today - The today marker.
 * @csspart legend - The legend of the rings and the today marker.
 * @csspart hint - The short usage hint under the clock.
 * @csspart details - The panel showing the chosen entry's topics (a polite live region).
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table of the entries.
 * @csspart row - A table row; the chosen entry's row also carries `selected`.
 * @csspart status - The loading notice.
 * @csspart error - The message about data that could not be loaded or has errors.
 * @csspart retry-button - The button that tries loading `src` again.
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
    _load: { state: true },
    _failure: { state: true },
    _httpStatus: { state: true },
    _rings: { state: true },
    _issues: { state: true },
    _fatal: { state: true },
    _dataTitle: { state: true },
    _selected: { state: true },
    _active: { state: true },
    _tableChoice: { state: true },
    _narrow: { state: true },
    _locale: { state: true },
    source: {},
    year: { type: Number },
    groups: {},
    rings: { attribute: false },
    src: {},
    label: {},
    today: {},
    showTable: { attribute: 'show-table', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  private readonly _uid = `pk-yc-${++instances}`;
  private _langObserver: MutationObserver | undefined;
  private _resizeObserver: ResizeObserver | undefined;
  private readonly _loader = new SrcLoader(
    this,
    (json) => this._acceptRings(json),
    (failure, status) => this._fail(failure, status),
  );
  private _layout: YearClockLayout | undefined;
  private _layoutKey: [readonly YearClockRing[], string | undefined] | undefined;
  private _arcs: ClockArc[] = [];
  private _focusActive = false;

  private _load: LoadState = 'loading';
  private _failure: LoadFailure | undefined;
  private _httpStatus = '';
  /** The validated rings, and what was wrong with the input. */
  private _rings: readonly YearClockRing[] = [];
  private _issues: readonly YearClockIssue[] = [];
  private _fatal = false;
  /** The title the source gives (the built-in year clock's name). */
  private _dataTitle: LocalizedText | undefined;
  /** The chosen entry, as `ringId` + NUL + `entryId` (entry ids are unique only within a ring). */
  private _selected: string | undefined;
  /** The index (in {@link _arcs}) of the entry that Tab reaches. */
  private _active = 0;
  /** The user's own choice to show or hide the table; until then the width decides. */
  private _tableChoice: boolean | undefined;
  private _narrow = false;
  private _locale: WidgetLocale = 'fi';

  /** Built-in source when no `rings`, `src` or `groups` is given: `relationship-support` (default) or `evaluation`. */
  source: string | undefined;

  /** The year of the evaluation calendar (`source="evaluation"`; default this year). With any source, today is marked only in this year. */
  year: number | undefined;

  /** Built-in group ids, comma-separated (`relationship-support-mikkeli,relationship-support-network`): one ring per group that meets in month windows. */
  groups: string | undefined;

  /** Rings given directly (`YearClockRing[]` of `@perhekeskus/core`, or `{ rings: [...] }`), validated ring by ring. Takes precedence over every other source. */
  rings: unknown;

  /** URL of a JSON file of rings (a `YearClockRing[]` array, or `{ "rings": [...] }`). Fetched as given; nothing else is requested. */
  src: string | undefined;

  /** The clock's title (table caption, name of the entries); defaults to the source's own name. */
  label: string | undefined;

  /** The day treated as today (`YYYY-MM-DD`, Helsinki). Defaults to the current date in Helsinki. */
  today: string | undefined;

  /** Shows the table from the start, whatever the width (the user can still hide it). */
  showTable = false;

  /** Level (2–6) of the chosen entry's heading in the details panel. */
  headingLevel = 3;

  override connectedCallback(): void {
    super.connectedCallback();
    this._langObserver = watchLocale(this, (locale) => (this._locale = locale));
    if (typeof ResizeObserver === 'function') {
      this._resizeObserver = new ResizeObserver((entries) => {
        const width = entries[0]?.contentRect.width ?? 0;
        // Showing the table changes the host's height; a change in this frame would be a ResizeObserver loop.
        if (width > 0) requestAnimationFrame(() => (this._narrow = width < NARROW_PX));
      });
      this._resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._langObserver?.disconnect();
    this._resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const sourceChanged = (['rings', 'src', 'groups', 'source', 'year'] as const).some((key) => changed.has(key));
    // This year's evaluation calendar follows `today` when no year is given.
    const evaluationYearChanged = changed.has('today') && this._kind() === 'evaluation' && this.year === undefined;
    if (!this.hasUpdated || sourceChanged || evaluationYearChanged) this._loadData();
    this._computeLayout();
  }

  protected override updated(): void {
    if (!this._focusActive) return;
    this._focusActive = false;
    this.renderRoot.querySelectorAll<SVGElement>('.arc')[this._active]?.focus();
  }

  /** Which source applies: the first of `rings`, `src`, `groups`, `source`. */
  private _kind(): 'rings' | 'src' | 'groups' | 'relationship-support' | 'evaluation' | 'unknown' {
    if (this.rings !== undefined) return 'rings';
    if (this.src) return 'src';
    if (this.groups?.trim()) return 'groups';
    const source = this.source?.trim() || 'relationship-support';
    return (SOURCES as readonly string[]).includes(source) ? (source as (typeof SOURCES)[number]) : 'unknown';
  }

  private _todayIso(): string {
    return this.today && ISO_DATE.test(this.today) ? this.today : helsinkiToday();
  }

  /** The year the clock is of, when it is of one: `year`, or this year for the evaluation calendar. */
  private _clockYear(): number | undefined {
    if (this.year !== undefined && this.year !== null) return this.year;
    return this._kind() === 'evaluation' ? Number(this._todayIso().slice(0, 4)) : undefined;
  }

  private _loadData(): void {
    const token = this._loader.begin();
    this._failure = undefined;
    this._dataTitle = undefined;
    const kind = this._kind();
    if (kind === 'rings') {
      this._acceptRings(this.rings);
    } else if (kind === 'src') {
      this._load = 'loading';
      void this._loader.fetch(this.src!, token);
    } else if (kind === 'unknown') {
      this._setResult(
        [],
        [{ path: 'source', kind: 'value', expected: SOURCES.join(', '), received: cut(this.source!) }],
      );
    } else {
      this._load = 'loading';
      loadBuiltIn().then(
        (data) => {
          if (this._loader.isCurrent(token)) this._acceptBuiltIn(data, kind);
        },
        () => {
          if (this._loader.isCurrent(token)) this._fail('network');
        },
      );
    }
  }

  private _acceptBuiltIn(data: BuiltIn, kind: 'groups' | 'relationship-support' | 'evaluation'): void {
    try {
      if (kind === 'groups') {
        const ids = [...new Set((this.groups ?? '').split(',').map((id) => id.trim()))].filter(Boolean);
        const { rings, missing } = data.groupRings(ids);
        const issues = missing.map(
          (id): YearClockIssue => ({ path: 'groups', kind: 'unknown-group', received: cut(id) }),
        );
        this._setResult(rings, issues);
      } else if (kind === 'evaluation') {
        const year = this._clockYear()!;
        try {
          this._setResult(data.evaluationRings(year), []);
        } catch (error) {
          this._setResult([], issuesFromError(error, year, 'year'));
        }
      } else {
        const { title, rings } = data.relationshipSupportRings();
        this._setResult(rings, []);
        this._dataTitle = title;
      }
    } catch (error) {
      this._setResult([], issuesFromError(error, undefined, 'source'));
    }
  }

  /**
   * Validates rings from outside ring by ring with core's `YearClockRing` schema, keeping the valid
   * ones: a bare array, or an object with a `rings` array.
   */
  private _acceptRings(input: unknown): void {
    const list = Array.isArray(input)
      ? input
      : isRecord(input) && Array.isArray(input['rings'])
        ? input['rings']
        : undefined;
    if (!list) {
      this._setResult([], [{ path: 'rings', kind: 'type', expected: 'array', received: typeOf(input) }]);
      return;
    }
    const rings: YearClockRing[] = [];
    const issues: YearClockIssue[] = [];
    list.forEach((value, index) => {
      const path = `rings[${index}]`;
      try {
        const ring = parseInput(YearClockRing, value, path);
        if (rings.some((r) => r.id === ring.id)) {
          issues.push({ path: `${path}.id`, kind: 'duplicate-ring', received: cut(ring.id) });
        } else {
          rings.push(ring);
        }
      } catch (error) {
        issues.push(...issuesFromError(error, value, path));
      }
    });
    this._setResult(rings, issues);
  }

  private _setResult(rings: readonly YearClockRing[], issues: readonly YearClockIssue[]): void {
    this._rings = rings;
    this._issues = issues;
    this._fatal = rings.length === 0 && issues.length > 0;
    this._load = 'ready';
  }

  private _fail(failure: LoadFailure, status = ''): void {
    this._load = 'failed';
    this._failure = failure;
    this._httpStatus = status;
    this._rings = [];
    this._issues = [];
    this._fatal = false;
  }

  /** The layout from core, recomputed only when the rings or the marked day change. */
  private _computeLayout(): void {
    const todayIso = this._todayIso();
    const year = this._clockYear();
    const marked = year === undefined || String(year) === todayIso.slice(0, 4) ? todayIso : undefined;
    if (this._layoutKey?.[0] === this._rings && this._layoutKey[1] === marked) return;
    this._layoutKey = [this._rings, marked];
    try {
      this._layout =
        this._load === 'ready' && !this._fatal
          ? yearClockLayout(this._rings, marked ? { today: marked } : {})
          : undefined;
    } catch {
      this._layout = undefined;
    }
    const month = marked ? Number(marked.slice(5, 7)) : 0;
    this._arcs = (this._layout?.rings ?? []).flatMap((ring, ringIndex) =>
      ring.arcs.map(
        (arc): ClockArc => ({
          arc,
          key: `${ring.id}\u0000${arc.entry.id}`,
          ringIndex,
          ringLabel: ring.label,
          current: month > 0 && inWindow(month, arc.entry.window),
        }),
      ),
    );
    if (this._selected && !this._arcs.some((a) => a.key === this._selected)) this._selected = undefined;
    const selected = this._arcs.findIndex((a) => a.key === this._selected);
    this._active = selected >= 0 ? selected : Math.min(this._active, Math.max(0, this._arcs.length - 1));
  }

  private _messages(): YearClockMessages {
    return yearClockMessages(this._locale);
  }

  private _title(): string {
    const m = this._messages();
    if (this.label?.trim()) return this.label.trim();
    if (this._dataTitle) return plainText(this._dataTitle, this._locale);
    if (this._kind() === 'evaluation') return m.evaluationTitle(String(this._clockYear()));
    return m.defaultTitle;
  }

  private _months(arc: ClockArc): string {
    const { from, to } = arc.arc.entry.window;
    return this._messages().monthRange(from, to);
  }

  /** "Title, months, ring" (and "under way" when today falls in it): what a screen reader hears. */
  private _accessibleName(arc: ClockArc): string {
    const parts = [
      plainText(arc.arc.entry.title, this._locale),
      this._months(arc),
      plainText(arc.ringLabel, this._locale),
    ];
    if (arc.current) parts.push(this._messages().current);
    return parts.join(', ');
  }

  private _choose(index: number): void {
    const arc = this._arcs[index];
    if (!arc) return;
    this._active = index;
    this._selected = arc.key;
    this.dispatchEvent(
      new CustomEvent<PkEntrySelectDetail>('pk-entry-select', {
        detail: { entryId: arc.arc.entry.id, ringId: arc.arc.ringId },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private _onArcClick(index: number): void {
    this._choose(index);
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const last = this._arcs.length - 1;
    let next: number | undefined;
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
  }

  /** Keeps Tab's stop on the entry that has focus, also after a click or a focus by script. */
  private _onFocusIn(event: FocusEvent): void {
    const index = Number((event.target as Element).getAttribute('data-index'));
    if (Number.isInteger(index) && index !== this._active) this._active = index;
  }

  private _onToggleTable(): void {
    this._tableChoice = !this._tableShown();
  }

  private _onRetry(): void {
    this._loadData();
  }

  private _tableShown(): boolean {
    return this._tableChoice ?? (this.showTable || this._narrow);
  }

  private _renderHeading(content: string | TemplateResult): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    switch (level) {
      case 2:
        return html`<h2 class="entry-title">${content}</h2>`;
      case 4:
        return html`<h4 class="entry-title">${content}</h4>`;
      case 5:
        return html`<h5 class="entry-title">${content}</h5>`;
      case 6:
        return html`<h6 class="entry-title">${content}</h6>`;
      default:
        return html`<h3 class="entry-title">${content}</h3>`;
    }
  }

  private _renderProblems() {
    const locale = this._locale;
    const m = this._messages();
    if (this._load === 'failed') {
      const detail = loadFailureText(m, this._failure, this._httpStatus);
      return html`<div class="notice error" part="error" role="alert">
        <p><strong>${m.loadFailed}</strong> ${detail}</p>
        ${
          this._kind() === 'src'
            ? html`<button type="button" part="retry-button" @click=${this._onRetry}>${m.retry}</button>`
            : nothing
        }
      </div>`;
    }
    if (this._load !== 'ready' || this._issues.length === 0) return nothing;
    const shown = this._issues.slice(0, MAX_ISSUES_SHOWN);
    const more = this._issues.length - shown.length;
    return html`<div class="notice error" part="error" role="alert">
      <p>
        <strong>${m.dataIssues(formatCount(this._issues.length, locale))}</strong>
        ${this._fatal ? m.dataUnusable : m.dataIssuesKept(formatCount(this._rings.length, locale))}
      </p>
      <ul>
        ${shown.map((issue) => html`<li>${capitalize(m.field(issue.path), locale)}: ${m.issue(issue)}</li>`)}
      </ul>
      ${more > 0 ? html`<p>${m.moreIssues(formatCount(more, locale))}</p>` : nothing}
    </div>`;
  }

  private _renderFace(layout: YearClockLayout, title: string) {
    const m = this._messages();
    const todayMonth = layout.today ? Number(layout.today.date.slice(5, 7)) : 0;
    const year = this._clockYear();
    const active = Math.min(this._active, this._arcs.length - 1);
    let index = 0;
    return html`<svg class="face" part="face" viewBox="${-SIDE_ROOM} 0 ${layout.size + 2 * SIDE_ROOM} ${layout.size}" role="none">
      <g aria-hidden="true">
        ${layout.months.map(
          (month) =>
            svg`<path class="month ${month.month % 2 === 0 ? 'even' : 'odd'}" part=${month.month === todayMonth ? 'month current' : 'month'} d=${month.d}></path>`,
        )}
        ${layout.months.map(
          (month) =>
            svg`<text class="month-label" part="month-label" x=${month.labelX} y=${month.labelY} text-anchor=${month.labelAnchor}>${m.monthsShort[month.month - 1]}</text>`,
        )}
        ${year !== undefined ? svg`<text class="hub" x=${layout.center} y=${layout.center}>${String(year)}</text>` : nothing}
      </g>
      ${
        this._arcs.length > 0
          ? svg`<g role="listbox" aria-label=${m.entriesLabel(title)} aria-describedby="${this._uid}-hint"
              @keydown=${this._onKeyDown}>
              ${layout.rings.map(
                (
                  ring,
                  ringIndex,
                ) => svg`<g role="group" aria-label=${plainText(ring.label, this._locale)} class="ring ring-${(ringIndex % 6) + 1}">
                  ${ring.arcs.map(() => {
                    const i = index++;
                    const arc = this._arcs[i]!;
                    const selected = arc.key === this._selected;
                    const part = `arc${selected ? ' selected' : ''}${arc.current ? ' current' : ''}`;
                    return svg`<path class=${part} part=${part} d=${arc.arc.d} role="option" data-index=${i}
                      tabindex=${i === active ? '0' : '-1'} aria-selected=${selected ? 'true' : 'false'}
                      aria-label=${this._accessibleName(arc)} @click=${() => this._onArcClick(i)}></path>`;
                  })}
                </g>`,
              )}
            </g>`
          : nothing
      }
      <g aria-hidden="true" class="overlay">
        ${
          layout.today
            ? svg`<g class="today" part="today">
                <title>${m.today(formatDate(layout.today.date, this._locale))}</title>
                <line class="today-halo" x1=${layout.today.x1} y1=${layout.today.y1} x2=${layout.today.x2} y2=${layout.today.y2}></line>
                <line class="today-line" x1=${layout.today.x1} y1=${layout.today.y1} x2=${layout.today.x2} y2=${layout.today.y2}></line>
                <circle class="today-dot" cx=${layout.today.x2} cy=${layout.today.y2} r="5"></circle>
              </g>`
            : nothing
        }
        ${layout.rings.map(
          (ring, ringIndex) => svg`<g class="ring-number ring-${(ringIndex % 6) + 1}" part="ring-number">
            <circle cx=${ring.labelX} cy=${ring.labelY} r="9"></circle>
            <text x=${ring.labelX} y=${ring.labelY}>${String(ringIndex + 1)}</text>
          </g>`,
        )}
      </g>
    </svg>`;
  }

  private _renderClock(layout: YearClockLayout, title: string) {
    const m = this._messages();
    const locale = this._locale;
    // Listening for focus on an SVG element would make it focusable in Chromium, so the clock's <div> listens.
    return html`<div class="clock" part="clock" @focusin=${this._onFocusIn}>
      ${this._renderFace(layout, title)}
      <div class="legend" part="legend">
        ${
          layout.rings.length > 0
            ? html`<p class="legend-title" id="${this._uid}-legend">${m.legendLabel}</p>
              <ol aria-labelledby="${this._uid}-legend">
                ${layout.rings.map(
                  (ring, ringIndex) => html`<li class="ring-${(ringIndex % 6) + 1}">
                    <span class="swatch" aria-hidden="true">${String(ringIndex + 1)}</span>
                    <span>${localizedText(ring.label, locale)}</span>
                  </li>`,
                )}
              </ol>`
            : nothing
        }
        ${
          layout.today
            ? html`<p class="today-legend">
              <span class="today-swatch" aria-hidden="true"></span>${m.today(formatDate(layout.today.date, locale))}
            </p>`
            : nothing
        }
      </div>
      ${
        this._arcs.length > 0
          ? html`<p class="hint" part="hint" id="${this._uid}-hint">${m.hint}</p>`
          : html`<p class="notice">${m.noEntries}</p>`
      }
    </div>`;
  }

  private _renderDetails() {
    const m = this._messages();
    const locale = this._locale;
    const arc = this._arcs.find((a) => a.key === this._selected);
    const entry = arc?.arc.entry;
    return html`<div class="details" part="details" aria-live="polite" aria-atomic="true">
      ${
        arc && entry
          ? html`${this._renderHeading(localizedText(entry.title, locale))}
            <p class="meta">
              <span>${capitalize(this._months(arc), locale)}</span> · <span>${localizedText(arc.ringLabel, locale)}</span>${
                entry.mode ? html` · <span>${m.mode}: ${modesText(entry.mode, locale)}</span>` : nothing
              }
            </p>
            ${entry.description ? html`<p>${localizedText(entry.description, locale)}</p>` : nothing}
            ${this._renderTopics(entry.topics)}`
          : html`<p class="prompt">${m.detailsPrompt}</p>`
      }
    </div>`;
  }

  private _renderTopics(topics: readonly LocalizedText[] | undefined) {
    if (!topics || topics.length === 0) return html`<p>${this._messages().noTopics}</p>`;
    return html`<ul class="topics">
      ${topics.map((topic) => html`<li>${localizedText(topic, this._locale)}</li>`)}
    </ul>`;
  }

  private _renderTable(title: string) {
    const m = this._messages();
    const locale = this._locale;
    const shown = this._tableShown();
    const id = `${this._uid}-table`;
    return html`<div class="toolbar">
        <button type="button" part="table-toggle" aria-expanded=${shown ? 'true' : 'false'} aria-controls=${id}
          @click=${this._onToggleTable}>
          ${shown ? m.hideTable : m.showTable}
        </button>
      </div>
      <div class="table-wrap" id=${id} ?hidden=${!shown}>
        <table part="table">
          <caption>${m.tableCaption(title)}</caption>
          <thead>
            <tr>
              <th scope="col">${m.columnEntry}</th>
              <th scope="col">${m.columnMonths}</th>
              <th scope="col">${m.columnRing}</th>
              <th scope="col">${m.columnTopics}</th>
            </tr>
          </thead>
          <tbody>
            ${this._arcs.map((arc) => {
              const entry = arc.arc.entry;
              const selected = arc.key === this._selected;
              return html`<tr part=${selected ? 'row selected' : 'row'} class=${selected ? 'selected' : ''}>
                <th scope="row">
                  <span>${localizedText(entry.title, locale)}</span>
                  ${entry.mode ? html`<span class="mode">(${modesText(entry.mode, locale)})</span>` : nothing}
                  ${entry.description ? html`<span class="description">${localizedText(entry.description, locale)}</span>` : nothing}
                </th>
                <td><span class="cell-label" aria-hidden="true">${m.columnMonths}: </span>${capitalize(this._months(arc), locale)}</td>
                <td><span class="cell-label" aria-hidden="true">${m.columnRing}: </span>${localizedText(arc.ringLabel, locale)}</td>
                <td><span class="cell-label" aria-hidden="true">${m.columnTopics}: </span>${this._renderTopics(entry.topics)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }

  override render() {
    const m = this._messages();
    const layout = this._layout;
    const title = this._title();
    return html`<slot></slot>
      ${this._renderProblems()}
      ${this._load === 'loading' ? html`<p class="notice" part="status" role="status">${m.loading}</p>` : nothing}
      ${
        layout
          ? html`${this._renderClock(layout, title)} ${this._arcs.length > 0 ? this._renderDetails() : nothing}
            ${this._arcs.length > 0 ? this._renderTable(title) : nothing}`
          : nothing
      }`;
  }
}

/** Whether `month` falls in a window (inclusive; `from` > `to` wraps over the new year). */
function inWindow(month: number, window: { from: number; to: number }): boolean {
  return window.from <= window.to
    ? month >= window.from && month <= window.to
    : month >= window.from || month <= window.to;
}
