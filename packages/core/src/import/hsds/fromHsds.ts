import * as z from 'zod/mini';
import { ContentLanguage, type LocalizedText, MunicipalityCode, NonEmptyText } from '../../model/common.js';
import {
  type AccessibilityFeature,
  type HoursException,
  MeetingPlace,
  PlaceContact,
  type WeeklyActivity,
} from '../../model/meeting-place.js';
import { accessibilityFeatureLabels } from '../../model/meetingPlaceLabels.js';
import { MeetingPlaceList } from '../../model/region.js';
import { WebUrl } from '../../model/webUrl.js';
import { isHsdsExampleAlert } from '../../publish/hsds/hsdsExampleAlert.js';
import { HSDS_PLACE_ID_TYPE } from '../../publish/hsds/hsdsPlaceRows.js';
import { HSDS_PARTY_ID_TYPE } from '../../publish/hsds/toHsds.js';
import { formatPath, parseInput } from '../../validation/parseInput.js';
import { type ImportIssue, issueValue } from '../importIssue.js';
import { type HsdsRow, hsdsInputTables } from './hsdsInputTables.js';
import { hsdsMunicipalityCode } from './hsdsMunicipalityCode.js';
import { hsdsScheduleRows } from './hsdsScheduleRows.js';

/** Options of {@link fromHsds}. */
export const HsdsImportOptions = z.strictObject({
  /**
   * The language the feed's text is in (HSDS rows carry no language tag); default `fi`. For a feed
   * in neither Finnish nor Swedish, names stand in as proper names (reported); other text is left out.
   */
  language: z.optional(ContentLanguage),
  /** The municipality of places whose address and service area name no Finnish municipality. */
  municipalityCode: z.optional(MunicipalityCode),
  /** Mark every imported place as invented example data (`example: true`). */
  example: z.optional(z.boolean()),
  /** The `source.document` of every place; default `Open Referral HSDS`. */
  document: z.optional(NonEmptyText),
});
export type HsdsImportOptions = z.input<typeof HsdsImportOptions>;

/** What {@link fromHsds} returns: the meeting-place file and every issue met. */
export interface HsdsImportResult {
  list: MeetingPlaceList;
  issues: ImportIssue[];
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id of a-z, 0-9 and hyphens made from any text (`Stay & Play` → `stay-play`). */
function slug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The first id of `base`, `base-2`, `base-3`… not yet in `taken`, which it joins. */
function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const featureByLabel = new Map<string, AccessibilityFeature>();
for (const [feature, labels] of Object.entries(accessibilityFeatureLabels)) {
  featureByLabel.set(feature, feature as AccessibilityFeature);
  for (const label of Object.values(labels)) featureByLabel.set(label.toLowerCase(), feature as AccessibilityFeature);
}

/**
 * An Open Referral HSDS 3.0 directory as our meeting-place file (`{ places }`): one meeting place
 * per `service_at_location` (the service's name and description, the location's name, address,
 * coordinates and accessibility, the schedules, languages and contacts of either), with an
 * `ImportIssue` (source `hsds`) for every value that does not map and every record left out. Accepts
 * the nested `service_at_location_list` array or per-table JSON (`{ service: [...], location: [...],
 * schedule: [...] }`). Weekly schedules become activities (one per `byday` day), one-day schedules
 * (`count: 1`, `valid_from` = `valid_to`) exceptions; the municipality comes from the address's
 * `region` or `city` or a service area's name (a Finnish municipality's name), else
 * `options.municipalityCode`, else the place is skipped (`missing-municipality`). HSDS has no
 * audiences or offerings: they are set to `families` and `open-activity` (`defaulted`). Our own
 * export's ids come back (place ids from `external_identifier`, party ids from the organisation
 * identifiers); other ids are made from names. The result is checked with `MeetingPlaceList`.
 *
 * @param input - a `service_at_location_list` array or an object of HSDS table arrays
 * @param options - the feed's `language`, a fallback `municipalityCode`, `example`, `document`
 * @returns the file and the issues
 * @throws {ValidationError} when the options are not valid
 * @example
 * const { list, issues } = fromHsds(toHsds(etelaSavo).serviceAtLocationList);
 * list.places.length; // as many as Etelä-Savo's meeting places
 */
export function fromHsds(input: unknown, options: HsdsImportOptions = {}): HsdsImportResult {
  const opts = parseInput(HsdsImportOptions, options, 'options');
  const language = opts.language ?? 'fi';
  const national = language === 'fi' || language === 'sv';
  const { tables, invalid } = hsdsInputTables(input);
  const issues: ImportIssue[] = invalid.map((field) => ({
    sourceId: '(input)',
    field,
    code: 'invalid-record',
    message: 'not an HSDS row (an object) or table (an array)',
    skipped: true,
  }));

  const indexOf = <T extends HsdsRow>(rows: T[]) =>
    new Map(rows.flatMap((r, i) => (typeof r.id === 'string' ? [[r.id, i] as const] : [])));
  const services = indexOf(tables.service);
  const locations = indexOf(tables.location);
  const childrenOf = (table: HsdsRow[], key: string, id: unknown) =>
    table.flatMap((row, i) => (row[key] === id && id !== undefined ? [{ row, i }] : []));
  const localized = (value: string): LocalizedText => ({ [language]: value }) as LocalizedText;

  /** Our party id of an organisation: its own from our export, else one made from its name. */
  const partyOf = (organizationId: unknown): string | undefined => {
    const organization = tables.organization.find((o) => o.id === organizationId);
    const own = tables.organization_identifier.find(
      (o) => o.organization_id === organizationId && o.identifier_type === HSDS_PARTY_ID_TYPE,
    )?.identifier;
    if (typeof own === 'string' && ID.test(own)) return own;
    return slug(text(organization?.name) ?? '') || undefined;
  };

  const placeIds = new Set<string>();
  const places: MeetingPlace[] = [];
  tables.service_at_location.forEach((link, linkIndex) => {
    const sourceId = typeof link.id === 'string' ? link.id : `service_at_location[${linkIndex}]`;
    const report = (field: string, code: string, message: string, value?: unknown, skipped = false) => {
      const shown = issueValue(value);
      issues.push({ sourceId, field, code, message, skipped, ...(shown === undefined ? {} : { value: shown }) });
    };
    const serviceIndex = services.get(link.service_id as string);
    const locationIndex = locations.get(link.location_id as string);
    if (serviceIndex === undefined || locationIndex === undefined) {
      const missing = serviceIndex === undefined ? 'service_id' : 'location_id';
      report(missing, 'unknown-reference', `no ${missing.replace('_id', '')} with this id`, link[missing], true);
      return;
    }
    const service = tables.service[serviceIndex] as HsdsRow;
    const location = tables.location[locationIndex] as HsdsRow;
    const serviceName = text(service.name);
    const name = text(location.name) ?? serviceName;
    if (name === undefined) {
      report('service.name', 'missing-name', 'no name', undefined, true);
      return;
    }
    if (service.status !== undefined && service.status !== 'active') {
      report('service.status', 'unmapped-field', 'a service that is not active is imported as it is', service.status);
    }
    if (!national) report('location.name', 'missing-national-language', 'the name stands in as Finnish', name);
    const names = (value: string): LocalizedText =>
      national ? localized(value) : ({ fi: value, [language]: value } as LocalizedText);

    // Rows of this place: the service's, the location's and the link's.
    const rowsOf = (table: HsdsRow[]) => {
      const found = new Map<number, HsdsRow>();
      for (const [key, id] of [
        ['service_id', service.id],
        ['location_id', location.id],
        ['service_at_location_id', link.id],
      ] as const)
        for (const { row, i } of childrenOf(table, key, id)) found.set(i, row);
      return [...found.entries()].sort((a, b) => a[0] - b[0]);
    };

    // Municipality: the address, a service area, else the option.
    const addresses = childrenOf(tables.address, 'location_id', location.id).filter(
      ({ row }) => row.address_type === undefined || row.address_type === 'physical',
    );
    const address = addresses[0];
    const areas = childrenOf(tables.service_area, 'service_id', service.id);
    let municipalityCode =
      hsdsMunicipalityCode(address?.row.region) ??
      hsdsMunicipalityCode(address?.row.city) ??
      areas.map(({ row }) => hsdsMunicipalityCode(row.name)).find((c) => c !== undefined);
    if (municipalityCode === undefined) {
      if (opts.municipalityCode === undefined) {
        report(
          'address',
          'missing-municipality',
          'no Finnish municipality in the address or service area',
          undefined,
          true,
        );
        return;
      }
      municipalityCode = opts.municipalityCode;
      report('address', 'defaulted', 'municipality set from the options', municipalityCode);
    }

    // Ids: ours from our own export, else from the name.
    const ownId =
      location.external_identifier_type === HSDS_PLACE_ID_TYPE && typeof location.external_identifier === 'string'
        ? location.external_identifier
        : undefined;
    if (ownId !== undefined && (!ID.test(ownId) || placeIds.has(ownId))) {
      report('location.external_identifier', 'duplicate-id', 'id used already or not an id', ownId, true);
      return;
    }
    const id = ownId ?? unique(slug(name) || 'hsds-place', placeIds);
    placeIds.add(id);

    const organiserIds: string[] = [];
    const organizationId = service.organization_id;
    if (organizationId !== undefined && organizationId !== null) {
      const partyId = partyOf(organizationId);
      if (partyId) organiserIds.push(partyId);
      else report('service.organization_id', 'unknown-reference', 'no organisation with a name', organizationId);
    }

    const place: MeetingPlace = {
      id,
      name: names(name),
      municipalityCode,
      organiserIds,
      audiences: ['families'],
      offerings: ['open-activity'],
      languages: [],
      accessibility: [],
      contacts: [],
      activities: [],
      source: { document: opts.document ?? 'Open Referral HSDS', section: `service_at_location ${sourceId}` },
    };
    report('audiences', 'defaulted', 'HSDS has no audiences: families', 'families');
    report('offerings', 'defaulted', 'HSDS has no offerings: open-activity', 'open-activity');

    const description = text(service.description);
    if (description !== undefined) {
      if (national) place.description = localized(description);
      else report('service.description', 'missing-national-language', 'neither Finnish nor Swedish', language);
    }
    const premises = text(location.description);
    if (premises !== undefined) {
      if (national) place.premises = { description: localized(premises) };
      else report('location.description', 'missing-national-language', 'neither Finnish nor Swedish', language);
    }
    if (service.url !== undefined) {
      if (WebUrl.safeParse(service.url).success) place.web = service.url as string;
      else report('service.url', 'invalid-value', 'not an http(s) address', service.url);
    }
    const lat = location.latitude;
    const lon = location.longitude;
    if (lat !== undefined || lon !== undefined) {
      if (typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180)
        place.coordinates = { lat, lon };
      else report('location.latitude', 'invalid-value', 'not WGS84 degrees', [lat, lon]);
    }
    if (address !== undefined) {
      const street = text(address.row.address_1);
      const postalCode = text(address.row.postal_code);
      const city = text(address.row.city);
      if (street && postalCode && /^\d{5}$/.test(postalCode) && city && national)
        place.address = { street, postalCode, postOffice: localized(city) };
      else
        report(
          `address[${address.i}]`,
          'incomplete-address',
          'no street, five-digit postal code or post office',
          postalCode,
        );
    } else report('location.addresses', 'coordinates-missing', 'no physical address');

    for (const [i, row] of rowsOf(tables.language)) {
      const code = text(row.code)?.toLowerCase();
      if (code !== undefined && /^[a-z]{2,3}$/.test(code)) {
        if (!place.languages.includes(code)) place.languages.push(code);
      } else report(`language[${i}].code`, 'invalid-value', 'not an ISO 639 code', row.code);
    }
    for (const { row, i } of childrenOf(tables.accessibility, 'location_id', location.id)) {
      const feature = featureByLabel.get((text(row.description) ?? '').toLowerCase());
      if (feature === undefined)
        report(`accessibility[${i}].description`, 'unmapped-field', 'no such feature', row.description);
      else if (!place.accessibility.includes(feature)) place.accessibility.push(feature);
    }
    for (const [i, row] of rowsOf(tables.contact)) {
      const contact: PlaceContact = { role: 'contact-person' };
      const contactName = text(row.name);
      if (contactName !== undefined) contact.name = contactName;
      const title = text(row.title);
      if (title !== undefined) {
        if (national) contact.title = localized(title);
        else report(`contact[${i}].title`, 'missing-national-language', 'neither Finnish nor Swedish', language);
      }
      if (row.organization_id !== undefined && row.organization_id !== null) {
        const partyId = partyOf(row.organization_id);
        if (partyId) contact.partyId = partyId;
        else report(`contact[${i}].organization_id`, 'unknown-reference', 'no such organisation', row.organization_id);
      }
      if (row.email !== undefined) {
        if (PlaceContact.shape.workEmail.safeParse(row.email).success) contact.workEmail = row.email as string;
        else report(`contact[${i}].email`, 'invalid-value', 'not an email address', row.email);
      }
      const phones = childrenOf(tables.phone, 'contact_id', row.id);
      phones.forEach(({ row: phone, i: p }, n) => {
        if (n > 0) report(`phone[${p}]`, 'unmapped-field', 'a contact holds one phone', phone.number);
        else if (PlaceContact.shape.workPhone.safeParse(phone.number).success)
          contact.workPhone = phone.number as string;
        else report(`phone[${p}].number`, 'invalid-value', 'not a phone number', phone.number);
      });
      place.contacts.push(contact);
    }

    const activityIds = new Set<string>();
    const exceptions: HoursException[] = [];
    for (const [i, row] of rowsOf(tables.schedule)) {
      for (const opening of hsdsScheduleRows(row, `schedule[${i}]`, sourceId, issues)) {
        if (opening.kind === 'exception') {
          const { kind: _kind, description: note, ...exception } = opening;
          exceptions.push({ ...exception, ...(note === undefined || !national ? {} : { note: localized(note) }) });
          continue;
        }
        const { kind: _kind, description: activityName, notes, ...hours } = opening;
        const label = activityName ?? serviceName ?? name;
        const activity: WeeklyActivity = {
          id: unique(slug(label) || 'activity', activityIds),
          name: names(label),
          offering: 'open-activity',
          ...hours,
          ...(notes === undefined || !national ? {} : { note: localized(notes) }),
        };
        place.activities.push(activity);
      }
    }
    if (exceptions.length > 0) place.exceptions = exceptions;
    if (opts.example === true || isHsdsExampleAlert(service.alert)) place.example = true;

    const checked = MeetingPlace.safeParse(place);
    if (!checked.success) {
      for (const issue of checked.error.issues)
        report(formatPath(issue.path) || '(place)', 'schema-failure', issue.message, undefined, true);
      return;
    }
    places.push(checked.data);
  });

  tables.service.forEach((service, i) => {
    if (!tables.service_at_location.some((l) => l.service_id === service.id))
      issues.push({
        sourceId: typeof service.id === 'string' ? service.id : `service[${i}]`,
        field: 'service_at_location',
        code: 'unknown-reference',
        message: 'a service at no location is no place to visit; skipped',
        skipped: true,
      });
  });
  return { list: parseInput(MeetingPlaceList, { places }, 'places'), issues };
}
