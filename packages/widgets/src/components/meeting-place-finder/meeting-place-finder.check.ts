import {
  checkPlaces,
  type DataIssue,
  dataIssueMessage,
  dataIssues,
  type Locale,
  type LocalizedText,
  type Municipality,
  PublishedMunicipality,
  PublishedOrganiser,
  PublishManifest,
} from '@perhekeskus/core';
import type { FinderMessages } from '../../i18n/finder/index.js';
import { type FinderData, type FinderIssue, PUBLISHED_SOURCE } from './meeting-place-finder.data.js';

/**
 * The door check for data from a `src` or a property, loaded only when such data comes: core's
 * validators (`checkPlaces`) and its one catalogue of coded issues (`dataIssueMessage`). Built-in data
 * never loads this module.
 */

/**
 * An issue as a sentence in the widget's language: the one place where issues become words (a data
 * issue by its code, from core's catalogue, naming the row in the page's language when the data has it).
 *
 * @param issue - from a check below
 * @param locale - the widget's language
 * @param m - the widget's words in that language (the element has them loaded)
 * @returns plain text (names from the data included: insert it as text, never as HTML)
 * @example
 * issueSentence({ kind: 'place', issue: { path: 'places[0].municipalityCode', keys: ['places', 0, 'municipalityCode'],
 *   code: 'invalid-municipality-code', received: '68', row: { section: 'places', index: 0, name: { fi: 'Perhekahvila' } } } }, 'fi', fi);
 * // 'Kohde 1 (”Perhekahvila”): kenttä municipalityCode: kuntakoodin pitää olla Tilastokeskuksen kolminumeroinen koodi (esim. 681); nyt ”68”.'
 */
export function issueSentence(issue: FinderIssue, locale: Locale, m: FinderMessages): string {
  switch (issue.kind) {
    case 'place':
      return dataIssueMessage(issue.issue, locale, { document: 'places' });
    case 'manifest':
      return m.manifestUnusable;
    case 'no-places':
      return m.noPlacesFile;
    case 'row':
      return m.invalidRow(issue.path);
  }
}

/** Places of the older `MeetingPlaceList` format (or a bare array), row by row. */
export function checkList(input: unknown): FinderData {
  const { places, issues, fatal } = checkPlaces(input);
  return { places, issues: issues.map((issue) => ({ kind: 'place', issue })), fatal, describe: issueSentence };
}

/** Whether a published folder's `index.json` is a manifest of the version this widget reads. */
export function checkManifest(json: unknown): boolean {
  return PublishManifest.safeParse(json).success;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** The rows of a published list that pass `schema`; each problem of the others is a coded issue of core. */
function validRows<T>(
  list: unknown,
  name: string,
  schema: {
    safeParse(data: unknown): { success: true; data: T } | { success: false; error: Parameters<typeof dataIssues>[0] };
  },
  issues: FinderIssue[],
): T[] {
  if (!Array.isArray(list)) {
    const issue: DataIssue =
      list === undefined
        ? { path: name, keys: [name], code: 'missing', expected: 'array' }
        : { path: name, keys: [name], code: 'invalid-type', expected: 'array', received: typeOf(list) };
    issues.push({ kind: 'place', issue });
    return [];
  }
  return list.flatMap((row, index) => {
    const result = schema.safeParse(row);
    if (result.success) return [result.data];
    issues.push(
      ...dataIssues(result.error, row, { at: [name, index] }).map((issue) => ({ kind: 'place' as const, issue })),
    );
    return [];
  });
}

/**
 * A published `places.json` from a `src`: the places row by row with `checkPlaces` (a published
 * place is a meeting place without `source`), the municipalities and organisers row by row.
 */
export function checkPublished(json: unknown): FinderData {
  if (!isRecord(json)) return checkList(json);
  const rows = Array.isArray(json['places'])
    ? json['places'].map((row) => (isRecord(row) && !('source' in row) ? { ...row, source: PUBLISHED_SOURCE } : row))
    : json['places'];
  const { places, issues: placeIssues, fatal } = checkPlaces({ places: rows });
  const issues: FinderIssue[] = placeIssues.map((issue) => ({ kind: 'place', issue }));
  const municipalities: Municipality[] = validRows(
    json['municipalities'],
    'municipalities',
    PublishedMunicipality,
    issues,
  ).map((m) => ({ ...m, source: PUBLISHED_SOURCE }));
  const organisers = new Map<string, LocalizedText>(
    validRows(json['organisers'], 'organisers', PublishedOrganiser, issues).map((o) => [o.id, o.name]),
  );
  return { places, municipalities, organisers, issues, fatal, describe: issueSentence };
}
