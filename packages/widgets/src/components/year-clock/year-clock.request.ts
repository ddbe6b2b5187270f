// What <pk-year-clock>'s attributes ask for, worked out apart from the element: which data, drawn how,
// of which year, and which attribute values could not be used (named, and left out).
import type { LocalizedText } from '@perhekeskus/core';
import { evaluationRingLabel } from '../../i18n/year-clock/evaluation-ring.js';
import type { YearClockIssue } from '../../i18n/year-clock/index.js';
import type { ClockData, ClockMode, ClockRequest } from './year-clock.data.js';

/** The years core schedules (`SCHEDULE_YEARS`). */
const YEARS = { from: 1922, to: 2200 };
/**
 * `source` values: the year clock, the evaluation calendar, the whole action plan of a year
 * (`relationship-support` is the year clock's name from before published data, not offered).
 */
const SOURCES = ['year-clock', 'evaluation', 'plan', 'relationship-support'] as const;

/** The label of a ring drawn from an evaluation calendar, in every interface language. */
const EVALUATION_LABEL: LocalizedText = evaluationRingLabel;

/** The attributes (and whether the `rings` property is set) that decide what to load. */
export interface ClockAttributes {
  readonly src: string | undefined;
  readonly source: string | undefined;
  readonly clock: string | undefined;
  readonly year: number | undefined;
  readonly groups: string | undefined;
  readonly hasRings: boolean;
}

/** What to load, and what the attributes say about the clock. */
export interface ClockPlan {
  /** What is drawn: rings given by property, or a year clock, evaluation calendar or groups of a folder. */
  readonly kind: 'rings' | ClockMode['kind'];
  /** The year the clock is of, when it is of one (the hub; today is marked only in it). */
  readonly year: number | undefined;
  /** Attribute values that could not be used. */
  readonly settings: readonly YearClockIssue[];
  /** Equal for equal loads, so the element loads again only when this changes. */
  readonly key: string;
  /** The load, when there is something to load. */
  readonly request?: ClockRequest;
  /** Data to show at once instead: nothing to load, and why. */
  readonly none?: ClockData;
}

/** `year` when it is a year core schedules; otherwise the problem, and no year. */
function givenYear(year: number | undefined, settings: YearClockIssue[]): number | undefined {
  if (year === undefined || year === null) return undefined;
  if (Number.isInteger(year) && year >= YEARS.from && year <= YEARS.to) return year;
  const small = year < YEARS.from;
  const kind = Number.isNaN(year) ? 'invalid' : small ? 'too-small' : 'too-big';
  settings.push({ path: 'year', kind, expected: String(small ? YEARS.from : YEARS.to), received: 'number' });
  return undefined;
}

/** What the attributes ask a published folder for: `groups` first, then `source` (and `clock`). */
function modeOf(a: ClockAttributes, year: number, settings: YearClockIssue[]): ClockMode {
  const ids = [...new Set((a.groups ?? '').split(',').map((id) => id.trim()))].filter(Boolean);
  if (ids.length > 0) return { kind: 'groups', ids, year };
  const source = a.source?.trim() || 'year-clock';
  if (source === 'evaluation') return { kind: 'evaluation', year };
  if (source === 'plan') return { kind: 'plan', year };
  if (!(SOURCES as readonly string[]).includes(source)) {
    settings.push({ path: 'source', kind: 'value', expected: SOURCES.slice(0, 3).join(', '), received: source });
  }
  const id = a.clock?.trim();
  return id ? { kind: 'clock', id } : { kind: 'clock' };
}

/**
 * Works out the load the attributes ask for. `src` is resolved against the page; without it the
 * built-in folder (trusted: checked when it was built) is read, when this build has one.
 *
 * @param a - the attributes
 * @param thisYear - the year of today (the default of `year`)
 * @param builtIn - the built-in `index.json`, if any
 * @returns the plan
 * @example
 * planLoad({ src: undefined, source: 'evaluation', clock: undefined, year: 2027, groups: undefined, hasRings: false }, 2026, url)
 *   .request?.mode; // { kind: 'evaluation', year: 2027 }
 */
export function planLoad(a: ClockAttributes, thisYear: number, builtIn: URL | undefined): ClockPlan {
  const settings: YearClockIssue[] = [];
  const given = givenYear(a.year, settings);
  if (a.hasRings) return { kind: 'rings', year: given, settings, key: 'rings' };
  const mode = modeOf(a, given ?? thisYear, settings);
  const year = mode.kind === 'clock' ? given : mode.year;
  let url: URL | undefined;
  try {
    url = a.src ? new URL(a.src, document.baseURI) : builtIn;
  } catch {
    // Named below.
  }
  const key = JSON.stringify([a.src ?? '', url?.href, mode]);
  const plan = { kind: mode.kind, year, settings, key };
  // No built-in data in this build (the npm modules): the page must say where the data is.
  if (!url) return { ...plan, none: { rings: [], settings: [{ path: 'src', kind: a.src ? 'invalid' : 'no-data' }] } };
  return { ...plan, request: { url, trusted: !a.src, mode, evaluationLabel: EVALUATION_LABEL } };
}
