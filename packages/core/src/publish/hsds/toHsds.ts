import * as z from 'zod/mini';
import { ContentLanguage, Id, type LocalizedText } from '../../model/common.js';
import { displayText } from '../../model/displayText.js';
import { partyKindLabels } from '../../model/labelTables.js';
import { Region } from '../../model/region.js';
import { referenceMunicipality } from '../../reference/referenceMunicipality.js';
import { parseInput } from '../../validation/parseInput.js';
import { PublishedPlaces } from '../publishedSchemas.js';
import { hsdsId } from './hsdsId.js';
import { type HsdsSourcePlace, placeRows } from './hsdsPlaceRows.js';
import type { HsdsIssue, HsdsServiceAtLocationListItem, HsdsTables } from './hsdsTypes.js';

/** Options of {@link toHsds}. */
export const HsdsExportOptions = z.strictObject({
  /** The one language of the rows' text (HSDS 3.0 rows are monolingual); default `fi`. */
  language: z.optional(ContentLanguage),
  /**
   * The region id in every identifier's name; default the region's `id`. Required for `places.json`,
   * which does not carry it: pass the region's id to get the same identifiers as from the region.
   */
  regionId: z.optional(Id),
});
export type HsdsExportOptions = z.input<typeof HsdsExportOptions>;

/** What {@link toHsds} returns. */
export interface HsdsExport {
  /** Every table as an array of rows. */
  tables: HsdsTables;
  /** The nested shape: one item per service at a location, with its service (and organisation) and location. */
  serviceAtLocationList: HsdsServiceAtLocationListItem[];
  /** Every field of ours that HSDS has no place for (`not-exported`, source `hsds-export`). */
  issues: HsdsIssue[];
}

/** The `identifier_type` of an organisation identifier that holds our party id. */
export const HSDS_PARTY_ID_TYPE = 'perhekeskus-party-id';

interface Organiser {
  id: string;
  name: LocalizedText;
  kind: string;
}

/**
 * A region's meeting places (or `places.json`'s) in Open Referral's Human Services Data Specification
 * 3.0: organisations (the parties that run places, with our party id as an organisation identifier),
 * one service per meeting place (a family looks for a place and its hours; its activities are the
 * service's schedules, so an activity's name is its schedule's description), one physical location
 * per place (our place id as its `external_identifier`), the link `service_at_location`, addresses,
 * the municipality as a service area, schedules (weekly activities as `freq: WEEKLY` with `byday`,
 * `opens_at`, `closes_at`; exceptions as one-day schedules `valid_from` = `valid_to`), languages,
 * accessibility, contacts and phones; and the same as the nested `service_at_location_list`.
 * Identifiers are UUID v5 (`hsdsId`), stable across runs. Rows follow the input's order
 * (organisations by party id) and their keys a fixed order, so the same input gives the same bytes.
 * Text is in one language (`options.language`, by the one display rule). Fields HSDS cannot hold
 * (offerings, audiences, operating dates, further organisers, contact roles…) are reported.
 *
 * @param input - a `Region` or the content of `places.json` (validated here)
 * @param options - `language` of the text (default `fi`), `regionId` for the identifiers
 * @returns the tables, the nested list and the issues
 * @throws {ValidationError} when the input or the options are not valid, or `places.json` comes without `regionId`
 * @example
 * const { tables } = toHsds(etelaSavo);
 * tables.service[0].name; // 'Rantasalmen avoin kohtaamispaikka'
 */
export function toHsds(input: unknown, options: HsdsExportOptions = {}): HsdsExport {
  const { language = 'fi', regionId: givenRegionId } = parseInput(HsdsExportOptions, options, 'options');
  const isRegion = typeof input === 'object' && input !== null && 'meetingPlaces' in input;
  let places: HsdsSourcePlace[];
  let organisers: Organiser[];
  let municipalities: { code: string; name: LocalizedText }[];
  let regionId: string;
  if (isRegion) {
    const region = parseInput(Region, input, 'region');
    places = region.meetingPlaces;
    organisers = region.parties;
    municipalities = region.municipalities;
    regionId = givenRegionId ?? region.id;
  } else {
    const published = parseInput(PublishedPlaces, input, 'places');
    places = published.places;
    organisers = published.organisers;
    municipalities = published.municipalities;
    regionId = parseInput(Id, givenRegionId, 'options.regionId');
  }

  const used = new Set(places.flatMap((p) => [...p.organiserIds, ...p.contacts.flatMap((c) => c.partyId ?? [])]));
  const exported = organisers.filter((o) => used.has(o.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const organizationIds = new Map(exported.map((o) => [o.id, hsdsId('organization', regionId, o.id)]));
  const labelLanguage = language === 'sv' || language === 'en' ? language : 'fi';
  const text = (value: LocalizedText) => displayText(value, language).text;
  const organization = exported.map((o) => ({
    id: organizationIds.get(o.id) as string,
    name: text(o.name),
    description: Object.hasOwn(partyKindLabels, o.kind)
      ? partyKindLabels[o.kind as keyof typeof partyKindLabels][labelLanguage]
      : o.kind,
  }));
  const organization_identifier = exported.map((o) => ({
    id: hsdsId('organization_identifier', regionId, o.id),
    organization_id: organizationIds.get(o.id) as string,
    identifier_type: HSDS_PARTY_ID_TYPE,
    identifier: o.id,
  }));

  const issues: HsdsIssue[] = [];
  const context = {
    regionId,
    language,
    municipalityName: (code: string) =>
      municipalities.find((m) => m.code === code)?.name ?? referenceMunicipality(code)?.name,
    organizationId: (partyId: string) => organizationIds.get(partyId),
  };
  const tables: HsdsTables = {
    organization,
    organization_identifier,
    service: [],
    location: [],
    service_at_location: [],
    address: [],
    service_area: [],
    schedule: [],
    language: [],
    accessibility: [],
    contact: [],
    phone: [],
  };
  for (const place of places) {
    const rows = placeRows(place, context, issues);
    for (const key of Object.keys(rows) as (keyof typeof rows)[]) (tables[key] as unknown[]).push(...rows[key]);
  }

  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const services = byId(tables.service);
  const locations = byId(tables.location);
  const organizations = byId(organization);
  const serviceAtLocationList = tables.service_at_location.map((link) => {
    const service = services.get(link.service_id) as HsdsTables['service'][number];
    const owner = service.organization_id === undefined ? undefined : organizations.get(service.organization_id);
    return {
      ...link,
      location: locations.get(link.location_id) as HsdsTables['location'][number],
      service: { ...service, ...(owner === undefined ? {} : { organization: owner }) },
    };
  });
  return { tables, serviceAtLocationList, issues };
}
