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
