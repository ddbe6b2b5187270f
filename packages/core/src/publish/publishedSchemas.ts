import * as z from 'zod/mini';
import { YearClockRings } from '../calendar/yearClockRing.js';
import {
  Coordinates,
  CustomKind,
  FreeText,
  Id,
  IsoDate,
  Locale,
  LocalizedText,
  MunicipalityCode,
  NonEmptyText,
  Year,
} from '../model/common.js';
import { Decision, Signature } from '../model/agreement.js';
import { MeetingPlace, PlaceContact } from '../model/meeting-place.js';
import { WebUrl } from '../model/webUrl.js';
import { isSupportedInstant } from '../time/isSupportedInstant.js';
import { matches } from '../validation/formats.js';
import { SUPPORTED_YEARS_RULE } from '../validation/supportedYears.js';

/**
 * The shapes of the static files `perhekeskus publish` writes beside the embed folder (julkaistut
 * tiedostot, published files). Each carries only what the widgets show: no `source`, no assumptions,
 * no premises or evaluations, no contact's party. The JSON Schemas in `dist/schema/published-*.json`
 * are generated from these.
 */

/** Where the JSON Schemas of the published files live; each file names its schema in `$schema`. */
export const PUBLISHED_SCHEMA_BASE = 'https://perhekeskus.dev/schema/';

/** The version of the published format; a widget refuses a manifest of a version it does not know. */
export const PUBLISH_FORMAT_VERSION = 1;

/** A meeting place's work contact as published: role, post or name, work email and phone. */
export const PublishedContact = z.omit(PlaceContact, { partyId: true });
export type PublishedContact = z.infer<typeof PublishedContact>;

/**
 * A meeting place as published (`places.json`): a {@link MeetingPlace} without `source` (and so
 * without its assumptions), `premises` and `evaluations`, which no widget shows.
 */
export const PublishedPlace = z.extend(z.omit(MeetingPlace, { source: true, premises: true, evaluations: true }), {
  contacts: z.array(PublishedContact),
});
export type PublishedPlace = z.infer<typeof PublishedPlace>;

/** A municipality of the published places: its code, its names and, when the region gives one, its centre. */
export const PublishedMunicipality = z.strictObject({
  code: MunicipalityCode,
  name: LocalizedText,
  centre: z.optional(Coordinates),
});
export type PublishedMunicipality = z.infer<typeof PublishedMunicipality>;

/** An organiser (järjestäjä) of published places: the party's id, name and kind. */
export const PublishedOrganiser = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** A party kind of the library, or one the region declares in its vocabulary. */
  kind: CustomKind,
});
export type PublishedOrganiser = z.infer<typeof PublishedOrganiser>;

/**
 * `places.json`: the meeting places with the municipalities they are in and the parties that run
 * them, so a widget names both without the whole region.
 */
export const PublishedPlaces = z.strictObject({
  $schema: z.optional(FreeText),
  places: z.array(PublishedPlace),
  /** The places' municipalities, by code. */
  municipalities: z.array(PublishedMunicipality),
  /** The places' organisers, by id. */
  organisers: z.array(PublishedOrganiser),
});
export type PublishedPlaces = z.infer<typeof PublishedPlaces>;

/** `year-clocks/<id>.json`: one year clock (vuosikello) as the rings `<pk-year-clock>` draws. */
export const PublishedYearClock = z.strictObject({
  $schema: z.optional(FreeText),
  id: Id,
  name: LocalizedText,
  rings: YearClockRings,
});
export type PublishedYearClock = z.infer<typeof PublishedYearClock>;

/** A decision as published: without its `source` and `summary`, which no widget shows. */
export const PublishedDecision = z.omit(Decision, { source: true, summary: true });
export type PublishedDecision = z.infer<typeof PublishedDecision>;

/** A signature as published: without its `source` and the signer's name; the post (`signatory`) stays. */
export const PublishedSignature = z.omit(Signature, { source: true, signatoryName: true });
export type PublishedSignature = z.infer<typeof PublishedSignature>;

/**
 * An agreement as `agreements.json` publishes it: what `agreementStatus` reads — its parties, their
 * decisions (body, date, §, case number, outcome, authorised signer) and signatures — and no
 * `source`, background documents, termination or notices.
 */
export const PublishedAgreement = z.strictObject({
  id: Id,
  title: LocalizedText,
  period: z.strictObject({ start: IsoDate, end: z.optional(IsoDate) }),
  parties: z.array(Id),
  partyList: z.enum(['complete', 'partial']),
  decisions: z.array(PublishedDecision),
  signatures: z.array(PublishedSignature),
  /** True for an example region's agreement (invented data). */
  example: z.optional(z.literal(true)),
});
export type PublishedAgreement = z.infer<typeof PublishedAgreement>;

/**
 * `agreements.json`: the region's cooperation agreements with the names of their parties, so
 * `<pk-agreement-status>` shows who has approved and signed without the whole region.
 */
export const PublishedAgreements = z.strictObject({
  $schema: z.optional(FreeText),
  agreements: z.array(PublishedAgreement),
  /** The agreements' parties, by id: id, name and kind. */
  parties: z.array(PublishedOrganiser),
  /** Decision outcomes the region declares in its vocabulary, with their labels. */
  decisionOutcomes: z.optional(z.array(z.strictObject({ id: CustomKind, label: LocalizedText }))),
});
export type PublishedAgreements = z.infer<typeof PublishedAgreements>;

/**
 * `action-plan/<year>.json`: the whole action plan of a year as the rings `<pk-year-clock source="plan">`
 * draws: every group's meetings on their days, the evaluation tasks and the reports due to other groups.
 */
export const PublishedActionPlan = z.strictObject({
  $schema: z.optional(FreeText),
  year: Year,
  name: LocalizedText,
  rings: YearClockRings,
});
export type PublishedActionPlan = z.infer<typeof PublishedActionPlan>;

/**
 * What a published file holds: the places, one group's calendar, every group's calendar of a year in
 * one file (`region-calendar`, `calendar/<year>.json`), a year clock, the evaluation calendar, the
 * agreements (`agreements.json`), the action plan of a year as one year clock (`action-plan/<year>.json`),
 * an HTML fragment for a page without JavaScript (`html/<lang>/….html`), or the fragments' stylesheet
 * (`html/perhekeskus-fragments.css`).
 */
export const PublishedFileKind = z.enum([
  'places',
  'group-calendar',
  'region-calendar',
  'year-clock',
  'evaluation-calendar',
  'agreements',
  'action-plan',
  'html-fragment',
  'stylesheet',
]);
export type PublishedFileKind = z.infer<typeof PublishedFileKind>;

/** The kinds of published file that are JSON with a JSON Schema: all but the HTML fragments and their stylesheet. */
export type PublishedJsonFileKind = Exclude<PublishedFileKind, 'html-fragment' | 'stylesheet'>;

/** A path inside the published folder: lower-case names, `/` between folders, ending `.json`, `.html` or `.css`. */
const FilePath = z.string().check(matches('invalid-file-path'));

/** One file the manifest lists. */
export const PublishedFile = z.strictObject({
  /** Relative to `index.json`: `places.json`, `groups/steering-group.json`. */
  path: FilePath,
  kind: PublishedFileKind,
  /** The JSON Schema the file validates against; every JSON file has one, an HTML or CSS file none. */
  schema: z.optional(WebUrl),
  /** The language of an HTML fragment. */
  language: z.optional(Locale),
  /** The group's or the year clock's id, for those kinds. */
  id: z.optional(Id),
  /** The group's or the year clock's name, for those kinds. */
  name: z.optional(LocalizedText),
  /** How many rows: places, calendar entries, year-clock entries over all rings, agreements; for a fragment, what it shows. */
  count: z.int().check(z.gte(0)),
  /** For calendars: the years whose meetings or tasks it holds (1922–2200). */
  years: z.optional(z.array(Year)),
});
export type PublishedFile = z.infer<typeof PublishedFile>;

/** A SHA-256 digest as 64 lower-case hexadecimal digits. */
const Sha256 = z.string().check(matches('invalid-sha256'));

/** An instant in UTC to the second, in the supported years: `2026-01-01T10:00:00Z`. */
const UtcInstant = z.string().check(matches('invalid-utc-time'), z.refine(isSupportedInstant, SUPPORTED_YEARS_RULE));

/**
 * `index.json`, the manifest: the one address a widget needs. It names the region, says whether it
 * is example data, lists every file with what it holds, and says when and from what it was published.
 */
export const PublishManifest = z.strictObject({
  $schema: z.optional(FreeText),
  format: z.literal('perhekeskus-published'),
  formatVersion: z.literal(PUBLISH_FORMAT_VERSION),
  region: z.strictObject({ id: Id, name: LocalizedText }),
  /** True when the region is invented example data: everything in the files is marked so. */
  example: z.boolean(),
  /** When the files were made (UTC, to the second). */
  publishedAt: UtcInstant,
  /** The region file they were made from: its name and the SHA-256 of its bytes. */
  sourceFile: z.strictObject({ name: NonEmptyText, sha256: Sha256 }),
  /** The version of `@perhekeskus/core` that made them. */
  libraryVersion: NonEmptyText,
  /** The years the calendars cover. */
  years: z.array(Year).check(z.minLength(1)),
  /** Every published file but this one, by path. */
  files: z.array(PublishedFile),
});
export type PublishManifest = z.infer<typeof PublishManifest>;
