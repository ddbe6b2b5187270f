// Where the year clock's rings come from: a published folder (`perhekeskus publish`: a county's own
// `src`, or the built-in data the embed carries), or a single file of the older format. The door
// check for data from a `src` (core's validators, zod schemas) is `year-clock.checks.ts`, imported
// only when such data arrives, so a page with the built-in data never downloads it.
import {
  type CalendarEntry,
  type CalendarEntryList,
  helsinkiDateTimeParts,
  type Locale,
  type LocalizedText,
  type PublishedFile,
  type PublishedYearClock,
  type YearClockRing,
  type YearClockRingEntry,
} from '@perhekeskus/core';
import type { YearClockIssue } from '../../i18n/year-clock/index.js';
import { filesOf, openSource, type PublishedFolder, readFile } from '../../internal/published.js';
import type { DoorCheck } from './year-clock.checks.js';

/**
 * What to draw from a published folder: a year clock, the evaluation calendar of a year, the whole
 * action plan of a year (`action-plan/<year>.json`), or groups' meetings in a year.
 */
export type ClockMode =
  | { readonly kind: 'clock'; readonly id?: string }
  | { readonly kind: 'evaluation'; readonly year: number }
  | { readonly kind: 'plan'; readonly year: number }
  | { readonly kind: 'groups'; readonly ids: readonly string[]; readonly year: number };

/** Problems the door check found, counted, and worded on demand in the widget's language. */
export interface DataProblems {
  readonly count: number;
  /** One sentence per problem (`Kenttä rings[0].id: …`), in the order found. */
  readonly sentences: (locale: Locale) => string[];
}

/** Everything the widget draws, as loaded. */
export interface ClockData {
  readonly rings: readonly YearClockRing[];
  /** The year clock's own name (a published file's `name`). */
  readonly title?: LocalizedText;
  /** The region the published data is of (`index.json`'s `region.name`), for the status line. */
  readonly region?: LocalizedText;
  /** True when the published data is invented example data. */
  readonly example?: boolean;
  /** Attributes the data could not honour: an unknown group or clock, a year it does not cover. */
  readonly settings: readonly YearClockIssue[];
  /** What the door check found wrong with data from a `src`. */
  readonly problems?: DataProblems;
}

/** A load: where from, whether the data is trusted (built in, checked at build time), and what to draw. */
export interface ClockRequest {
  readonly url: URL;
  readonly trusted: boolean;
  readonly mode: ClockMode;
  /** The label of a ring drawn from an evaluation calendar, in the interface languages. */
  readonly evaluationLabel: LocalizedText;
}

/** The door check, loaded on first need. */
async function doorCheck(): Promise<DoorCheck> {
  const { DoorCheck } = await import('./year-clock.checks.js');
  return new DoorCheck();
}

/**
 * Loads and checks what a request asks for. A `src` that is not a manifest is a file of rings of the
 * older format (`YearClockRing[]`, `{ "rings": [...] }` or a published year clock), whatever the mode.
 *
 * @param request - the address, trust and mode
 * @param signal - aborts the requests (a newer load, a disconnected widget)
 * @returns the rings with their title, region and problems
 * @throws {LoadError} when a file cannot be read as JSON
 */
export async function loadClock(request: ClockRequest, signal: AbortSignal): Promise<ClockData> {
  const source = await openSource(request.url, signal, request.trusted);
  if (source.kind === 'file') {
    const check = await doorCheck();
    const { rings, name } = check.ringsFile(source.json);
    return { rings, ...(name ? { title: name } : {}), settings: [], ...check.result() };
  }
  const { folder } = source;
  const check = folder.trusted ? undefined : await doorCheck();
  if (check && !check.manifest(folder.manifest)) return { rings: [], settings: [], ...check.result() };
  const { region, example } = folder.manifest;
  const drawn = await fromFolder(folder, request, check, signal);
  return { ...drawn, region: region.name, example, ...check?.result() };
}

type Drawn = Pick<ClockData, 'rings' | 'title' | 'settings'>;

function fromFolder(
  folder: PublishedFolder,
  request: ClockRequest,
  check: DoorCheck | undefined,
  signal: AbortSignal,
): Promise<Drawn> {
  const { mode } = request;
  if (mode.kind === 'evaluation') return evaluation(folder, mode.year, request.evaluationLabel, check, signal);
  if (mode.kind === 'groups') return groups(folder, mode.ids, mode.year, check, signal);
  if (mode.kind === 'plan') {
    return import('./year-clock.plan.js').then((view) => view.loadPlan(folder, mode.year, check, signal));
  }
  return yearClock(folder, mode.id, check, signal);
}

/** Reads a year-clock file (or an action plan), checked at the door unless trusted. */
export async function readClock(
  folder: PublishedFolder,
  file: PublishedFile,
  check: DoorCheck | undefined,
  signal: AbortSignal,
): Promise<Pick<PublishedYearClock, 'rings'> & { name?: LocalizedText }> {
  const json = await readFile(folder, file, signal);
  return check ? check.ringsFile(json, file.path) : (json as PublishedYearClock);
}

/** Reads a calendar file's entries, checked at the door unless trusted. */
async function readEntries(
  folder: PublishedFolder,
  file: PublishedFile,
  check: DoorCheck | undefined,
  signal: AbortSignal,
): Promise<readonly CalendarEntry[]> {
  const json = await readFile(folder, file, signal);
  return check ? check.entries(json, file.path) : (json as CalendarEntryList).entries;
}

/** A year clock of the folder: the one `id` names, else the first listed. */
async function yearClock(
  folder: PublishedFolder,
  id: string | undefined,
  check: DoorCheck | undefined,
  signal: AbortSignal,
): Promise<Drawn> {
  const files = filesOf(folder, 'year-clock');
  const file = id ? files.find((f) => f.id === id) : files[0];
  if (!file) {
    const ids = files.flatMap((f) => (f.id ? [f.id] : [])).join(', ');
    const issue: YearClockIssue = id
      ? { path: 'clock', kind: 'unknown-clock', received: id, ...(ids ? { expected: ids } : {}) }
      : { path: 'src', kind: 'no-clock' };
    return { rings: [], settings: [issue] };
  }
  const clock = await readClock(folder, file, check, signal);
  const title = clock.name ?? file.name;
  return { rings: clock.rings, ...(title ? { title } : {}), settings: [] };
}

/** The years a calendar file covers, as a setting issue when `year` is not one of them. */
function yearIssue(file: PublishedFile, year: number): YearClockIssue[] {
  if (!file.years || file.years.includes(year)) return [];
  return [{ path: 'year', kind: 'year-not-published', expected: file.years.join(', '), received: String(year) }];
}

/** The evaluation calendar's tasks that begin in `year`, as one ring. */
async function evaluation(
  folder: PublishedFolder,
  year: number,
  label: LocalizedText,
  check: DoorCheck | undefined,
  signal: AbortSignal,
): Promise<Drawn> {
  const file = filesOf(folder, 'evaluation-calendar')[0];
  if (!file) return { rings: [], settings: [{ path: 'src', kind: 'no-evaluation' }] };
  const settings = yearIssue(file, year);
  if (settings.length > 0) return { rings: [], settings };
  const ring = ringOfEntries('evaluation', label, await readEntries(folder, file, check, signal), year);
  return { rings: ring ? [ring] : [], settings };
}

/**
 * One ring per group, in the order given: a year clock published under the group's id when there is
 * one (its month windows), else the group's meetings that begin in `year`, each over its months.
 */
async function groups(
  folder: PublishedFolder,
  ids: readonly string[],
  year: number,
  check: DoorCheck | undefined,
  signal: AbortSignal,
): Promise<Drawn> {
  const calendars = filesOf(folder, 'group-calendar');
  const clocks = filesOf(folder, 'year-clock');
  const settings: YearClockIssue[] = [];
  const loads = ids.map(async (id): Promise<YearClockRing[]> => {
    const clock = clocks.find((f) => f.id === id);
    if (clock) return [...(await readClock(folder, clock, check, signal)).rings];
    const file = calendars.find((f) => f.id === id);
    if (!file) {
      settings.push({ path: 'groups', kind: 'unknown-group', received: id });
      return [];
    }
    const issues = yearIssue(file, year);
    if (issues.length > 0) {
      settings.push(...issues);
      return [];
    }
    const entries = await readEntries(folder, file, check, signal);
    const label = file.name ?? entries.find((e) => e.groupName)?.groupName ?? { fi: id };
    const ring = ringOfEntries(id, label, entries, year);
    return ring ? [ring] : [];
  });
  const rings = (await Promise.all(loads)).flat();
  // The same year named twice (two groups' files) is one problem.
  const unique = settings.filter(
    (s, i) => settings.findIndex((t) => t.path === s.path && t.kind === s.kind && t.received === s.received) === i,
  );
  return { rings: rings.filter((r, i) => rings.findIndex((s) => s.id === r.id) === i), settings: unique };
}

/** Month (1–12) and year of an instant in Helsinki. */
function helsinkiMonth(instant: string | Date): [year: number, month: number] {
  const { date } = helsinkiDateTimeParts(instant);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
}

/**
 * Calendar entries that begin in `year` as a ring, each entry an arc over the months from its first
 * to its last day in Helsinki (the end is exclusive: an all-day task ending at midnight on 1 December
 * ends in November). A window that runs into the next year wraps over the new year.
 *
 * @returns the ring, or undefined when no entry begins in the year
 */
export function ringOfEntries(
  id: string,
  label: LocalizedText,
  entries: readonly CalendarEntry[],
  year: number,
): YearClockRing | undefined {
  const arcs = entries.flatMap((entry): YearClockRingEntry[] => {
    const [startYear, from] = helsinkiMonth(entry.start);
    if (startYear !== year) return [];
    const start = Date.parse(entry.start);
    const [endYear, endMonth] = helsinkiMonth(new Date(Math.max(start, Date.parse(entry.end) - 1)));
    const span = (endYear - startYear) * 12 + endMonth - from;
    // Twelve months or more: the whole circle, starting where the entry starts.
    const to = span >= 11 ? ((from + 10) % 12) + 1 : endMonth;
    const arc: YearClockRingEntry = { id: entry.id, window: { from, to }, title: entry.title };
    if (entry.topics) arc.topics = entry.topics;
    if (entry.description) arc.description = entry.description;
    if (entry.mode) arc.mode = entry.mode;
    if (entry.groupId) arc.groupId = entry.groupId;
    return [arc];
  });
  return arcs.length > 0 ? { id, label, entries: arcs } : undefined;
}

/**
 * Rings given by the `rings` property, checked at the door ring by ring.
 *
 * @param value - a `YearClockRing[]`, or `{ rings: [...] }`
 * @returns the valid rings and the problems
 */
export async function checkRings(value: unknown): Promise<ClockData> {
  const check = await doorCheck();
  const { rings, name } = check.ringsFile(value);
  return { rings, ...(name ? { title: name } : {}), settings: [], ...check.result() };
}

/**
 * Whether there is nothing to draw and something to say why (rather than an empty clock).
 *
 * @param data - loaded data
 * @returns true when no ring is left and the data or the attributes had problems
 */
export function unusable(data: ClockData): boolean {
  return data.rings.length === 0 && (data.problems !== undefined || data.settings.length > 0);
}
