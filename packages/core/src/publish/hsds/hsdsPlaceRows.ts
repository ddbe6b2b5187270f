import type { ContentLanguage, LocalizedText } from '../../model/common.js';
import { displayText } from '../../model/displayText.js';
import type { MeetingPlace } from '../../model/meeting-place.js';
import { accessibilityFeatureLabels } from '../../model/meetingPlaceLabels.js';
import { countyOfMunicipality } from '../../reference/countyOfMunicipality.js';
import { hsdsExampleAlert } from './hsdsExampleAlert.js';
import { hsdsId } from './hsdsId.js';
import { activitySchedule, exceptionSchedule } from './hsdsSchedules.js';
import type { HsdsIssue, HsdsTables } from './hsdsTypes.js';

/** A meeting place as the export reads it: the region's row, or `places.json`'s (no source, premises or evaluations). */
export type HsdsSourcePlace = Omit<MeetingPlace, 'source' | 'premises' | 'evaluations' | 'contacts'> &
  Partial<Pick<MeetingPlace, 'premises' | 'evaluations'>> & {
    contacts: (Omit<MeetingPlace['contacts'][number], 'partyId'> & { partyId?: string })[];
  };

/** What the rows of one place are made with. */
export interface HsdsPlaceContext {
  regionId: string;
  language: ContentLanguage;
  /** The municipality's names by code (the region's, else the national reference data). */
  municipalityName: (code: string) => LocalizedText | undefined;
  /** The organisation row id of a party, when the party is exported. */
  organizationId: (partyId: string) => string | undefined;
}

/** The value `external_identifier_type` of a location whose `external_identifier` is our place id. */
export const HSDS_PLACE_ID_TYPE = 'perhekeskus-meeting-place-id';

type PlaceRows = Omit<HsdsTables, 'organization' | 'organization_identifier'>;

/**
 * The HSDS rows of one meeting place: one service (the place: families look for a place and its
 * hours, and its activities are that service's schedules), one physical location with its address
 * and accessibility, the link between them, the municipality as a service area, a schedule per weekly
 * activity and per exception, a language row per language, and a contact (with a phone) per contact.
 * Text is in `context.language` (HSDS rows hold one language), by the one display rule. Every field
 * HSDS has no place for is reported as `not-exported`.
 *
 * @param place - the meeting place
 * @param context - region id, language and the lookups of names and organisations
 * @param issues - where the fields left out are reported
 * @returns the rows, each table an array
 * @example
 * placeRows(rantasalmi, { regionId: 'etela-savo', language: 'fi', municipalityName, organizationId }, issues).service[0]?.name;
 * // 'Rantasalmen avoin kohtaamispaikka'
 */
export function placeRows(place: HsdsSourcePlace, context: HsdsPlaceContext, issues: HsdsIssue[]): PlaceRows {
  const { regionId, language } = context;
  const text = (value: LocalizedText) => displayText(value, language).text;
  const id = (kind: string, path = '') => hsdsId(kind, regionId, `${place.id}${path}`);
  const notExported = (field: string) => {
    issues.push({
      sourceId: place.id,
      field,
      code: 'not-exported',
      message: `HSDS 3.0 has no place for ${field}; not exported`,
      skipped: false,
    });
  };

  const serviceId = id('service');
  const locationId = id('location');
  const linkId = id('service_at_location');
  const [firstOrganiser, ...otherOrganisers] = place.organiserIds;
  const organizationId = firstOrganiser === undefined ? undefined : context.organizationId(firstOrganiser);
  for (let i = 1; i <= otherOrganisers.length; i++) notExported(`organiserIds[${i}]`);
  if (place.offerings.length > 0) notExported('offerings');
  if (place.audiences.length > 0) notExported('audiences');
  if (place.operating !== undefined) notExported('operating');
  if (place.premises?.ownerKind !== undefined || place.premises?.ownerId !== undefined) notExported('premises');
  if (place.evaluations !== undefined && place.evaluations.length > 0) notExported('evaluations');

  const municipality = context.municipalityName(place.municipalityCode);
  const municipalityText = municipality === undefined ? place.municipalityCode : text(municipality);
  const county = countyOfMunicipality(place.municipalityCode);

  const links = { service_id: serviceId, location_id: locationId, service_at_location_id: linkId };
  const schedule = [
    ...place.activities.map((activity, i) => {
      notExported(`activities[${i}].offering`);
      if (activity.audiences !== undefined) notExported(`activities[${i}].audiences`);
      return activitySchedule(activity, { id: id('schedule', `/activities[${i}]`), ...links }, text);
    }),
    ...(place.exceptions ?? []).map((exception, i) => {
      if (exception.activityId !== undefined) notExported(`exceptions[${i}].activityId`);
      return exceptionSchedule(exception, { id: id('schedule', `/exceptions[${i}]`), ...links }, text);
    }),
  ];

  const contact: PlaceRows['contact'] = [];
  const phone: PlaceRows['phone'] = [];
  place.contacts.forEach((c, i) => {
    if (c.role !== 'contact-person') notExported(`contacts[${i}].role`);
    const partyOrganization = c.partyId === undefined ? undefined : context.organizationId(c.partyId);
    const contactId = id('contact', `/contacts[${i}]`);
    contact.push({
      id: contactId,
      service_id: serviceId,
      ...(partyOrganization === undefined ? {} : { organization_id: partyOrganization }),
      ...(c.name === undefined ? {} : { name: c.name }),
      ...(c.title === undefined ? {} : { title: text(c.title) }),
      ...(c.workEmail === undefined ? {} : { email: c.workEmail }),
    });
    if (c.workPhone !== undefined)
      phone.push({ id: id('phone', `/contacts[${i}]`), contact_id: contactId, number: c.workPhone });
  });

  return {
    service: [
      {
        id: serviceId,
        ...(organizationId === undefined ? {} : { organization_id: organizationId }),
        name: text(place.name),
        ...(place.description === undefined ? {} : { description: text(place.description) }),
        ...(place.web === undefined ? {} : { url: place.web }),
        status: 'active',
        // HSDS has no flag for invented rows: the alert says so, and the import reads it back.
        ...(place.example === true ? { alert: hsdsExampleAlert(language) } : {}),
      },
    ],
    location: [
      {
        id: locationId,
        location_type: 'physical',
        name: text(place.name),
        ...(place.premises?.description === undefined ? {} : { description: text(place.premises.description) }),
        ...(place.coordinates === undefined
          ? {}
          : { latitude: place.coordinates.lat, longitude: place.coordinates.lon }),
        external_identifier: place.id,
        external_identifier_type: HSDS_PLACE_ID_TYPE,
      },
    ],
    service_at_location: [{ id: linkId, service_id: serviceId, location_id: locationId }],
    address:
      place.address === undefined
        ? []
        : [
            {
              id: id('address'),
              location_id: locationId,
              address_1: place.address.street,
              city: text(place.address.postOffice),
              region: municipalityText,
              state_province: county === undefined ? municipalityText : text(county.name),
              postal_code: place.address.postalCode,
              country: 'FI',
              address_type: 'physical',
            },
          ],
    service_area: [{ id: id('service_area'), service_id: serviceId, name: municipalityText }],
    schedule,
    language: place.languages.map((code) => ({ id: id('language', `/${code}`), service_id: serviceId, code })),
    accessibility: place.accessibility.map((feature) => ({
      id: id('accessibility', `/${feature}`),
      location_id: locationId,
      description: accessibilityFeatureLabels[feature][language === 'sv' || language === 'en' ? language : 'fi'],
    })),
    contact,
    phone,
  };
}
