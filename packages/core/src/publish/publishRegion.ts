import * as z from 'zod/mini';
import type { CalendarEntryList } from '../calendar/calendarEntry.js';
import { NonEmptyText } from '../model/common.js';
import { Region, type RegionInput } from '../model/region.js';
import { regionReferenceIssues } from '../rules/regionReferenceIssues.js';
import { SCHEDULE_YEARS } from '../schedule/period.js';
import { matches } from '../validation/formats.js';
import { parseInput, ValidationError } from '../validation/parseInput.js';
import { actionPlanFile } from './actionPlanFile.js';
import { agreementsFile } from './agreementsFile.js';
import { evaluationFile } from './evaluationFile.js';
import { groupCalendarFile } from './groupCalendarFile.js';
import { placesFile } from './placesFile.js';
import { publishedFileSchema } from './publishedFileSchema.js';
import {
  PUBLISH_FORMAT_VERSION,
  type PublishedFile,
  type PublishedFileKind,
  type PublishManifest,
} from './publishedSchemas.js';
import { publishYears } from './publishYears.js';
import { regionCalendarFile } from './regionCalendarFile.js';
import { yearClockFile } from './yearClockFile.js';

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
});
export type PublishOptions = z.infer<typeof PublishOptions>;

/** One published file: its path relative to `index.json`, and its JSON value. */
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
 * reports due, for a year with any of them). Calendars cover this year and
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
  const add = (path: string, kind: PublishedFileKind, data: unknown, count: number, extra: Partial<PublishedFile>) => {
    files.push({ path, data: parseInput(publishedFileSchema(kind).schema, data, path) });
    listed.push({ path, kind, schema: publishedFileSchema(kind).url, ...extra, count });
  };

  const places = placesFile(r);
  add('places.json', 'places', places, places.places.length, {});
  const groupCalendars: CalendarEntryList[] = [];
  for (const group of r.groups) {
    if (group.cadence === undefined) continue;
    const calendar = groupCalendarFile(group, years, example, r);
    groupCalendars.push(calendar);
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
  for (const clock of r.yearClocks) {
    const file = yearClockFile(clock, r.groups);
    const count = file.rings.reduce((sum, ring) => sum + ring.entries.length, 0);
    add(`year-clocks/${clock.id}.json`, 'year-clock', file, count, { id: clock.id, name: clock.name });
  }
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
