import { type FieldIssue, fieldIssue, fieldPath, isEmptyValue } from './linkedEventIssues.js';

/** Event fields the importer reads (`importLinkedEvents` maps or checks each of them). */
const READ = new Set([
  'id',
  '@id',
  'name',
  'short_description',
  'description',
  'location',
  'location_extra_info',
  'info_url',
  'keywords',
  'audience',
  'in_language',
  'start_time',
  'end_time',
  'has_start_time',
  'has_end_time',
  'audience_min_age',
  'audience_max_age',
  'super_event',
  'super_event_type',
  'sub_events',
  'event_status',
  'publication_status',
  'type_id',
  'offers',
  'deleted',
  'replaced_by',
]);

/**
 * Bookkeeping fields that say nothing about the event itself (JSON-LD framing, editing times and
 * accounts, the data source, which is also the prefix of the id, the publishing organisation's
 * account, search indexes): not imported and not reported.
 */
export const IGNORED_LINKED_EVENT_FIELDS: readonly string[] = [
  '@context',
  '@type',
  'created_time',
  'last_modified_time',
  'date_published',
  'created_by',
  'last_modified_by',
  'data_source',
  'origin_id',
  'publisher',
  'search_vector_fi',
  'search_vector_sv',
  'search_vector_en',
  'local',
  'days_left',
];

/**
 * Personal data of the person who submitted the event (`user_name`, `user_email`, …): never
 * imported, never quoted in an issue, not reported.
 */
export const PERSONAL_LINKED_EVENT_FIELDS: readonly string[] = [
  'user_name',
  'user_email',
  'user_phone_number',
  'user_organization',
  'user_consent',
];

/** Documented facts about an event that a calendar entry cannot hold, reported when they have a value. */
export const UNMAPPED_LINKED_EVENT_FIELDS: Readonly<Record<string, string>> = {
  images: 'Images are not kept: an entry has no image',
  videos: 'Videos are not kept: an entry has no video',
  external_links: 'Related links are not kept: an entry has one address (info_url)',
  provider: 'The organiser (provider) is not kept',
  provider_contact_info: "The organiser's contact information is not kept",
  registration: 'The registration is not kept: an entry has no sign-up',
  enrolment_start_time: 'The enrolment start time is not kept',
  enrolment_end_time: 'The enrolment end time is not kept',
  maximum_attendee_capacity: 'The maximum number of attendees is not kept',
  minimum_attendee_capacity: 'The minimum number of attendees is not kept',
  environment: 'Whether the event is indoors or outdoors is not kept',
  environmental_certificate: 'The environmental certificate is not kept',
  custom_data: 'The custom data is not kept',
};

const IGNORED = new Set([...IGNORED_LINKED_EVENT_FIELDS, ...PERSONAL_LINKED_EVENT_FIELDS]);

/**
 * The issues for the event fields the importer does not read: `unmapped-field` for a documented fact
 * our model cannot hold, `unknown-field` for a field the API does not document, each only when it has
 * a value (not null, blank, `[]` or `{ "fi": "" }`). Bookkeeping and personal fields are passed over
 * without a word (see {@link IGNORED_LINKED_EVENT_FIELDS}, {@link PERSONAL_LINKED_EVENT_FIELDS}).
 *
 * @param event - the event object, with every field it came with
 * @returns one issue per such field, in the event's field order
 * @example
 * otherFieldIssues({ id: 'helsinki:1', name: { fi: 'A' }, images: [{ url: 'https://…' }], created_time: '…', colour: 'red' });
 * // [{ field: 'images', code: 'unmapped-field', … }, { field: 'colour', code: 'unknown-field', … }]
 */
export function otherFieldIssues(event: Readonly<Record<string, unknown>>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(event)) {
    if (READ.has(key) || IGNORED.has(key) || isEmptyValue(value)) continue;
    if (Object.hasOwn(UNMAPPED_LINKED_EVENT_FIELDS, key)) {
      issues.push(fieldIssue(key, 'unmapped-field', UNMAPPED_LINKED_EVENT_FIELDS[key] as string));
    } else {
      const message = 'A field the Linked Events API does not document; not imported';
      issues.push(fieldIssue(fieldPath('', key), 'unknown-field', message));
    }
  }
  return issues;
}
