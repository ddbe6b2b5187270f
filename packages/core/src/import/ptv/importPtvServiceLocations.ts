import * as z from 'zod/mini';
import { ContentLanguage, MunicipalityCode } from '../../model/common.js';
import { MeetingPlace } from '../../model/meeting-place.js';
import { formatPath, issueLogText, parseInput } from '../../validation/parseInput.js';
import type { ImportIssue, ImportResult } from '../importIssue.js';
import { detectPtvVersion } from './detectPtvVersion.js';
import { ptvChannelToMeetingPlace, ptvPlaceId } from './ptvChannelToMeetingPlace.js';
import { hasContent, preview, ptvContext } from './ptvContext.js';
import { PtvImportInput } from './ptvSchemas.js';

/** Options of {@link importPtvServiceLocations}. */
export const PtvImportOptions = z.strictObject({
  /** Keep only channels in this municipality (three-digit code, `491` = Mikkeli). */
  municipality: z.optional(MunicipalityCode),
  /**
   * The languages to carry texts in (`fi`, `sv`, `en`, `se`, `smn`, `sms`); must include `fi` or `sv`,
   * since every text needs Finnish or Swedish. Default all six.
   */
  languages: z.optional(
    z
      .array(ContentLanguage)
      .check(
        z.refine(
          (list) => list.includes('fi') || list.includes('sv'),
          'Must include fi or sv: every MeetingPlace text needs Finnish or Swedish',
        ),
      ),
  ),
  /** Years for which PTV's named holiday hours (v12, e.g. Midsummer Eve) become dated exceptions. */
  holidayYears: z.optional(z.array(z.int().check(z.gte(1900), z.lte(2200)))),
});
export type PtvImportOptions = z.infer<typeof PtvImportOptions>;

/** `sourceId` for issues about the input as a whole rather than one channel. */
const INPUT = '(input)';
const PAGE_FIELDS = ['pageNumber', 'pageSize', 'pageCount', 'itemList'];

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The channels of any accepted input shape, with the name to use for an item that has no id. */
function channelsOf(input: PtvImportInput, issues: ImportIssue[]): Array<{ item: unknown; label: string }> {
  if (Array.isArray(input)) return input.map((item, i) => ({ item, label: `[${i}]` }));
  const list: unknown = input['itemList'];
  if (!Array.isArray(list)) return [{ item: input, label: INPUT }];
  const { pageNumber, pageCount } = input;
  if (typeof pageNumber === 'number' && typeof pageCount === 'number' && pageNumber < pageCount) {
    issues.push({
      sourceId: INPUT,
      field: 'pageCount',
      code: 'more-pages',
      message: `This is page ${pageNumber} of ${pageCount}; the channels on the other pages are not in this import`,
      skipped: false,
    });
  }
  for (const [key, value] of Object.entries(input)) {
    if (!PAGE_FIELDS.includes(key) && hasContent(value)) {
      issues.push({
        sourceId: INPUT,
        field: key,
        code: 'unknown-field',
        message: `Not part of a PTV paged response, not read: ${preview(value)}`,
        skipped: false,
      });
    }
  }
  return list.map((item: unknown, i) => ({ item, label: `itemList[${i}]` }));
}

/**
 * Imports Suomi.fi Palvelutietovaranto (PTV) ServiceLocation channels (palvelupiste, service location)
 * as `MeetingPlace` rows. Accepts one channel, an array of channels, or a paged response
 * (`{ pageNumber, pageSize, pageCount, itemList }`), of the open API v11 or v12 — the version is told per
 * channel. Nothing is dropped silently: every PTV field that does not fit our model, every default set
 * for what PTV lacks, and every channel left out is an {@link ImportIssue}; each row that is returned
 * has passed the `MeetingPlace` schema, is marked `example: false` and names its PTV channel in `source`.
 *
 * Mapping, in short: names and descriptions in Finnish, Swedish, English and the Sámi languages (a
 * Swedish-only place is imported; no Finnish or Swedish name → skipped; other languages reported),
 * the visiting address and its municipality code, coordinates ETRS-TM35FIN → WGS84 (only when geocoding
 * is Ok/Loaded), weekly hours → "Open" activities, exceptional and (with `holidayYears`) holiday hours →
 * dated exceptions, over-midnight and round-the-clock hours reported, phone and email → work contacts,
 * the Finnish web page (else the first), service languages. Audiences `families`, offering `open-activity` and an empty
 * organiser list are defaults, reported as `defaulted`. Unpublished channels are skipped.
 *
 * @param input - parsed PTV JSON: a channel, an array of channels, or a paged response
 * @param options - `municipality` to keep one municipality's channels, `languages` to carry (default
 *   fi, sv, en, se, smn, sms; must include fi or sv), `holidayYears` to date named holiday hours
 * @returns the meeting places and the issues, in input order
 * @throws {ValidationError} when `input` is none of the accepted shapes, or `options` is invalid
 * @example
 * const { items, issues } = importPtvServiceLocations(page, { municipality: '491' });
 * items[0].source.document; // 'Suomi.fi Palvelutietovaranto (PTV)'
 * issues.filter((issue) => issue.skipped); // channels left out, each with its reason
 */
export function importPtvServiceLocations(input: unknown, options: PtvImportOptions = {}): ImportResult<MeetingPlace> {
  const opts = parseInput(PtvImportOptions, options, 'options');
  const parsed = parseInput(PtvImportInput, input, 'input');
  const settings = { languages: opts.languages ?? ContentLanguage.options, holidayYears: opts.holidayYears ?? [] };
  const issues: ImportIssue[] = [];
  const items: MeetingPlace[] = [];
  const seen = new Set<string>();
  for (const { item, label } of channelsOf(parsed, issues)) {
    const id = isObject(item) && typeof item['id'] === 'string' && item['id'].trim() !== '' ? item['id'] : undefined;
    if (!isObject(item) || id === undefined) {
      issues.push({
        sourceId: label,
        field: isObject(item) ? 'id' : '',
        code: 'invalid-record',
        message: `Not a PTV channel with an id: ${preview(item)}`,
        skipped: true,
      });
      continue;
    }
    const placeId = ptvPlaceId(id);
    if (seen.has(placeId)) {
      issues.push({
        sourceId: id,
        field: 'id',
        code: 'duplicate-id',
        message: `Channel ${preview(id)} appears more than once; only the first is imported`,
        skipped: true,
      });
      continue;
    }
    seen.add(placeId);
    const ctx = ptvContext(id, detectPtvVersion(item), settings, issues);
    const place = ptvChannelToMeetingPlace(ctx, item, opts.municipality);
    if (place === undefined) continue;
    const checked = z.safeParse(MeetingPlace, place);
    if (checked.success) {
      items.push(checked.data);
      continue;
    }
    for (const problem of checked.error.issues) {
      issues.push({
        sourceId: id,
        field: formatPath(problem.path, 'MeetingPlace'),
        code: 'schema-failure',
        message: `The mapped place fails the MeetingPlace schema (${issueLogText(problem)}); skipped`,
        skipped: true,
      });
    }
  }
  return { items, issues };
}
