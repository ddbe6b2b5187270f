import * as z from 'zod/mini';
import type { CalendarEntryList } from '../calendar/calendarEntry.js';
import { type Locale, NonEmptyText } from '../model/common.js';
import { Region, type RegionInput } from '../model/region.js';
import { regionReferenceIssues } from '../rules/regionReferenceIssues.js';
import { SCHEDULE_YEARS } from '../schedule/period.js';
import { matches } from '../validation/formats.js';
import { parseInput, ValidationError } from '../validation/parseInput.js';
import { actionPlanFile } from './actionPlanFile.js';
import { agreementsFile } from './agreementsFile.js';
import { evaluationFile } from './evaluationFile.js';
import { FRAGMENT_STYLESHEET } from './fragmentStylesheet.js';
import { groupCalendarFile } from './groupCalendarFile.js';
import { type MeetingsFragmentGroup, meetingsFragment } from './meetingsFragment.js';
import { placesFile } from './placesFile.js';
import { placesFragment } from './placesFragment.js';
import { publishedFileSchema } from './publishedFileSchema.js';
import {
  PUBLISH_FORMAT_VERSION,
  type PublishedFile,
  type PublishedJsonFileKind,
  type PublishManifest,
} from './publishedSchemas.js';
import { publishYears } from './publishYears.js';
import { regionCalendarFile } from './regionCalendarFile.js';
import { yearClockFile } from './yearClockFile.js';
import { yearClockFragment } from './yearClockFragment.js';

/** The languages of the HTML fragments: every interface language. */
const FRAGMENT_LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

/** At most this many years are published at once: ten years of a weekly group is 520 entries a file. */
const MAX_YEARS = 10;

/** The options of {@link publishRegion}. */
export const PublishOptions = z.strictObject({
  /** The moment of publishing: `publishedAt`, and this year and next when `years` is not given. */
  now: z.date(),
  /** The region file's name as the manifest shows it (`region.json`). */
  sourceName: NonEmptyText,
  /** The SHA-256 of the region file's bytes, 64 lower-case hex digits. */
  sourceSha256: z.string().check(matches('invalid-sha256')),
  /** The version of `@perhekeskus/core` publishing. */
  libraryVersion: NonEmptyText,
  /** The years of the calendars, instead of this year and next. */
  years: z.optional(
    z
      .array(z.int().check(z.gte(SCHEDULE_YEARS.from), z.lte(SCHEDULE_YEARS.to)))
      .check(z.minLength(1), z.maxLength(MAX_YEARS)),
  ),
  /**
   * Whether to write the HTML fragments and their stylesheet under `html/` (default true). The
   * widgets' built-in folder leaves them out: only a page's CMS includes them.
   */
  fragments: z.optional(z.boolean()),
});
export type PublishOptions = z.infer<typeof PublishOptions>;

/**
 * One published file: its path relative to `index.json`, and its JSON value — or, for an HTML
 * fragment or the stylesheet (`.html`, `.css`), its text. `publishedFileText` gives any file's bytes.
 */
export interface PublishedFileData {
  path: string;
  data: unknown;
}

/**
 * Everything a site serves beside the embed folder for one region, as JSON values (julkaisu,
 * publishing): `index.json`, the manifest, first, then by path `calendar/<year>.json` (every group's
 * meetings of a year in one file, for a calendar of all the groups; none when no group has a cadence),
 * `agreements.json` (the agreements with their parties' decisions and signatures, for
 * `agreementStatus`), `evaluation.json` (the evaluation calendar), `groups/<group-id>.json` (each group with a cadence:
 * its meetings as calendar entries), `places.json` (meeting places with their municipalities and
 * organisers), `year-clocks/<id>.json` (each year clock's rings) and `action-plan/<year>.json` (the
 * whole action plan of a year as one year clock: every group's meetings, the evaluation tasks and the
 * reports due, for a year with any of them). Unless `fragments` is false, also HTML for pages without
 * JavaScript, in Finnish, Swedish and English: `html/<lang>/places.html` (`placesFragment`),
 * `html/<lang>/meetings.html` (each group's coming meetings after `now`, `meetingsFragment`; when a
 * group has a cadence), `html/<lang>/year-clock-<id>.html` (`yearClockFragment`), with their
 * schema.org JSON-LD, and `html/perhekeskus-fragments.css`; their `data` is the text. Calendars cover this year and
 * next in Helsinki (or `years`), with meetings moved off holidays. Only what the widgets show is
 * published: no `source`, no assumptions. Everything of an example region is marked `example`.
 *
 * Deterministic: the same region and options give the same values, and each value is parsed with its
 * file's schema (`publishedFileSchema`), so keys come in the schema's order and the files re-validate.
 * Write each as `JSON.stringify(data, null, 2) + '\n'` for the same bytes every time.
 *
 * @param region - a region as written (municipalities may be codes); validated here
 * @param options - the moment, the source file's name and SHA-256, the library's version, and `years`
 * @returns the files, the manifest first
 * @throws ValidationError when the region fails its schema, its references (`regionReferenceIssues`,
 *   each issue's code in `params.rule`) or scheduling, or when an option is invalid
 * @example
 * const { files } = publishRegion(region, { now: new Date('2026-03-01T10:00:00Z'), sourceName: 'region.json',
 *   sourceSha256: '…64 hex digits…', libraryVersion: '0.1.0' });
 * files.map((f) => f.path);
 * // ['index.json', 'action-plan/2026.json', 'action-plan/2027.json', 'agreements.json', 'calendar/2026.json', …]
 */
export function publishRegion(region: Region | RegionInput, options: PublishOptions): { files: PublishedFileData[] } {
  const r = parseInput(Region, region, 'region');
  const o = parseInput(PublishOptions, options, 'options');
  const references = regionReferenceIssues(r);
  if (references.length > 0) {
    throw new ValidationError(
      references.map((issue) => ({
        code: 'custom',
        path: [...issue.keys],
        message: issue.message,
        input: issue.received,
        params: {
          rule: issue.code,
          ...(issue.expected === undefined ? {} : { expected: issue.expected }),
          ...(issue.allowed === undefined ? {} : { allowed: issue.allowed }),
        },
      })),
      'region',
    );
  }
  const years = [...new Set(o.years ?? publishYears(o.now))].sort((a, b) => a - b);
  const example = r.example === true;

  const files: PublishedFileData[] = [];
  const listed: PublishedFile[] = [];
  const add = (
    path: string,
    kind: PublishedJsonFileKind,
    data: unknown,
    count: number,
    extra: Partial<PublishedFile>,
  ) => {
    files.push({ path, data: parseInput(publishedFileSchema(kind).schema, data, path) });
    listed.push({ path, kind, schema: publishedFileSchema(kind).url, ...extra, count });
  };

  const places = placesFile(r);
  add('places.json', 'places', places, places.places.length, {});
  const groupCalendars: CalendarEntryList[] = [];
  const meetingGroups: MeetingsFragmentGroup[] = [];
  for (const group of r.groups) {
    if (group.cadence === undefined) continue;
    const calendar = groupCalendarFile(group, years, example, r);
    groupCalendars.push(calendar);
    meetingGroups.push({ id: group.id, name: group.name, entries: calendar.entries });
    add(`groups/${group.id}.json`, 'group-calendar', calendar, calendar.entries.length, {
      id: group.id,
      name: group.name,
      years,
    });
  }
  for (const year of groupCalendars.length > 0 ? years : []) {
    const all = regionCalendarFile(groupCalendars, year);
    add(`calendar/${year}.json`, 'region-calendar', all, all.entries.length, { years: [year] });
  }
  const clocks = r.yearClocks.map((clock) => {
    const file = yearClockFile(clock, r.groups);
    const count = file.rings.reduce((sum, ring) => sum + ring.entries.length, 0);
    add(`year-clocks/${clock.id}.json`, 'year-clock', file, count, { id: clock.id, name: clock.name });
    return { file, count };
  });
  for (const year of years) {
    const plan = actionPlanFile(r, year);
    if (plan.rings.length === 0) continue;
    const count = plan.rings.reduce((sum, ring) => sum + ring.entries.length, 0);
    add(`action-plan/${year}.json`, 'action-plan', plan, count, { name: plan.name, years: [year] });
  }
  const evaluation = evaluationFile(r, years, example);
  add('evaluation.json', 'evaluation-calendar', evaluation, evaluation.entries.length, { years });
  const agreements = agreementsFile(r);
  add('agreements.json', 'agreements', agreements, agreements.agreements.length, {});

  if (o.fragments !== false) {
    // Text, not JSON: listed without a schema, with the fragment's language.
    const addText = (
      path: string,
      kind: 'html-fragment' | 'stylesheet',
      text: string,
      count: number,
      extra: Partial<PublishedFile>,
    ) => {
      files.push({ path, data: text });
      listed.push({ path, kind, ...extra, count });
    };
    for (const locale of FRAGMENT_LOCALES) {
      const options = { locale, example };
      addText(`html/${locale}/places.html`, 'html-fragment', placesFragment(places, options), places.places.length, {
        language: locale,
      });
      if (meetingGroups.length > 0) {
        addText(
          `html/${locale}/meetings.html`,
          'html-fragment',
          meetingsFragment(meetingGroups, { ...options, now: o.now }),
          meetingGroups.length,
          { language: locale },
        );
      }
      for (const { file, count } of clocks) {
        addText(`html/${locale}/year-clock-${file.id}.html`, 'html-fragment', yearClockFragment(file, options), count, {
          id: file.id,
          name: file.name,
          language: locale,
        });
      }
    }
    addText('html/perhekeskus-fragments.css', 'stylesheet', FRAGMENT_STYLESHEET, 1, {});
  }

  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  files.sort(byPath);
  listed.sort(byPath);
  const manifest: PublishManifest = {
    $schema: publishedFileSchema('index').url,
    format: 'perhekeskus-published',
    formatVersion: PUBLISH_FORMAT_VERSION,
    region: { id: r.id, name: r.name },
    example,
    publishedAt: o.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    sourceFile: { name: o.sourceName, sha256: o.sourceSha256 },
    libraryVersion: o.libraryVersion,
    years,
    files: listed,
  };
  return {
    files: [
      { path: 'index.json', data: parseInput(publishedFileSchema('index').schema, manifest, 'index.json') },
      ...files,
    ],
  };
}
