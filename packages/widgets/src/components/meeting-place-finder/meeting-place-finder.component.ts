import {
  type Coordinates,
  helsinkiToday,
  type MeetingPlace,
  type Municipality,
  type Party,
  type PlaceFilter,
} from '@perhekeskus/core';
import { type CSSResultGroup, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { FinderMessages } from '../../i18n/finder/index.js';
import { importFinderMessages } from '../../i18n/finder/load.js';
import { formatCount } from '../../i18n/index.js';
import { DataSource, focusAfterRetry } from '../../internal/data-source.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { display, shownText } from '../../internal/localized-text.js';
import { WidthController } from '../../internal/width-controller.js';
import { baseStyles } from '../../styles/base.js';
import { controlStyles } from '../../styles/controls.js';
import {
  CalendarLinks,
  type CalendarOptions,
  type FinderData,
  loadBuiltIn,
  loadGiven,
  loadSrc,
} from './meeting-place-finder.data.js';
import { emitFilterChange, emitPlaceSelect } from './meeting-place-finder.events.js';
import {
  checkPatch,
  dayPatch,
  FILTER_ATTRIBUTES,
  patchFilter,
  presetFilter,
  writeFilterToUrl,
} from './meeting-place-finder.filters.js';
import { type GeoState, locate } from './meeting-place-finder.geo.js';
import {
  languagesOf,
  municipalityOptions,
  organiserNames,
  PlaceSearch,
  type RowContext,
  rowModel,
} from './meeting-place-finder.model.js';
import { styles } from './meeting-place-finder.styles.js';
import { type FormHandlers, type FormModel, formView } from './meeting-place-finder.view-form.js';
import { problemsView } from './meeting-place-finder.view-problems.js';
import { type ResultsHandlers, type ResultsModel, resultsView } from './meeting-place-finder.view-results.js';

export type {
  PkFilterChangeDetail,
  PkFilterChangeEvent,
  PkPlaceSelectDetail,
  PkPlaceSelectEvent,
} from './meeting-place-finder.events.js';

const PAGE_SIZE = 20;
const ANNOUNCE_DELAY_MS = 500;
/** Below this width of its own the widget folds its filters behind one button. */
const NARROW_PX = 560;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

let instances = 0;

/**
 * A search for open meeting places for families (avoin kohtaamispaikka), a thin view over
 * `@perhekeskus/core`: filtering, ordering, opening times, validation and the calendar file all come
 * from core. Reads a county's published folder (`src` = its `index.json`), an older single file of
 * places, places given by property, or — with none of these — the built-in data published beside the
 * embed. Data from `src` or `places` is checked, and invalid rows are reported and left out. Each
 * place is a compact row (name, municipality, next opening, distance when ordered by distance) whose
 * name opens its details; on a narrow widget the filters fold behind one button beside the search box.
 *
 * @tagname pk-meeting-place-finder
 *
 * @summary Finds open meeting places by municipality, text, audience, activity, day, language and
 * accessibility, with the next week's opening times and a calendar file for each place.
 *
 * @slot - Content above the search form, such as a heading or an introduction.
 * @slot empty - Replaces the text shown when no place matches the filters.
 *
 * @event {CustomEvent<PlaceFilter>} pk-filter-change - The user changed a filter; `detail` is the new
 * filter. Not fired on load or when attributes or properties change.
 * @event {CustomEvent<{ placeId: string }>} pk-place-select - The user opened a place's details;
 * `detail.placeId` is its id.
 *
 * @csspart form - The search form.
 * @csspart filters-button - The button beside the search box that unfolds the filters (narrow widget only).
 * @csspart more-filters - The `<details>` disclosure holding the checkbox filters.
 * @csspart status - The live region announcing the loading and the result count.
 * @csspart region - The name of the region the data comes from, in the status line.
 * @csspart error - The message about data that could not be loaded or has errors.
 * @csspart retry-button - The button that tries loading again.
 * @csspart example-note - The one line above the list saying some places are examples, with the show/hide checkbox.
 * @csspart results - The list of places.
 * @csspart result - One place's row; example rows also carry `example` (`result example`).
 * @csspart name - The heading with the place's name.
 * @csspart toggle - The button in the heading that opens and closes the place's details (`aria-expanded`).
 * @csspart meta - The row's line with the municipality, the distance and the example marker.
 * @csspart example-marker - The word marking an example row.
 * @csspart next-opening - The row's line with the next opening.
 * @csspart details - A place's details (address, opening times, organisers, contacts…), shown when opened and in print.
 * @csspart openings - The list of the next week's opening times.
 * @csspart calendar-link - The link that downloads the place's opening times as an `.ics` file.
 * @csspart map-link - The link to a map (only with `map-url-template`).
 * @csspart show-more - The button that shows more results.
 *
 * @cssproperty [--pk-font-family=system-ui, sans-serif] - Font of the whole widget.
 * @cssproperty [--pk-text=#1b1b1b] - Text colour.
 * @cssproperty [--pk-muted-text=#4d4d4d] - Secondary text colour (hints, the municipality line).
 * @cssproperty [--pk-surface=#ffffff] - Background colour.
 * @cssproperty [--pk-surface-alt=#f3f5f7] - Background of the form and notices.
 * @cssproperty [--pk-border=#6b7280] - Border colour of controls and rows.
 * @cssproperty [--pk-accent=#00577d] - Accent colour: buttons, links, place names, the row edge.
 * @cssproperty [--pk-accent-text=#ffffff] - Text on the accent colour.
 * @cssproperty [--pk-focus=#b3005e] - Focus outline colour.
 * @cssproperty [--pk-radius=0.5rem] - Corner radius.
 * @cssproperty [--pk-gap=1rem] - Spacing between blocks.
 * @cssproperty [--pk-example-surface=#fff4cc] - Background of the example-data line.
 * @cssproperty [--pk-example-text=#4a3700] - Text of the example-data line and markers.
 * @cssproperty [--pk-error-surface=#fdecea] - Background of error messages.
 * @cssproperty [--pk-error-text=#8a1c12] - Text of error messages.
 */
export class MeetingPlaceFinder extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, controlStyles, styles];

  /** Reactive properties and their attributes (a static map costs less than a decorator per field). */
  static override properties: PropertyDeclarations = {
    _filter: { state: true },
    _order: { state: true },
    _location: { state: true },
    _geo: { state: true },
    _shown: { state: true },
    _announcement: { state: true },
    _open: { state: true },
    _filtersOpen: { state: true },
    _narrow: { state: true },
    src: {},
    places: { attribute: false },
    municipalities: { attribute: false },
    parties: { attribute: false },
    municipality: {},
    q: {},
    audience: {},
    offering: {},
    weekday: {},
    open: {},
    language: {},
    accessibility: {},
    hideExamples: { attribute: 'hide-examples', type: Boolean },
    order: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    mapUrlTemplate: { attribute: 'map-url-template' },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    today: {},
  };

  private readonly _id = `pk-mpf-${++instances}`;
  private readonly _lang = new LocaleController(this, importFinderMessages);
  private readonly _width = new WidthController(this, NARROW_PX);
  private readonly _data = new DataSource<FinderData>(this);
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  private _pendingAnnouncement = '';
  private readonly _search = new PlaceSearch();
  private _focus: number | undefined;
  private readonly _calendars = new CalendarLinks(() => this.requestUpdate());

  private _filter: PlaceFilter = {};
  private _order = 'name';
  private _location: Coordinates | undefined;
  private _geo: GeoState = 'idle';
  private _shown = PAGE_SIZE;
  private _announcement = '';
  private _open: ReadonlySet<string> = new Set();
  private _filtersOpen = false;
  /**
   * The narrow layout as shown: `WidthController` reports a flip from inside a ResizeObserver callback,
   * and changing the layout there makes the browser report a "ResizeObserver loop" error; the next
   * frame is soon enough.
   */
  private _narrow = false;

  /**
   * URL of a published folder's `index.json` (`perhekeskus publish`: the places, their municipalities
   * and organisers, and the region's name), or of a single JSON file of places in the older
   * `MeetingPlaceList` format. Without it (and without `places`) the built-in data published beside the
   * embed is shown. Fetched as given; checked at the door.
   */
  src: string | undefined;

  /** Places given directly (checked like a file). Takes precedence over `src` and the built-in data. */
  places: unknown;

  /** Municipalities for names, search and distances; wins over those of the data. */
  municipalities: readonly Municipality[] | undefined;

  /** Organisations for the organiser names; wins over those of the data. */
  parties: readonly Party[] | undefined;

  /** Preset municipality filter: one or more comma-separated codes (`681`, `178,491`). */
  municipality: string | undefined;

  /** Preset free-text search. */
  q: string | undefined;

  /** Preset audiences, comma-separated (`families,babies`). */
  audience: string | undefined;

  /** Preset offerings, comma-separated (`open-activity,family-club`). */
  offering: string | undefined;

  /**
   * Preset weekday, 1 = Monday … 7 = Sunday.
   * @type {'1' | '2' | '3' | '4' | '5' | '6' | '7' | undefined}
   */
  weekday: string | undefined;

  /**
   * `today` presets the "open today" filter.
   * @type {'today' | undefined}
   */
  open: string | undefined;

  /** Preset languages spoken, comma-separated ISO 639 codes (`fi,sv`). */
  language: string | undefined;

  /** Preset accessibility features, comma-separated (`step-free-entrance,lift`). */
  accessibility: string | undefined;

  /** Hides the invented example rows (shown by default and marked as examples); the user can still show them. */
  hideExamples = false;

  /** Initial order: `name`, or a municipality code to order by distance from its centre. */
  order: string | undefined;

  /**
   * Level of each place's heading, 2–6.
   * @type {2 | 3 | 4 | 5 | 6}
   */
  headingLevel = 3;

  /** A map link for each place with coordinates, e.g. `https://example.org/map?lat={lat}&lon={lon}`; `{lat}`, `{lon}`, `{name}` and `{id}` are replaced, encoded. No map link without it. */
  mapUrlTemplate: string | undefined;

  /** Keeps the filters in the page's query string (replaceState) so a search can be shared, and reads them on load. */
  syncUrl = false;

  /** The day treated as today (`YYYY-MM-DD`, Helsinki). Defaults to the current date in Helsinki. */
  today: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._announceTimer);
  }

  /** Also waits for the words of the widget's language (loaded on first use), so the render is complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this._lang.ready;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const presets = Object.values(FILTER_ATTRIBUTES).some((name) => changed.has(name));
    if (!this.hasUpdated || presets) {
      const attribute = (name: string) => this[name as keyof this] as string | undefined;
      this._filter = presetFilter(attribute, this.hideExamples, this.syncUrl && !this.hasUpdated);
    }
    if (!this.hasUpdated && this.order)
      this._order = /^\d{3}$/.test(this.order) ? `municipality:${this.order}` : 'name';
    if (!this.hasUpdated || changed.has('places') || changed.has('src')) this._load();
    const locale = this._lang.locale;
    this._search.run({
      places: this._data.data?.places ?? [],
      municipalities: this._municipalities(),
      filter: this._filter,
      origin: this._origin(),
      locale,
      today: this._todayIso(),
    });
    for (const placeId of this._open) this._prepareCalendar(placeId);
    const { status, data } = this._data;
    const m = this._lang.messages;
    if (!m) return;
    const count = this._search.results.length;
    const shown = data && !data.fatal && !data.noSource;
    this._announce(
      status === 'loading' || status === 'idle'
        ? m.loading
        : shown
          ? m.resultCount(count, formatCount(count, locale))
          : '',
    );
  }

  protected override updated(): void {
    if (this._width.narrow !== this._narrow) requestAnimationFrame(() => (this._narrow = this._width.narrow));
    if (this._focus === undefined) return;
    const target = this.renderRoot.querySelectorAll<HTMLElement>('.toggle')[this._focus];
    this._focus = undefined;
    target?.focus();
  }

  /** Reads `places`, else `src`, else the built-in data; the newest load wins (`DataSource`). */
  private _load(): void {
    const needNames = this.municipalities === undefined;
    const { places, src } = this;
    if (places !== undefined) void this._data.load(() => loadGiven(places, needNames));
    else if (src) void this._data.load((signal) => loadSrc(src, signal, needNames));
    else void this._data.load((signal) => loadBuiltIn(signal));
  }

  private _todayIso(): string {
    return this.today && ISO_DATE.test(this.today) ? this.today : helsinkiToday();
  }

  private _municipalities(): readonly Municipality[] {
    return this.municipalities ?? this._data.data?.municipalities ?? [];
  }

  private _origin(): Coordinates | undefined {
    if (this._order === 'location') return this._location;
    if (!this._order.startsWith('municipality:')) return undefined;
    const code = this._order.slice('municipality:'.length);
    return this._municipalities().find((m) => m.code === code)?.centre;
  }

  /** Updates the live region after typing pauses, so a screen reader is not interrupted at every key. */
  private _announce(text: string): void {
    if (text === this._pendingAnnouncement) return;
    this._pendingAnnouncement = text;
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => {
      this._announcement = text;
    }, ANNOUNCE_DELAY_MS);
  }

  private _setFilter(patch: Partial<PlaceFilter>): void {
    this._filter = patchFilter(this._filter, patch);
    this._shown = PAGE_SIZE;
    // Only a choice against the page's default (`hide-examples`) goes into the URL.
    if (this.syncUrl) writeFilterToUrl(this._filter, this._filter.includeExamples === this.hideExamples);
    emitFilterChange(this, this._filter);
  }

  private readonly _form: FormHandlers = {
    text: (event) => this._setFilter({ text: (event.target as HTMLInputElement).value }),
    municipality: (event) => {
      const code = (event.target as HTMLSelectElement).value;
      this._setFilter({ municipalities: code ? [code] : undefined });
    },
    day: (event) => this._setFilter(dayPatch((event.target as HTMLSelectElement).value)),
    order: (event) => {
      this._order = (event.target as HTMLSelectElement).value;
    },
    check: (key, value, event) =>
      this._setFilter(checkPatch(this._filter, key, value, (event.target as HTMLInputElement).checked)),
    clear: () => {
      this._filter = {};
      this._setFilter({ includeExamples: !this.hideExamples });
    },
    locate: () =>
      locate((state, location) => {
        this._geo = state;
        if (!location) return;
        this._location = location;
        this._order = 'location';
      }),
    toggleFilters: () => {
      this._filtersOpen = !this._filtersOpen;
    },
  };

  private readonly _list: ResultsHandlers = {
    toggle: (placeId) => {
      const open = new Set(this._open);
      if (open.delete(placeId)) {
        this._open = open;
        return;
      }
      this._open = open.add(placeId);
      emitPlaceSelect(this, placeId);
      this._prepareCalendar(placeId);
    },
    showMore: () => {
      this._focus = this._shown;
      this._shown += PAGE_SIZE;
    },
    examples: (event) => this._setFilter({ includeExamples: (event.target as HTMLInputElement).checked }),
  };

  private readonly _onRetry = (): void => {
    // The button goes away while loading: focus follows the load instead of falling to the page.
    void this._data.retry();
    focusAfterRetry(this, '.status-line');
  };

  private _calendarOptions(place: MeetingPlace, m: FinderMessages): CalendarOptions {
    const locale = this._lang.locale;
    const name = m.calendarName(display(place.name, locale).text || place.id);
    return { today: this._todayIso(), locale, regionId: this._data.data?.region?.id, name };
  }

  /** Builds a place's `.ics` link when its details open (and again for another day or language). */
  private _prepareCalendar(placeId: string): void {
    const place = this._data.data?.places.find((p) => p.id === placeId);
    const m = this._lang.messages;
    if (place && m) this._calendars.prepare(place, this._calendarOptions(place, m));
  }

  private _renderResults(m: FinderMessages) {
    const data = this._data.data;
    if (!data || data.fatal || data.noSource) return nothing;
    if (this._search.failed) return html`<p class="notice error">${m.loadFailed}</p>`;
    const locale = this._lang.locale;
    const ctx: RowContext = {
      locale,
      today: this._todayIso(),
      origin: this._origin(),
      municipalities: new Map(this._municipalities().map((mu) => [mu.code, mu])),
      organisers: this.parties ? organiserNames(this.parties) : (this._data.data?.organisers ?? new Map()),
      open: this._open,
      calendar: (place) => this._calendars.get(place, this._calendarOptions(place, m)),
      mapUrlTemplate: this.mapUrlTemplate,
    };
    const { results } = this._search;
    const examples = data.places.filter((p) => p.example === true).length;
    const vm: ResultsModel = {
      m,
      locale,
      id: this._id,
      headingLevel: this.headingLevel,
      places: results.slice(0, this._shown),
      rowOf: (place) => rowModel(place, ctx),
      total: results.length,
      examples: examples === 0 ? 'none' : examples === data.places.length ? 'all' : 'some',
      includeExamples: this._filter.includeExamples !== false,
    };
    return resultsView(vm, this._list);
  }

  override render() {
    const m = this._lang.messages;
    if (!m) return nothing;
    const locale = this._lang.locale;
    const data = this._data.data;
    const loading = this._data.status === 'loading' || this._data.status === 'idle';
    const region = data?.region;
    const form: FormModel = {
      m,
      locale,
      id: this._id,
      filter: this._filter,
      order: this._order,
      narrow: this._narrow,
      filtersOpen: this._filtersOpen,
      municipalities: municipalityOptions(this._municipalities(), locale),
      languages: languagesOf(data?.places ?? [], this._filter.languages ?? [], locale),
      hasLocation: this._location !== undefined,
      geo: this._geo,
    };
    return html`<slot></slot>
      ${formView(form, this._form)}
      <p class="status-line" tabindex="-1">
        <span part="status" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</span>
        ${region ? html`<span class="region" part="region">${m.regionLabel}: ${shownText(display(region.name, locale), locale)}</span>` : nothing}
      </p>
      ${problemsView(m, locale, this._data, this.places === undefined ? this._onRetry : undefined)}
      <div class="output" aria-busy=${loading ? 'true' : 'false'}>${this._renderResults(m)}</div>`;
  }
}
