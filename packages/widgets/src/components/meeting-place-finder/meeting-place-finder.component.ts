import {
  AccessibilityFeature,
  Audience,
  accessibilityFeatureLabels,
  audienceLabels,
  type CalendarEvent,
  type Coordinates,
  createPlaceIndex,
  distanceKm,
  filterPlaces,
  helsinkiToday,
  type MeetingPlace,
  type Municipality,
  Offering,
  offeringLabels,
  type Party,
  type PlaceFilter,
  type PlaceIndex,
  type PlaceIssue,
  parsePlaceFilter,
  placeFilterParamNames,
  placeFilterToParams,
  placeIssueMessage,
  roleLabels,
  sortPlaces,
  termLabel,
  toICalendar,
  type UpcomingOpening,
  upcomingOpenings,
  validatePlaces,
} from '@perhekeskus/core';
import {
  type CSSResultGroup,
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { PkFilterChangeDetail, PkPlaceSelectDetail } from '../../events.js';
import { loadFailureText } from '../../i18n/common.js';
import {
  capitalize,
  formatCount,
  formatDate,
  formatDay,
  formatKm,
  formatTimeRange,
  languageName,
  type Messages,
  messages,
  WEEKDAYS,
  type WidgetLocale,
  weekdayName,
} from '../../i18n/index.js';
import { display, langAttribute, localizedText, plainText, shownText } from '../../internal/localized-text.js';
import { type LoadFailure, SrcLoader } from '../../internal/src-loader.js';
import { watchLocale } from '../../internal/watch-locale.js';
import { baseStyles } from '../../styles/base.js';
import { controlStyles } from '../../styles/controls.js';
import { styles } from './meeting-place-finder.styles.js';

/** The built-in Etelä-Savo data, loaded on first need so that sites with their own data never fetch it. */
interface BuiltIn {
  places: readonly MeetingPlace[];
  municipalities: readonly Municipality[];
  parties: readonly Party[];
}

let builtIn: Promise<BuiltIn> | undefined;
function loadBuiltIn(): Promise<BuiltIn> {
  builtIn ??= import('../../internal/built-in-data.js');
  return builtIn;
}

/**
 * The property (and attribute) that presets each filter key; `language` and `accessibility` avoid the
 * global `lang`. Example rows show unless the boolean `hide-examples` is set.
 */
const FILTER_ATTRIBUTES = {
  municipalities: 'municipality',
  text: 'q',
  audiences: 'audience',
  offerings: 'offering',
  weekday: 'weekday',
  openToday: 'open',
  languages: 'language',
  accessibility: 'accessibility',
  includeExamples: 'hideExamples',
} as const satisfies Record<keyof PlaceFilter, string>;

type ListKey = 'audiences' | 'offerings' | 'languages' | 'accessibility';
type LoadState = 'loading' | 'ready' | 'failed';
type GeoState = 'idle' | 'locating' | 'denied' | 'unavailable' | 'unsupported' | 'ok';

const PAGE_SIZE = 20;
const ANNOUNCE_DELAY_MS = 500;
const MAX_ISSUES_SHOWN = 10;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

let instances = 0;

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

/**
 * A search for open meeting places for families (avoin kohtaamispaikka → open meeting place), a thin
 * view over `@perhekeskus/core`: filtering, ordering, opening times, validation and the calendar
 * file all come from core. Shows the built-in Etelä-Savo places unless `src` or `places` gives other
 * data; everything is validated, and invalid rows are reported and left out.
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
 * @csspart more-filters - The `<details>` disclosure holding the checkbox filters.
 * @csspart status - The live region announcing the result count.
 * @csspart error - The message about data that could not be loaded or has errors.
 * @csspart retry-button - The button that tries loading `src` again.
 * @csspart results - The list of places.
 * @csspart result - One place; example rows also carry the token `example` (`result example`).
 * @csspart name - The heading with the place's name.
 * @csspart badge - A badge; the example-data badge also carries `example`.
 * @csspart openings - The list of the next week's opening times.
 * @csspart details - A place's "more information" disclosure.
 * @csspart calendar-link - The link that downloads the place's opening times as an `.ics` file.
 * @csspart map-link - The link to a map (only with `map-url-template`).
 * @csspart show-more - The button that shows more results.
 *
 * @cssproperty [--pk-font-family=system-ui, sans-serif] - Font of the whole widget.
 * @cssproperty [--pk-text=#1b1b1b] - Text colour.
 * @cssproperty [--pk-muted-text=#4d4d4d] - Secondary text colour (hints, municipality line).
 * @cssproperty [--pk-surface=#ffffff] - Background colour.
 * @cssproperty [--pk-surface-alt=#f3f5f7] - Background of the form and notices.
 * @cssproperty [--pk-border=#6b7280] - Border colour of controls and cards.
 * @cssproperty [--pk-accent=#00577d] - Accent colour: buttons, links, the card edge.
 * @cssproperty [--pk-accent-text=#ffffff] - Text on the accent colour.
 * @cssproperty [--pk-focus=#b3005e] - Focus outline colour.
 * @cssproperty [--pk-radius=0.5rem] - Corner radius.
 * @cssproperty [--pk-gap=1rem] - Spacing between blocks.
 * @cssproperty [--pk-example-surface=#fff4cc] - Background of the example-data badge.
 * @cssproperty [--pk-example-text=#4a3700] - Text of the example-data badge.
 * @cssproperty [--pk-error-surface=#fdecea] - Background of error messages.
 * @cssproperty [--pk-error-text=#8a1c12] - Text of error messages.
 */
export class MeetingPlaceFinder extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, controlStyles, styles];

  /** Reactive properties and their attributes (a static map costs less than a decorator per field). */
  static override properties: PropertyDeclarations = {
    _places: { state: true },
    _issues: { state: true },
    _fatal: { state: true },
    _load: { state: true },
    _failure: { state: true },
    _httpStatus: { state: true },
    _lookups: { state: true },
    _filter: { state: true },
    _order: { state: true },
    _location: { state: true },
    _geo: { state: true },
    _shown: { state: true },
    _announcement: { state: true },
    _locale: { state: true },
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

  private readonly _uid = `pk-mpf-${++instances}`;
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  private _pendingAnnouncement = '';
  private _langObserver: MutationObserver | undefined;
  private _index: PlaceIndex | undefined;
  private _indexKey: [readonly MeetingPlace[], readonly Municipality[]] | undefined;
  private _results: MeetingPlace[] = [];
  private _resultsError = false;
  private _focusResult: number | undefined;
  private _calendarCache = new WeakMap<MeetingPlace, Map<string, string>>();
  private readonly _loader = new SrcLoader(
    this,
    (json) => this._accept(json),
    (failure, status) => this._fail(failure, status),
  );

  /** The validated places, and what was wrong with the input. */
  private _places: readonly MeetingPlace[] = [];
  private _issues: readonly PlaceIssue[] = [];
  private _fatal = false;
  private _load: LoadState = 'loading';
  private _failure: LoadFailure | undefined;
  private _httpStatus = '';
  private _lookups: { municipalities: readonly Municipality[]; parties: readonly Party[] } = {
    municipalities: [],
    parties: [],
  };
  private _filter: PlaceFilter = {};
  private _order = 'name';
  private _location: Coordinates | undefined;
  private _geo: GeoState = 'idle';
  private _shown = PAGE_SIZE;
  private _announcement = '';
  private _locale: WidgetLocale = 'fi';

  /** URL of a JSON file of places (the `MeetingPlaceList` format of `@perhekeskus/core`). Fetched as given; nothing else is requested. */
  src: string | undefined;

  /** Places given directly (validated like a file). Takes precedence over `src` and the built-in data. */
  places: unknown;

  /** Municipalities for names, search and distances. Defaults to the built-in Etelä-Savo list. */
  municipalities: readonly Municipality[] | undefined;

  /** Organisations for the organiser names. Defaults to the built-in Etelä-Savo parties. */
  parties: readonly Party[] | undefined;

  /** Preset municipality filter: one or more comma-separated codes (`681`, `178,491`). */
  municipality: string | undefined;

  /** Preset free-text search. */
  q: string | undefined;

  /** Preset audiences, comma-separated (`families,babies`). */
  audience: string | undefined;

  /** Preset offerings, comma-separated (`open-activity,family-club`). */
  offering: string | undefined;

  /** Preset weekday, 1 = Monday … 7 = Sunday. */
  weekday: string | undefined;

  /** `today` presets the "open today" filter. */
  open: string | undefined;

  /** Preset languages spoken, comma-separated ISO 639 codes (`fi,sv`). */
  language: string | undefined;

  /** Preset accessibility features, comma-separated (`step-free-entrance,lift`). */
  accessibility: string | undefined;

  /** Hides the invented example rows (shown by default, each marked as example data); the user can still show them. */
  hideExamples = false;

  /** Initial order: `name`, or a municipality code to order by distance from its centre. */
  order: string | undefined;

  /** Level of each place's heading, 2–6. */
  headingLevel = 3;

  /** A map link for each place with coordinates, e.g. `https://example.org/map?lat={lat}&lon={lon}`; `{lat}`, `{lon}`, `{name}` and `{id}` are replaced. No map link without it. */
  mapUrlTemplate: string | undefined;

  /** Keeps the filters in the page's query string (replaceState) so a search can be shared, and reads them on load. */
  syncUrl = false;

  /** The day treated as today (`YYYY-MM-DD`, Helsinki). Defaults to the current date in Helsinki. */
  today: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this._langObserver = watchLocale(this, (locale) => (this._locale = locale));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._langObserver?.disconnect();
    clearTimeout(this._announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || this._filterAttributeChanged(changed)) this._filter = this._initialFilter();
    if (!this.hasUpdated && this.order)
      this._order = /^\d{3}$/.test(this.order) ? `municipality:${this.order}` : 'name';
    if (changed.has('places') || changed.has('src') || !this.hasUpdated) this._loadData();
    if (changed.has('municipalities') || changed.has('parties') || !this.hasUpdated) this._loadLookups();
    this._computeResults();
  }

  protected override updated(): void {
    if (this._focusResult !== undefined) {
      const item = this.renderRoot.querySelectorAll<HTMLElement>('.result')[this._focusResult];
      this._focusResult = undefined;
      item?.focus();
    }
  }

  private _filterAttributeChanged(changed: PropertyValues<this>): boolean {
    return (Object.values(FILTER_ATTRIBUTES) as string[]).some((name) => changed.has(name as keyof MeetingPlaceFinder));
  }

  /**
   * The filter from the attributes, or from the page's query string when `sync-url` is on and it has
   * any. `includeExamples` is always set, so the filter means the same to core as to the widget.
   */
  private _initialFilter(): PlaceFilter {
    let filter: PlaceFilter | undefined;
    if (this.syncUrl && !this.hasUpdated) {
      const query = new URLSearchParams(location.search);
      if (Object.values(placeFilterParamNames).some((name) => query.has(name))) filter = parsePlaceFilter(query).filter;
    }
    if (!filter) {
      const params: Record<string, string | undefined> = {};
      for (const [key, attribute] of Object.entries(FILTER_ATTRIBUTES) as [keyof PlaceFilter, string][]) {
        if (key !== 'includeExamples') params[placeFilterParamNames[key]] = this[attribute as keyof this] as string;
      }
      filter = parsePlaceFilter(params).filter;
    }
    return { ...filter, includeExamples: filter.includeExamples ?? !this.hideExamples };
  }

  /** Validates `places`, or fetches `src`, or loads the built-in data: whichever is given first. */
  private _loadData(): void {
    const token = this._loader.begin();
    this._failure = undefined;
    if (this.places !== undefined) {
      this._accept(this.places);
    } else if (this.src) {
      this._load = 'loading';
      void this._loader.fetch(this.src, token);
    } else {
      this._load = 'loading';
      loadBuiltIn().then(
        (data) => {
          if (this._loader.isCurrent(token)) this._accept(data.places);
        },
        () => {
          if (this._loader.isCurrent(token)) this._fail('network');
        },
      );
    }
  }

  private _fail(failure: LoadFailure, status = ''): void {
    this._load = 'failed';
    this._failure = failure;
    this._httpStatus = status;
    this._places = [];
    this._issues = [];
    this._fatal = false;
  }

  private _accept(input: unknown): void {
    try {
      const result = validatePlaces(input);
      this._places = result.places;
      this._issues = result.issues;
      this._fatal = result.fatal;
    } catch {
      this._places = [];
      this._issues = [];
      this._fatal = true;
    }
    this._load = 'ready';
  }

  private _loadLookups(): void {
    const given = { municipalities: this.municipalities ?? [], parties: this.parties ?? [] };
    this._lookups = given;
    if (this.municipalities && this.parties) return;
    loadBuiltIn().then(
      (data) => {
        this._lookups = {
          municipalities: this.municipalities ?? data.municipalities,
          parties: this.parties ?? data.parties,
        };
      },
      () => undefined,
    );
  }

  private _todayIso(): string {
    return this.today && ISO_DATE.test(this.today) ? this.today : helsinkiToday();
  }

  private _computeResults(): void {
    try {
      const { municipalities } = this._lookups;
      if (!this._index || this._indexKey?.[0] !== this._places || this._indexKey[1] !== municipalities) {
        this._index = createPlaceIndex(this._places, { municipalities: [...municipalities] });
        this._indexKey = [this._places, municipalities];
      }
      const matches = filterPlaces(this._index, this._filter, { today: this._todayIso() });
      const origin = this._origin();
      this._results = sortPlaces(matches, {
        by: origin ? 'distance' : 'name',
        ...(origin ? { origin, municipalities: [...municipalities] } : {}),
        locale: this._locale,
      });
      this._resultsError = false;
    } catch {
      this._results = [];
      this._resultsError = true;
    }
    if (this._load === 'ready') this._announce(this._countText());
  }

  private _origin(): Coordinates | undefined {
    if (this._order === 'location') return this._location;
    if (this._order.startsWith('municipality:')) {
      const code = this._order.slice('municipality:'.length);
      return this._lookups.municipalities.find((m) => m.code === code)?.centre;
    }
    return undefined;
  }

  private _countText(): string {
    const count = this._results.length;
    return this._messages().resultCount(count, formatCount(count, this._locale));
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

  private _messages(): Messages {
    return messages(this._locale);
  }

  private _setFilter(patch: Partial<PlaceFilter>): void {
    const next: PlaceFilter = { ...this._filter, ...patch };
    for (const key of Object.keys(next) as (keyof PlaceFilter)[]) {
      const value = next[key];
      if (key === 'includeExamples') continue;
      if (value === undefined || value === false || value === '' || (Array.isArray(value) && value.length === 0)) {
        delete next[key];
      }
    }
    this._filter = next;
    this._shown = PAGE_SIZE;
    this._writeUrl();
    this.dispatchEvent(
      new CustomEvent<PkFilterChangeDetail>('pk-filter-change', {
        detail: structuredClone(next),
        bubbles: true,
        composed: true,
      }),
    );
  }

  private _writeUrl(): void {
    if (!this.syncUrl) return;
    try {
      const query = new URLSearchParams(location.search);
      for (const name of Object.values(placeFilterParamNames)) query.delete(name);
      const { includeExamples, ...rest } = this._filter;
      for (const [name, value] of Object.entries(placeFilterToParams(rest))) query.set(name, value);
      // Only a choice that differs from the page's default goes into the URL: `examples=0` or `examples=1`.
      if (this._examplesChanged()) query.set(placeFilterParamNames.includeExamples, includeExamples ? '1' : '0');
      const search = query.toString();
      history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
    } catch {
      // A sandboxed page may refuse history changes; the search still works without them.
    }
  }

  private _onText(event: Event): void {
    this._setFilter({ text: (event.target as HTMLInputElement).value });
  }

  private _onMunicipality(event: Event): void {
    const code = (event.target as HTMLSelectElement).value;
    this._setFilter({ municipalities: code ? [code] : undefined });
  }

  private _onDay(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this._setFilter({
      openToday: value === 'today' ? true : undefined,
      weekday: /^[1-7]$/.test(value) ? Number(value) : undefined,
    });
  }

  private _onCheck(key: ListKey, value: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const current = (this._filter[key] ?? []) as string[];
    const next = checked ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
    this._setFilter({ [key]: next } as Partial<PlaceFilter>);
  }

  private _onExamples(event: Event): void {
    this._setFilter({ includeExamples: (event.target as HTMLInputElement).checked });
  }

  private _onClear(): void {
    this._filter = {};
    this._setFilter({ includeExamples: !this.hideExamples });
  }

  private _onOrder(event: Event): void {
    this._order = (event.target as HTMLSelectElement).value;
  }

  private _onLocate(): void {
    if (!('geolocation' in navigator) || !navigator.geolocation) {
      this._geo = 'unsupported';
      return;
    }
    this._geo = 'locating';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this._location = { lat: position.coords.latitude, lon: position.coords.longitude };
        this._order = 'location';
        this._geo = 'ok';
      },
      (error) => {
        this._geo = error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable';
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  }

  private _onShowMore(): void {
    this._focusResult = this._shown;
    this._shown += PAGE_SIZE;
  }

  private _onRetry(): void {
    this._loadData();
  }

  private _onDetailsToggle(placeId: string, event: Event): void {
    if (!(event.target as HTMLDetailsElement).open) return;
    this.dispatchEvent(
      new CustomEvent<PkPlaceSelectDetail>('pk-place-select', { detail: { placeId }, bubbles: true, composed: true }),
    );
  }

  private _municipalityName(code: string): string | TemplateResult {
    const municipality = this._lookups.municipalities.find((m) => m.code === code);
    if (!municipality) return this._messages().municipalityCode(code);
    return localizedText(municipality.name, this._locale);
  }

  /** `Kirkkotie 1, 51900 Juva`: the address as written into the calendar file. */
  private _address({ address }: MeetingPlace): string | undefined {
    return address && `${address.street}, ${address.postalCode} ${plainText(address.postOffice, this._locale)}`;
  }

  /** The address as shown: the post office marked with its language when that is not the widget's. */
  private _addressText(address: NonNullable<MeetingPlace['address']>) {
    return html`${address.street}, ${address.postalCode} ${localizedText(address.postOffice, this._locale)}`;
  }

  private _partyName(id: string): string | TemplateResult {
    const party = this._lookups.parties.find((p) => p.id === id);
    return party ? localizedText(party.name, this._locale) : id;
  }

  /** The 7-day openings as an `.ics` data URL, built by core and cached per place, day and language. */
  private _calendarHref(place: MeetingPlace, openings: readonly UpcomingOpening[]): string | undefined {
    if (openings.length === 0) return undefined;
    const key = `${this._todayIso()}|${this._locale}`;
    let cache = this._calendarCache.get(place);
    const cached = cache?.get(key);
    if (cached) return cached;
    const name = plainText(place.name, this._locale);
    const location = this._address(place);
    const web = safeHttpUrl(place.web);
    const events: CalendarEvent[] = openings.map((o) => ({
      uid: `${place.id}-${o.activityId}-${o.date}@perhekeskus`,
      title: `${plainText(o.name, this._locale)} – ${name}`,
      start: o.start,
      end: o.end,
      ...(location ? { location } : {}),
      ...(web ? { url: web } : {}),
      ...(o.note ? { description: plainText(o.note, this._locale) } : {}),
    }));
    try {
      const ics = toICalendar(events, { name: this._messages().calendarName(name) });
      const href = `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
      if (!cache) {
        cache = new Map();
        this._calendarCache.set(place, cache);
      }
      cache.set(key, href);
      return href;
    } catch {
      return undefined;
    }
  }

  private _mapHref(place: MeetingPlace): string | undefined {
    if (!this.mapUrlTemplate || !place.coordinates) return undefined;
    const values: Record<string, string> = {
      lat: String(place.coordinates.lat),
      lon: String(place.coordinates.lon),
      name: plainText(place.name, this._locale),
      id: place.id,
    };
    return safeHttpUrl(
      this.mapUrlTemplate.replace(/\{(lat|lon|name|id)\}/g, (_, key: string) => encodeURIComponent(values[key] ?? '')),
    );
  }

  /** The languages the data mentions (and any preset), in the order of their names. */
  private _languagesInData(): string[] {
    const codes = new Set<string>();
    for (const place of this._places) for (const code of place.languages) codes.add(code);
    for (const code of this._filter.languages ?? []) codes.add(code);
    const locale = this._locale;
    return [...codes].sort((a, b) => languageName(a, locale).localeCompare(languageName(b, locale), locale));
  }

  /** Whether the user has shown or hidden the example rows against the page's default (`hide-examples`). */
  private _examplesChanged(): boolean {
    return this._filter.includeExamples === this.hideExamples;
  }

  private _activeDisclosureFilters(): number {
    const f = this._filter;
    return (
      (f.audiences?.length ?? 0) +
      (f.offerings?.length ?? 0) +
      (f.languages?.length ?? 0) +
      (f.accessibility?.length ?? 0) +
      (this._examplesChanged() ? 1 : 0)
    );
  }

  private _renderHeading(content: TemplateResult): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    switch (level) {
      case 2:
        return html`<h2 class="name" part="name">${content}</h2>`;
      case 4:
        return html`<h4 class="name" part="name">${content}</h4>`;
      case 5:
        return html`<h5 class="name" part="name">${content}</h5>`;
      case 6:
        return html`<h6 class="name" part="name">${content}</h6>`;
      default:
        return html`<h3 class="name" part="name">${content}</h3>`;
    }
  }

  private _renderChecks(key: ListKey, legend: string, values: readonly string[], text: (value: string) => string) {
    if (values.length === 0) return nothing;
    const selected = (this._filter[key] ?? []) as string[];
    return html`<fieldset>
      <legend>${legend}</legend>
      ${values.map(
        (value) => html`<label class="check">
          <input
            type="checkbox"
            name=${key}
            .value=${value}
            .checked=${selected.includes(value)}
            @change=${(event: Event) => this._onCheck(key, value, event)}
          />
          <span>${capitalize(text(value), this._locale)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  private _renderForm(m: Messages) {
    const locale = this._locale;
    const f = this._filter;
    const id = this._uid;
    const municipalities = this._lookups.municipalities
      .map((mu) => ({ code: mu.code, name: display(mu.name, locale), centre: mu.centre }))
      .sort((a, b) => a.name.text.localeCompare(b.name.text, locale));
    const selectedMunicipality = f.municipalities?.[0] ?? '';
    const knownCodes = new Set(municipalities.map((mu) => mu.code));
    const day = f.openToday ? 'today' : f.weekday ? String(f.weekday) : '';
    const active = this._activeDisclosureFilters();
    const hasExamples = this._places.some((p) => p.example === true);
    const geoMessage =
      this._geo === 'locating'
        ? m.locating
        : this._geo === 'denied'
          ? m.locationDenied
          : this._geo === 'unavailable'
            ? m.locationUnavailable
            : this._geo === 'unsupported'
              ? m.locationUnsupported
              : this._geo === 'ok' && this._order === 'location'
                ? m.locationInUse
                : '';
    return html`<form part="form" role="search" aria-label=${m.formLabel} @submit=${(e: Event) => e.preventDefault()}>
      <div class="fields">
        <div class="field">
          <label for="${id}-q">${m.textLabel}</label>
          <input
            id="${id}-q"
            type="search"
            name="q"
            autocomplete="off"
            aria-describedby="${id}-q-hint"
            .value=${f.text ?? ''}
            @input=${this._onText}
          />
          <span class="hint" id="${id}-q-hint">${m.textHint}</span>
        </div>
        <div class="field">
          <label for="${id}-municipality">${m.municipalityLabel}</label>
          <select id="${id}-municipality" name="municipality" @change=${this._onMunicipality}>
            <option value="" ?selected=${selectedMunicipality === ''}>${m.allMunicipalities}</option>
            ${municipalities.map(
              (mu) =>
                html`<option value=${mu.code} lang=${langAttribute(mu.name, locale)} ?selected=${mu.code === selectedMunicipality}>
                  ${mu.name.text}
                </option>`,
            )}
            ${
              selectedMunicipality && !knownCodes.has(selectedMunicipality)
                ? html`<option value=${selectedMunicipality} selected>${m.municipalityCode(selectedMunicipality)}</option>`
                : nothing
            }
          </select>
        </div>
        <div class="field">
          <label for="${id}-day">${m.dayLabel}</label>
          <select id="${id}-day" name="day" @change=${this._onDay}>
            <option value="" ?selected=${day === ''}>${m.anyDay}</option>
            <option value="today" ?selected=${day === 'today'}>${m.openToday}</option>
            ${WEEKDAYS.map(
              (weekday) =>
                html`<option value=${String(weekday)} ?selected=${day === String(weekday)}>
                  ${weekdayName(weekday, locale)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="${id}-order">${m.orderLabel}</label>
          <select id="${id}-order" name="order" @change=${this._onOrder}>
            <option value="name" ?selected=${this._order === 'name'}>${m.orderByName}</option>
            ${municipalities
              .filter((mu) => mu.centre)
              .map(
                (mu) =>
                  html`<option value="municipality:${mu.code}" ?selected=${this._order === `municipality:${mu.code}`}>
                    ${m.orderByMunicipality(mu.name.text)}
                  </option>`,
              )}
            ${
              this._location
                ? html`<option value="location" ?selected=${this._order === 'location'}>${m.orderByLocation}</option>`
                : nothing
            }
          </select>
        </div>
      </div>
      <details part="more-filters" ?open=${active > 0}>
        <summary>${m.moreFilters}${active > 0 ? ` ${m.activeFilters(formatCount(active, locale))}` : ''}</summary>
        <div class="filter-groups">
          ${this._renderChecks('audiences', m.audiencesLegend, Audience.options, (v) => audienceLabels[v as Audience][locale])}
          ${this._renderChecks('offerings', m.offeringsLegend, Offering.options, (v) => offeringLabels[v as Offering][locale])}
          ${this._renderChecks('languages', m.languagesLegend, this._languagesInData(), (v) => languageName(v, locale))}
          ${this._renderChecks(
            'accessibility',
            m.accessibilityLegend,
            AccessibilityFeature.options,
            (v) => accessibilityFeatureLabels[v as AccessibilityFeature][locale],
          )}
          ${
            hasExamples || this._examplesChanged()
              ? html`<label class="check">
                <input type="checkbox" name="examples" .checked=${f.includeExamples === true} @change=${this._onExamples} />
                <span>${m.showExamples}</span>
              </label>`
              : nothing
          }
        </div>
      </details>
      <div class="actions">
        <button type="button" class="secondary" @click=${this._onClear}>${m.clearFilters}</button>
        <button type="button" class="secondary" ?disabled=${this._geo === 'locating'} @click=${this._onLocate}>
          ${m.useLocation}
        </button>
      </div>
      <p class="hint geo" role="status">${geoMessage}</p>
    </form>`;
  }

  private _renderProblems(m: Messages) {
    const locale = this._locale;
    if (this._load === 'failed') {
      const detail = loadFailureText(m, this._failure, this._httpStatus);
      return html`<div class="notice error" part="error" role="alert">
        <p><strong>${m.loadFailed}</strong> ${detail}</p>
        ${
          this.src && this.places === undefined
            ? html`<button type="button" part="retry-button" @click=${this._onRetry}>${m.retry}</button>`
            : nothing
        }
      </div>`;
    }
    if (this._load !== 'ready' || (this._issues.length === 0 && !this._fatal)) return nothing;
    const shown = this._issues.slice(0, MAX_ISSUES_SHOWN);
    const more = this._issues.length - shown.length;
    return html`<div class="notice error" part="error" role="alert">
      <p>
        <strong>${m.dataIssues(formatCount(this._issues.length, locale))}</strong>
        ${
          this._fatal || this._places.length === 0
            ? m.dataUnusable
            : m.dataIssuesKept(formatCount(this._places.length, locale))
        }
      </p>
      <ul>
        ${shown.map((issue) => html`<li>${placeIssueMessage(issue, locale)}</li>`)}
      </ul>
      ${more > 0 ? html`<p>${m.moreIssues(formatCount(more, locale))}</p>` : nothing}
    </div>`;
  }

  private _renderOpenings(m: Messages, openings: readonly UpcomingOpening[]) {
    const locale = this._locale;
    return html`<div>
      <p class="label">${m.nextOpenings}</p>
      ${
        openings.length === 0
          ? html`<p>${m.noOpenings}</p>`
          : html`<ul class="openings" part="openings">
            ${openings.map(
              (o) => html`<li>
                <span>${formatDay(o.date, locale)} ${formatTimeRange(o.start.slice(11, 16), o.end.slice(11, 16), locale)}</span>
                <span>${localizedText(o.name, locale)}</span>
                ${o.changed ? html`<span class="changed">(${m.changedHours})</span>` : nothing}
                ${o.note ? html`<span>– ${localizedText(o.note, locale)}</span>` : nothing}
              </li>`,
            )}
          </ul>`
      }
    </div>`;
  }

  /** Who runs the place, whom to contact, languages and accessibility: shown on every card. */
  private _renderFacts(m: Messages, place: MeetingPlace) {
    const locale = this._locale;
    const { contacts } = place;
    return html`<dl class="facts">
      ${
        place.organiserIds.length > 0
          ? html`<dt>${m.organisers}</dt>
            <dd>${place.organiserIds.map((id, i) => html`${i > 0 ? ', ' : ''}${this._partyName(id)}`)}</dd>`
          : nothing
      }
      ${
        contacts.length > 0
          ? html`<dt>${m.contacts}</dt>
            <dd>
              <ul>
                ${contacts.map(
                  (c) => html`<li>
                    <span>${shownText(termLabel(roleLabels, c.role, locale), locale)}</span>${c.name ? html`: <span>${c.name}</span>` : nothing}
                    ${c.title ? html`(<span>${localizedText(c.title, locale)}</span>)` : nothing}
                    ${
                      c.workEmail
                        ? html`<br /><span>${m.email}:</span> <a href="mailto:${c.workEmail}">${c.workEmail}</a>`
                        : nothing
                    }
                    ${
                      c.workPhone
                        ? html`<br /><span>${m.phone}:</span>
                          <a href="tel:${c.workPhone.replace(/[^+0-9]/g, '')}">${c.workPhone}</a>`
                        : nothing
                    }
                  </li>`,
                )}
              </ul>
            </dd>`
          : nothing
      }
      ${
        place.languages.length > 0
          ? html`<dt>${m.languages}</dt>
            <dd>${place.languages.map((code) => languageName(code, locale)).join(', ')}</dd>`
          : nothing
      }
      ${
        place.accessibility.length > 0
          ? html`<dt>${m.accessibility}</dt>
            <dd>${place.accessibility.map((a) => accessibilityFeatureLabels[a][locale]).join(', ')}</dd>`
          : nothing
      }
    </dl>`;
  }

  /** The description and the rest, behind a native disclosure; opening it is the user selecting the place. */
  private _renderDetails(m: Messages, place: MeetingPlace, name: string | TemplateResult) {
    const locale = this._locale;
    const web = safeHttpUrl(place.web);
    return html`<details part="details" @toggle=${(e: Event) => this._onDetailsToggle(place.id, e)}>
      <summary>${m.moreInformation}<span class="visually-hidden">: ${name}</span></summary>
      ${place.description ? html`<p class="description">${localizedText(place.description, locale)}</p>` : nothing}
      <dl>
        ${
          place.audiences.length > 0
            ? html`<dt>${m.audiences}</dt>
              <dd>${place.audiences.map((a) => audienceLabels[a][locale]).join(', ')}</dd>`
            : nothing
        }
        ${
          place.offerings.length > 0
            ? html`<dt>${m.offerings}</dt>
              <dd>${place.offerings.map((o) => offeringLabels[o][locale]).join(', ')}</dd>`
            : nothing
        }
        ${
          place.operating?.start
            ? html`<dt>${m.operatingSince}</dt>
              <dd>${formatDate(place.operating.start, locale)}</dd>`
            : nothing
        }
        ${
          web
            ? html`<dt>${m.website}</dt>
              <dd><a href=${web} rel="noopener noreferrer">${web}</a></dd>`
            : nothing
        }
      </dl>
    </details>`;
  }

  private _renderResult(m: Messages, place: MeetingPlace, origin: Coordinates | undefined) {
    const locale = this._locale;
    const name = localizedText(place.name, locale);
    const example = place.example === true;
    let openings: UpcomingOpening[] = [];
    try {
      openings = upcomingOpenings(place, { from: this._todayIso(), days: 7 });
    } catch {
      openings = [];
    }
    const distance = origin && place.coordinates ? distanceKm(origin, place.coordinates) : undefined;
    const calendarHref = this._calendarHref(place, openings);
    const mapHref = this._mapHref(place);
    const file = `${place.id}.ics`;
    return html`<li class="result ${example ? 'example' : ''}" part=${example ? 'result example' : 'result'} tabindex="-1">
      ${this._renderHeading(html`${name}`)}
      ${
        example
          ? html`<div class="badges">
            <span class="badge example" part="badge example" title=${m.exampleExplained}>${m.example}</span>
          </div>`
          : nothing
      }
      <p class="meta">
        <span>${this._municipalityName(place.municipalityCode)}</span>${
          distance !== undefined ? html` · <span>${m.distance(formatKm(distance, locale))}</span>` : nothing
        }
      </p>
      ${
        place.address
          ? html`<p>
            <span class="label">${m.address}:</span>
            <span>${this._addressText(place.address)}</span>
          </p>`
          : nothing
      }
      ${this._renderOpenings(m, openings)}
      ${
        calendarHref || mapHref
          ? html`<div class="actions">
            ${
              calendarHref
                ? html`<a class="button secondary" part="calendar-link" href=${calendarHref} download=${file}>
                  ${m.addToCalendar}<span class="visually-hidden">: ${name}</span>
                </a>`
                : nothing
            }
            ${
              mapHref
                ? html`<a class="button secondary" part="map-link" href=${mapHref} rel="noopener noreferrer">
                  ${m.showOnMap}<span class="visually-hidden">: ${name}</span>
                </a>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${this._renderFacts(m, place)} ${this._renderDetails(m, place, name)}
    </li>`;
  }

  private _renderResults(m: Messages) {
    if (this._load === 'loading') return html`<p class="notice">${m.loading}</p>`;
    if (this._load === 'failed' || this._fatal) return nothing;
    if (this._resultsError) return html`<p class="notice error">${m.loadFailed}</p>`;
    if (this._results.length === 0) {
      return html`<div class="notice"><slot name="empty">${m.noResults}</slot></div>`;
    }
    const origin = this._origin();
    const shown = this._results.slice(0, this._shown);
    const locale = this._locale;
    return html`<ul class="results" part="results" aria-label=${m.resultsLabel}>
        ${shown.map((place) => this._renderResult(m, place, origin))}
      </ul>
      ${
        this._results.length > shown.length
          ? html`<button type="button" part="show-more" @click=${this._onShowMore}>
            ${m.showMore(formatCount(shown.length, locale), formatCount(this._results.length, locale))}
          </button>`
          : nothing
      }`;
  }

  override render() {
    const m = this._messages();
    return html`<slot></slot>
      ${this._renderForm(m)}
      <p class="count" part="status" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</p>
      ${this._renderProblems(m)} ${this._renderResults(m)}`;
  }
}
