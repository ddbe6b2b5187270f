/**
 * The rows of the Open Referral HSDS 3.0 tables this library writes and reads, with the fields it
 * uses (the standard has more; see the vendored schemas in `schema/`). Field names are the
 * standard's, snake_case.
 */

/**
 * A field the HSDS export could not carry, in the shape of the importers' `ImportIssue` (source
 * `hsds-export`), so that `importIssueMessage(issue, locale, 'hsds-export')` words it in Finnish,
 * Swedish or English: `sourceId` is our meeting place's id, `field` our field's path.
 */
export interface HsdsIssue {
  sourceId: string;
  field: string;
  code: string;
  message: string;
  skipped: boolean;
  value?: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
}

export interface HsdsOrganizationIdentifier {
  id: string;
  organization_id: string;
  identifier_type: string;
  identifier: string;
}

export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  url?: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  /** Short-term alerts; an exported example row says here that it is example data. */
  alert?: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  external_identifier?: string;
  external_identifier_type?: string;
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
}

export interface HsdsSchedule {
  id: string;
  service_id?: string;
  location_id?: string;
  service_at_location_id?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  count?: number;
  wkst?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  byweekno?: string;
  description?: string;
  opens_at?: string;
  closes_at?: string;
  notes?: string;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  code: string;
}

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}

export interface HsdsContact {
  id: string;
  service_id: string;
  organization_id?: string;
  name?: string;
  title?: string;
  email?: string;
}

export interface HsdsPhone {
  id: string;
  contact_id: string;
  number: string;
}

/** One item of the nested `service_at_location_list` shape (`compiled/service_at_location_list.json`). */
export interface HsdsServiceAtLocationListItem extends HsdsServiceAtLocation {
  location: HsdsLocation;
  service: HsdsService & { organization?: HsdsOrganization };
}

/** Every HSDS table of an export, each an array of rows, by the standard's table name. */
export interface HsdsTables {
  organization: HsdsOrganization[];
  organization_identifier: HsdsOrganizationIdentifier[];
  service: HsdsService[];
  location: HsdsLocation[];
  service_at_location: HsdsServiceAtLocation[];
  address: HsdsAddress[];
  service_area: HsdsServiceArea[];
  schedule: HsdsSchedule[];
  language: HsdsLanguage[];
  accessibility: HsdsAccessibility[];
  contact: HsdsContact[];
  phone: HsdsPhone[];
}

/** The names of {@link HsdsTables}, in the order files are written. */
export const hsdsTableNames = [
  'organization',
  'organization_identifier',
  'service',
  'location',
  'service_at_location',
  'address',
  'service_area',
  'schedule',
  'language',
  'accessibility',
  'contact',
  'phone',
] as const satisfies readonly (keyof HsdsTables)[];
