import type {
  DataIssue,
  Locale,
  LocalizedText,
  MeetingPlace,
  Municipality,
  PublishedPlaces,
  SourceRef,
} from '@perhekeskus/core';
import type { FinderMessages } from '../../i18n/finder/index.js';
import { getBuiltInIndex } from '../../internal/built-in.js';
import { filesOf, openSource, type PublishedFolder, readFile } from '../../internal/published.js';

/**
 * What the finder shows, however it came: a published folder (`src` = its `index.json`, or the built-in
 * data), a single file of the older `MeetingPlaceList` format, or places given by property.
 */

/** Something wrong with data from outside, turned into a sentence by `issueSentence` (the check module). */
export type FinderIssue =
  | { kind: 'place'; issue: DataIssue }
  | { kind: 'manifest' }
  | { kind: 'no-places' }
  | { kind: 'row'; path: string };

export interface FinderData {
  places: readonly MeetingPlace[];
  /** The municipalities the data names (published folders, or the national reference for older files). */
  municipalities?: readonly Municipality[];
  /** Organiser names by id (published folders). */
  organisers?: ReadonlyMap<string, LocalizedText>;
  /** The region the data is from (published folders). */
  region?: { id: string; name: LocalizedText };
  issues: readonly FinderIssue[];
  /** Nothing could be read at all. */
  fatal: boolean;
  /** Turns an issue into a sentence in the widget's words; set whenever `issues` is not empty. */
  describe?: (issue: FinderIssue, locale: Locale, m: FinderMessages) => string;
  /** No `src`, no `places` and no built-in data in this build. */
  noSource?: boolean;
}

/** How many weeks of a place's openings its `.ics` file holds. */
export const CALENDAR_WEEKS = 8;

/** A place's `.ics` link. */
export interface PlaceCalendar {
  href: string;
  file: string;
}

/** What a place's `.ics` file depends on besides the place. */
export interface CalendarOptions {
  today: string;
  locale: Locale;
  /** The region's id, for the UIDs and the file name. */
  regionId: string | undefined;
  /** The calendar's name in the widget's language. */
  name: string;
}

/**
 * The rows' `.ics` links, each built when its row first opens (with the calendar code loaded then),
 * once per place, day, language and region.
 */
export class CalendarLinks {
  private readonly _links = new Map<string, PlaceCalendar | null>();

  /** @param _changed - called when a link is ready (the host updates) */
  constructor(private readonly _changed: () => void) {}

  /** The place's link, once it is built (never when nothing opens in the coming weeks). */
  get(place: MeetingPlace, options: CalendarOptions): PlaceCalendar | undefined {
    return this._links.get(this._key(place, options)) ?? undefined;
  }

  /** Starts building the place's link, unless it has been. */
  prepare(place: MeetingPlace, options: CalendarOptions): void {
    const key = this._key(place, options);
    if (this._links.has(key)) return;
    this._links.set(key, null);
    import('./meeting-place-finder.ics.js')
      .then(({ placeCalendar }) => this._links.set(key, placeCalendar(place, options) ?? null))
      .catch(() => undefined)
      .finally(this._changed);
  }

  private _key(place: MeetingPlace, { today, locale, regionId }: CalendarOptions): string {
    return `${place.id}|${today}|${locale}|${regionId ?? ''}`;
  }
}

/** Published rows carry no `source`; core's model wants one, so every published row gets this. */
export const PUBLISHED_SOURCE: SourceRef = { document: 'perhekeskus-published' };

type Check = typeof import('./meeting-place-finder.check.js');
let check: Promise<Check> | undefined;

/** The validators, loaded on first need: a page showing only built-in (trusted) data never loads them. */
function loadCheck(): Promise<Check> {
  check ??= import('./meeting-place-finder.check.js');
  return check;
}

/**
 * Municipality names for data that brings none (an older single file, places by property): the
 * national reference list, loaded only then. No centres: those are a region's own data.
 */
async function withReferenceNames(data: FinderData): Promise<FinderData> {
  if (data.places.length === 0) return data;
  try {
    const { referenceMunicipality } = await import('./meeting-place-finder.reference.js');
    const codes = [...new Set(data.places.map((place) => place.municipalityCode))];
    const municipalities = codes.flatMap((code): Municipality[] => {
      const known = referenceMunicipality(code);
      return known ? [{ code, name: { ...known.name }, source: PUBLISHED_SOURCE }] : [];
    });
    return { ...data, municipalities };
  } catch {
    // Without the names the codes show; the places still do.
    return data;
  }
}

/**
 * The trusted content of a published `places.json` (the built-in data, validated at build time) as the
 * model's types, without checking it again.
 */
export function fromPublished(file: PublishedPlaces): Pick<FinderData, 'places' | 'municipalities' | 'organisers'> {
  return {
    places: file.places.map((place) => ({ ...place, source: PUBLISHED_SOURCE })),
    municipalities: file.municipalities.map((m) => ({ ...m, source: PUBLISHED_SOURCE })),
    organisers: new Map(file.organisers.map((o) => [o.id, o.name])),
  };
}

/**
 * Places given by property (or read from an older single file): checked row by row.
 *
 * @param input - the property's value or the file's JSON
 * @param needNames - whether to name the municipalities from the national list
 */
export async function loadGiven(input: unknown, needNames: boolean): Promise<FinderData> {
  const data = (await loadCheck()).checkList(input);
  return needNames ? withReferenceNames(data) : data;
}

async function loadFolder(folder: PublishedFolder, signal: AbortSignal): Promise<FinderData> {
  const c = folder.trusted ? undefined : await loadCheck();
  if (c && !c.checkManifest(folder.manifest)) {
    return { places: [], issues: [{ kind: 'manifest' }], fatal: true, describe: c.issueSentence };
  }
  const region = folder.manifest.region;
  const [file] = filesOf(folder, 'places');
  if (!file) {
    const { issueSentence } = c ?? (await loadCheck());
    return { places: [], region, issues: [{ kind: 'no-places' }], fatal: true, describe: issueSentence };
  }
  const json = await readFile(folder, file, signal);
  return {
    ...(c ? c.checkPublished(json) : { ...fromPublished(json as PublishedPlaces), issues: [], fatal: false }),
    region,
  };
}

/**
 * A `src`: a published folder's `index.json` (its places file is found there) or a single file of the
 * older format. Checked at the door.
 *
 * @throws LoadError when a file cannot be read
 */
export async function loadSrc(src: string, signal: AbortSignal, needNames: boolean): Promise<FinderData> {
  const source = await openSource(new URL(src, document.baseURI), signal, false);
  return source.kind === 'published' ? loadFolder(source.folder, signal) : loadGiven(source.json, needNames);
}

/**
 * The built-in data's published folder, when this build has one; trusted, so not checked again.
 *
 * @returns the data, or `noSource` when there is no built-in data to read
 */
export async function loadBuiltIn(signal: AbortSignal): Promise<FinderData> {
  const index = getBuiltInIndex();
  if (!index) return { places: [], issues: [], fatal: false, noSource: true };
  const source = await openSource(index, signal, true);
  return source.kind === 'published' ? loadFolder(source.folder, signal) : loadGiven(source.json, true);
}

/**
 * A string safe for `encodeURIComponent`, which throws on a lone surrogate (half of an emoji cut by a
 * careless export): those become U+FFFD, so one odd name never blanks the list.
 *
 * @example
 * encodeURIComponent(wellFormed('a\uD800b')); // 'a%EF%BF%BDb'
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
