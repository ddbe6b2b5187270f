// Where the calendar's events come from, and loading them: the page's own events (the `entries`
// property or a single-file `src`), and a published folder (`perhekeskus publish`: a county's at `src`,
// else the built-in one) with one calendar file per group, one of all groups a year, and the evaluation
// calendar. Only the files the chosen groups need, for the years on screen, are read; each once.
import type { CalendarEntry, DataIssue, PublishedFile } from '@perhekeskus/core';
import { getBuiltInIndex } from '../../internal/built-in.js';
import { LoadError } from '../../internal/fetch-json.js';
import { filesOf, openSource, type PublishedFolder, readFile } from '../../internal/published.js';

/** Entries from outside after the door check: the valid rows, the issues, and whether nothing was readable. */
export interface CheckedEntries {
  entries: CalendarEntry[];
  issues: DataIssue[];
  fatal: boolean;
}

/** The door's checks (`calendar.door.ts`), loaded on first need. */
export type Door = typeof import('./calendar.door.js');
/** The place converter (`calendar.place.ts`), loaded on first need. */
export type PlaceModule = typeof import('./calendar.place.js');

let door: Promise<Door> | undefined;
let placeModule: Promise<PlaceModule> | undefined;

/** A module that did not load (a stale embed, a network error) fails as a network load: "try again" helps. */
function loadModule<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  return load().catch(() => {
    forget();
    throw new LoadError('network');
  });
}

function loadDoor(): Promise<Door> {
  door ??= loadModule(
    () => import('./calendar.door.js'),
    () => (door = undefined),
  );
  return door;
}

function loadPlaceModule(): Promise<PlaceModule> {
  placeModule ??= loadModule(
    () => import('./calendar.place.js'),
    () => (placeModule = undefined),
  );
  return placeModule;
}

/** What the attributes ask of the published folder. */
export interface Selection {
  /** Group ids (`groups`); empty shows every group of the folder when nothing else is chosen. */
  groups: readonly string[];
  evaluation: boolean;
  place: string | undefined;
}

/** Whether the attributes choose anything from the folder (else a bare calendar shows all its groups). */
export function hasSelection(selection: Selection): boolean {
  return selection.groups.length > 0 || selection.evaluation || selection.place !== undefined;
}

/** The sources behind a calendar: its own events and the folder its groups come from. */
export interface Sources {
  /** The page's own events (`entries` or a single-file `src`), checked at the door. */
  own: CheckedEntries | undefined;
  /** The published folder the groups, the place and the evaluation calendar come from. */
  folder: PublishedFolder | undefined;
  /** `src` is a published folder whose manifest the calendar cannot read. */
  invalidFolder: boolean;
  /** The door's checks, when data from outside came (they also translate its issues). */
  door: Door | undefined;
}

async function openBuiltIn(signal: AbortSignal): Promise<PublishedFolder | undefined> {
  const index = getBuiltInIndex();
  if (!index) return undefined;
  const source = await openSource(index, signal, true);
  return source.kind === 'published' ? source.folder : undefined;
}

/**
 * Opens the calendar's sources: `entries` wins over `src`; a `src` is a published folder (the groups
 * come from it) or a single file of entries (then, as before, chosen groups come from the built-in
 * folder); without either, the built-in folder. Data from outside is checked at the door.
 *
 * @param entries - the `entries` property (undefined when not set)
 * @param src - the `src` attribute
 * @param selection - what the attributes choose from a folder
 * @param signal - aborts the requests
 * @returns the sources
 * @throws {LoadError} when a file cannot be read
 */
export async function openSources(
  entries: unknown,
  src: string | undefined,
  selection: Selection,
  signal: AbortSignal,
): Promise<Sources> {
  const chosen = hasSelection(selection);
  if (entries !== undefined) {
    const checks = await loadDoor();
    const folder = chosen ? await openBuiltIn(signal) : undefined;
    return { own: checks.checkEntries(entries), folder, invalidFolder: false, door: checks };
  }
  if (src) {
    const source = await openSource(new URL(src, document.baseURI), signal, false);
    const checks = await loadDoor();
    if (source.kind === 'published') {
      const valid = checks.checkManifest(source.folder.manifest);
      return { own: undefined, folder: valid ? source.folder : undefined, invalidFolder: !valid, door: checks };
    }
    const folder = chosen ? await openBuiltIn(signal) : undefined;
    return { own: checks.checkEntries(source.json), folder, invalidFolder: false, door: checks };
  }
  return { own: undefined, folder: await openBuiltIn(signal), invalidFolder: false, door: undefined };
}

/** The files a selection needs from a folder for some years, and the group ids the folder does not have. */
export interface Needs {
  calendars: PublishedFile[];
  places: PublishedFile | undefined;
  unknownGroups: string[];
}

/**
 * The folder's files the selection needs for the years on screen: each chosen group's calendar (all
 * groups when nothing is chosen and the calendar has no events of its own: the folder's
 * `calendar/<year>.json` of every group, or each group's file in a folder published without them), the
 * evaluation calendar, and `places.json` for a place. A file that lists its `years` is read only for
 * those years.
 *
 * @param folder - the published folder
 * @param selection - the attributes' choice
 * @param allGroups - true to show every group (a calendar with only the folder and no choice)
 * @param years - the years on screen
 * @returns the files and the unknown group ids
 */
export function neededFiles(
  folder: PublishedFolder,
  selection: Selection,
  allGroups: boolean,
  years: readonly number[],
): Needs {
  const inYears = (file: PublishedFile) => !file.years || file.years.some((year) => years.includes(year));
  const groupFiles = filesOf(folder, 'group-calendar');
  const known = new Set(groupFiles.map((file) => file.id));
  const wanted = new Set(selection.groups);
  const combined = allGroups ? filesOf(folder, 'region-calendar') : [];
  const calendars = (combined.length > 0 ? combined : groupFiles).filter(
    (file) => (allGroups || wanted.has(file.id ?? '')) && inYears(file),
  );
  if (selection.evaluation) calendars.push(...filesOf(folder, 'evaluation-calendar').filter(inYears));
  return {
    calendars,
    places: selection.place ? filesOf(folder, 'places')[0] : undefined,
    unknownGroups: selection.groups.filter((id) => !known.has(id)),
  };
}

/** A meeting place found in `places.json`, with the converter that turns it into entries. */
export interface FoundPlace {
  place: object | undefined;
  convert: PlaceModule;
}

/** The calendar files read for the screen. */
export interface Loaded {
  /** The folder they were read from (its `index.json`), so another folder's files are never shown with it. */
  index: string;
  /** Each calendar file's entries (checked at the door when the folder is not trusted), by path. */
  calendars: Map<string, CheckedEntries>;
  place: FoundPlace | undefined;
}

/**
 * Reads a folder's files, each once: a file read before (another month of the same year, a view
 * switch) is not requested again. Only answers that arrived are kept, so an aborted or failed read
 * is simply read again next time.
 */
export class FileCache {
  private readonly _read = new Map<string, unknown>();

  private async _json(folder: PublishedFolder, file: PublishedFile, signal: AbortSignal): Promise<unknown> {
    const key = new URL(file.path, folder.index).href;
    if (this._read.has(key)) return this._read.get(key);
    const json = await readFile(folder, file, signal);
    this._read.set(key, json);
    return json;
  }

  /**
   * Reads the files `needs` lists.
   *
   * @param folder - the published folder
   * @param needs - from {@link neededFiles}
   * @param place - the `place` id, when one is asked for
   * @param checks - the door's checks, for a folder that is not trusted
   * @param signal - aborts the requests
   * @returns the entries of each calendar file, and the place
   * @throws {LoadError} when a file cannot be read
   */
  async load(
    folder: PublishedFolder,
    needs: Needs,
    place: string | undefined,
    checks: Door | undefined,
    signal: AbortSignal,
  ): Promise<Loaded> {
    const [jsons, found] = await Promise.all([
      Promise.all(needs.calendars.map((file) => this._json(folder, file, signal))),
      place && needs.places ? this._place(folder, needs.places, place, signal) : undefined,
    ]);
    const calendars = new Map<string, CheckedEntries>();
    needs.calendars.forEach((file, i) => {
      const json = jsons[i];
      // Built-in files were checked when they were published; a county's are checked here.
      const checked = folder.trusted
        ? { entries: (json as { entries: CalendarEntry[] }).entries, issues: [], fatal: false }
        : checks?.checkEntries(json);
      if (checked) calendars.set(file.path, checked);
    });
    return { index: folder.index.href, calendars, place: found };
  }

  private async _place(
    folder: PublishedFolder,
    file: PublishedFile,
    id: string,
    signal: AbortSignal,
  ): Promise<FoundPlace> {
    const [json, convert] = await Promise.all([this._json(folder, file, signal), loadPlaceModule()]);
    const places = (json as { places?: unknown }).places;
    const place = Array.isArray(places)
      ? places.find((p): p is object => typeof p === 'object' && p !== null && (p as { id?: unknown }).id === id)
      : undefined;
    return { place, convert };
  }
}
