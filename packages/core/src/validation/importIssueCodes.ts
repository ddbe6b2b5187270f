/**
 * Every code an importer reports (`ImportIssue.code`), in the lowest layer so that the one catalogue
 * of sentences (`i18n`) can be keyed by them: the PTV importer's and the Linked Events importer's.
 * They are exported by the import entry (`@perhekeskus/core/import`) only.
 */

/**
 * The codes of the issues the PTV importer reports (`ImportIssue.code`), stable for filtering and
 * translation. Codes marked *skip* come with `skipped: true`: the channel was left out.
 */
export const ptvIssueCodes = [
  /** *skip* An item that is not an object with a string `id`. */
  'invalid-record',
  /** *skip* A channel id met a second time. */
  'duplicate-id',
  /** *skip* A channel of another type (`EChannel`, `Phone`, …): not a place to visit. */
  'not-service-location',
  /** *skip* `publishingStatus` other than `Published` (Draft, Modified, Deleted, Archived, …). */
  'not-published',
  /** *skip* Outside `options.municipality` (the channel's only issue). */
  'other-municipality',
  /** *skip* No municipality code in the address or a single service area. */
  'missing-municipality',
  /**
   * *skip* No name in Finnish or Swedish (only English, Sámi or other languages, or none):
   * `MeetingPlace.name` needs one of them (the channel's only issue). Was `missing-finnish-name`.
   */
  'missing-name',
  /** *skip* The mapped row fails the `MeetingPlace` schema (one issue per problem). */
  'schema-failure',
  /** A source value of the wrong shape; that element was left out. */
  'invalid-value',
  /** A field the PTV shape does not name; not read. */
  'unknown-field',
  /** A PTV field, or one of several values, that our model has no room for. */
  'unmapped-field',
  /** A text in a language `LocalizedText` cannot hold (`ru`, …: not fi, sv, en, se, smn or sms). */
  'unsupported-language',
  /** A text in one of our languages (fi, sv, en, se, smn, sms) left out by `options.languages`. */
  'language-not-selected',
  /**
   * A text (description, post office, note) in English or Sámi only, with neither Finnish nor Swedish;
   * left out. Was `missing-finnish`.
   */
  'missing-national-language',
  /** A value our model requires and PTV lacks, set to a documented default. */
  'defaulted',
  /** Geocoding state other than Ok/Loaded: the coordinates are not used. */
  'coordinates-not-ok',
  /** No address or no coordinates: the place has none. */
  'coordinates-missing',
  /** Coordinates that are not an ETRS-TM35FIN point in Finland, or in another system. */
  'coordinates-invalid',
  /** The address had no usable coordinates; an entrance's were used. */
  'coordinates-from-entrance',
  /** A street address without a street, a five-digit postal code or a Finnish or Swedish post office. */
  'incomplete-address',
  /** The municipality came from the single service area, not the address. */
  'municipality-from-area',
  /** Seconds dropped from a `HH:mm:ss` time. */
  'time-truncated',
  /** Hours that run past midnight (or end at 24:00): not expressible; not carried over. */
  'over-midnight',
  /** Open around the clock (`isAlwaysOpen`): not expressible; not carried over. */
  'always-open',
  /** Named holiday hours without `options.holidayYears` to date them. */
  'holiday-not-dated',
  /** A closed or exceptional period over a year long: not expanded into days. */
  'exception-too-long',
  /** A second opening on one exceptional day: our exception holds one. */
  'hours-conflict',
  /** A paged response with further pages that are not in this import. */
  'more-pages',
] as const;

/** One of {@link ptvIssueCodes}. */
export type PtvIssueCode = (typeof ptvIssueCodes)[number];

/**
 * Every `code` `importLinkedEvents` reports, with what it means. Codes marked *skipped* leave the
 * whole event out (`skipped: true`); the others leave out one field or only inform.
 */
export const linkedEventIssueCodes = {
  'invalid-event': 'skipped: the item is not an event object with a string id',
  'duplicate-id': 'skipped: an earlier event of the input has the same id (or maps to the same entry id)',
  deleted: 'skipped: the event was deleted in Linked Events (`deleted: true`)',
  draft: 'skipped: the event is a draft (`publication_status: "draft"`), not published',
  'series-container': 'skipped: the event is the container of a recurring series; its sub-events carry the dates',
  cancelled: 'skipped: the event was cancelled (`EventCancelled`)',
  postponed: 'skipped: the event was postponed to an unknown date (`EventPostponed`)',
  'missing-name':
    'skipped: the event has no name in Finnish or Swedish (only in other languages, or none), which an entry title requires',
  'missing-national-language':
    'a text has neither a Finnish nor a Swedish version, which our model requires, so it is left out; a place name in another language stands in the location text as a proper name',
  'missing-start-time': 'skipped: the event has no start_time',
  'invalid-time':
    'a time is not an ISO 8601 date or date-time; skipped for start_time, the end is assumed for end_time',
  'end-before-start': 'skipped: the event ends before it starts',
  'missing-end-time': 'the event has no end_time (or it equals start_time); the end was assumed as the message says',
  'invalid-entry': 'skipped: the mapped entry did not pass the CalendarEntry schema',
  rescheduled: 'kept: the event was rescheduled (`EventRescheduled`); its times are the new ones',
  'unknown-value': 'a field has a value the API does not document; ignored',
  'invalid-field': 'a field does not have the documented shape; left out',
  'invalid-url': 'an address is not an http(s) URL; left out',
  'unknown-field': 'a field the API does not document; not imported',
  'unmapped-field': 'a documented field our calendar entry model cannot hold; not imported',
  'unsupported-language':
    'a text in a language our model cannot carry (entries carry fi, sv, en, se, smn and sms), or a language id that is not an ISO 639 code; left out',
  'reference-only': 'keywords, audience or the place came as links only; their names need include=…',
  'more-pages': 'the input is one page of a longer list; fetch meta.next for the rest',
} as const;
export type LinkedEventIssueCode = keyof typeof linkedEventIssueCodes;

/**
 * The codes the Open Referral HSDS 3.0 export (`toHsds`, source `hsds-export`) and import (`fromHsds`,
 * source `hsds`) report besides the shared ones (`invalid-record`, `duplicate-id`, `missing-name`,
 * `missing-municipality`, `schema-failure`, `invalid-value`, `unmapped-field`, `defaulted`,
 * `incomplete-address`, `missing-national-language`, `time-truncated`, `over-midnight`).
 */
export const hsdsIssueCodes = [
  /** Export: a field of ours that HSDS 3.0 has no place for; not exported. */
  'not-exported',
  /** Import: a schedule our weekly activities cannot hold (monthly, every n weeks, a count…); not imported. */
  'unsupported-recurrence',
  /** Import: a row that points to a service, location or organisation the input does not hold. */
  'unknown-reference',
] as const;
export type HsdsIssueCode = (typeof hsdsIssueCodes)[number];

/** Every code an importer or the HSDS export reports. */
export type ImportIssueCode = PtvIssueCode | LinkedEventIssueCode | HsdsIssueCode;

/**
 * The systems the importers read: `ptv` (Palvelutietovaranto), `linked-events` and `hsds` (Open
 * Referral HSDS 3.0); `hsds-export` names our own meeting places that the HSDS export reports on.
 */
export const importSources = ['ptv', 'linked-events', 'hsds', 'hsds-export'] as const;
export type ImportSourceName = (typeof importSources)[number];
