import type { DataIssue, IssueText } from '../validation/dataIssue.js';
import { formatDate } from './formatDate.js';
import { includeFor, isLanguageList, isPlaceText } from './importIssueFields.js';
import type { ImportIssueMessages, IssueMessages } from './issueMessages.js';
import { pickText } from './pickText.js';

/**
 * The issue sentences in English: data issues ({@link en}, `dataIssueMessage`) and importer issues
 * ({@link enImportIssues}, `importIssueMessage`). Two tables, so that a bundle that words only
 * one kind of issue carries only its sentences.
 */

const type = (name: string | undefined) => (name && en.types[name]) || name || '?';
const quote = (text: string) => `“${text}”`;
const value = (i: DataIssue) => quote(i.received ?? '');
const limit = (i: DataIssue) => Number(i.expected);
const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
const named = (text: IssueText | undefined) => pickText(text, 'en')?.text;
const municipality = (code: string | undefined, name: string | undefined) => (name ? `${code} (${name})` : `${code}`);

export const en: IssueMessages = {
  row: (row, name) => {
    const label = name ? ` (“${name}”)` : row.id ? ` (${row.id})` : '';
    if (row.section === 'places') return `Place ${row.index + 1}${label}`;
    if (row.section === 'entries') return `Event ${row.index + 1}${label}`;
    // Rows that other rows refer to by id (groups, people…) are named by it; by their name when they have none.
    return `${row.section}[${row.index}]${row.id ? ` (${row.id})` : label}`;
  },
  documents: { places: 'Place list', entries: 'Event list', region: 'Region description', data: 'The data' },
  field: (path) => `field ${path}`,
  quote,
  got: (text) => `; got “${text}”`,
  date: (iso) => formatDate(iso, 'en'),
  types: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
  },
  vocabularies: {
    partyKind: 'party kind',
    groupKind: 'group kind',
    evaluationKind: 'evaluation kind',
    role: 'role',
    decisionOutcome: 'decision outcome',
  },
  formats: {
    'invalid-id': 'an id may contain only lower-case letters a–z, digits 0–9 and hyphens (e.g. perhekahvila-juva)',
    'invalid-date': 'the date must be given as YYYY-MM-DD and be a real day',
    'invalid-time': 'the time must be given as HH:mm',
    'invalid-date-time':
      'the date and time must be given as YYYY-MM-DDTHH:mm:ss with a time zone (e.g. 2026-03-10T09:30:00+02:00) and be a real moment',
    'invalid-utc-time': 'the time must be given in UTC as YYYY-MM-DDTHH:mm:ssZ (e.g. 2026-03-10T07:30:00Z)',
    'invalid-municipality-code': 'the municipality code must be the three-digit Statistics Finland code (e.g. 681)',
    'invalid-language-code': 'the language code must be an ISO 639 code (e.g. fi, sv or en)',
    'invalid-postal-code': 'the postal code must be five digits (e.g. 51900)',
    'invalid-phone': 'the phone number is not valid (e.g. +358 40 123 4567)',
    'invalid-email': 'the email address is not valid',
    'invalid-url': 'the web address must be a full http or https address (e.g. https://www.juva.fi/)',
    'invalid-section': 'the section must be a number, possibly with a letter (e.g. 23 or 23 a)',
    'invalid-day-of-year': 'the day must be given as MM-DD (e.g. 06-30)',
    'invalid-sha256': 'the checksum must be a SHA-256 digest of 64 hexadecimal digits',
    'invalid-file-path': 'the path must be a .json, .html or .css file of lower-case words (e.g. groups/steering-group.json)',
    'invalid-domain': 'the domain must be written like perhekeskus.fi',
    'invalid-rrule': 'the recurrence must be an iCalendar RRULE (e.g. FREQ=MONTHLY;BYDAY=2TU)',
    'invalid-characters': 'the text must not contain line breaks or other control characters',
    'invalid-unicode':
      'the text holds a broken character (half of a character pair, shown as �); save the text again as UTF-8 or retype it',
  },
  rules: {
    'text-needs-national-language': 'the text needs a Finnish or Swedish version (fi or sv)',
    'activity-ends-before-start': 'the end time must be after the start time',
    'valid-to-before-valid-from': 'the last day (validTo) cannot be before the first day (validFrom)',
    'exception-hours':
      'an exception with different hours needs a start and an end time, start before end (or closed: true when the place is closed)',
    'entry-ends-before-start': 'the end time must be after the start time',
    'min-age-above-max-age': 'the minimum age must not be above the maximum age',
    'period-ends-before-start': 'the period cannot end before it starts',
    'termination-twice': 'give termination or the deprecated noticeDeadline, not both',
    'no-termination-rule': 'the agreement states no termination rule (termination)',
    'notice-after-period': 'notice is given after the agreement period has ended, so nothing is left to terminate',
    'role-needs-holder': 'a role needs a person (personId) or a title',
    'deputy-of-not-deputy': 'only a deputy-member can have deputyOf',
    'in-person-beyond-times': 'inPerson (in-person meetings) cannot exceed times (meetings)',
    'in-person-at-beyond-times': 'inPersonAt refers to a meeting beyond times',
    'in-person-disagree': 'inPersonAt and inPerson give different numbers of in-person meetings',
    'cadence-does-not-fit': 'the meetings do not fit in the year: at most one a week on average, outside skipMonths',
    'in-person-beyond-year': 'inPerson (in-person meetings) cannot exceed the meetings of a year',
    'in-person-at-beyond-year': 'inPersonAt refers to a meeting beyond the meetings of a year',
    'phase-year-required': 'phaseYear is needed when every is more than 1 or variants are given',
    'variant-not-evaluation-kind':
      "each variant must be an evaluation kind: one the library knows or an id in the region's vocabulary",
    'to-before-from': 'the last day (to) cannot be before the first day (from)',
    'employment-needs-period': 'an employment needs at least one period of work',
    'extract-after-check': 'the criminal record extract cannot be dated after the check',
    'needed-for-missing': 'say why the data is still needed (neededFor)',
    'not-student-welfare-group': 'the group must be a student welfare group (kind student-welfare-group)',
    'ring-entries-share-id': 'two entries of the ring have the same id',
    'rings-share-id': 'two rings have the same id',
    'result-outside-years': 'the resulting date is outside the years 0000–9999',
    'instant-outside-years': 'the date in Helsinki must be in the years 0000–9999',
    'occurrence-ends-before-start': 'the end time must be after the start time',
    'event-ends-before-start': 'the end time must be after the start time',
    'exdates-need-rrule': 'exceptions (exdates) need a recurrence rule (rrule)',
    'recurrence-start-ambiguous': 'a recurring event must start at an unambiguous Helsinki time in 1997 or later',
    'rrule-until-not-utc': 'UNTIL must be a UTC date and time (e.g. 20291231T215959Z)',
    'rrule-until-and-count': 'give UNTIL or COUNT, not both',
    'all-day-recurrence': 'an all-day event cannot have a recurrence rule (rrule)',
    'name-missing': 'a name is needed: give options.name or an occurrence with a title',
    'group-missing': 'the group is not known: give occurrences of a group or options.group',
    'group-mismatch': 'the occurrence belongs to another group than options.group',
    'rotation-repeats': "an id appears twice in the rotation's among list",
    'rotation-needs-start': 'a rotation with an among list needs its first year, fromYear',
    'rotation-empty': 'a rotation names the lead, the secretary or both',
  },
  sentences: {
    'invalid-type': (i) =>
      i.expected === 'int' && i.received === 'number'
        ? 'the value must be a whole number.'
        : `the value must be ${type(i.expected)} but is ${type(i.received)}.`,
    missing: (i) =>
      i.expected ? `a required value is missing; it must be ${type(i.expected)}.` : 'a required value is missing.',
    'invalid-value': (i) =>
      `the value ${i.received !== undefined ? `${value(i)} ` : ''}is not allowed.` +
      (i.allowed?.length ? ` Allowed values: ${i.allowed.join(', ')}.` : ''),
    'unknown-field': (i) => {
      const keys = (i.unknownKeys ?? []).map(quote).join(', ');
      return (i.unknownKeys?.length ?? 0) > 1
        ? `unknown fields ${keys}; check the spelling or remove the fields.`
        : `unknown field ${keys}; check the spelling or remove the field.`;
    },
    'too-small': (i) => {
      const n = limit(i);
      if (i.origin === 'string')
        return n === 1 ? 'the text must not be empty.' : `the text must be at least ${n} characters long.`;
      if (i.origin === 'array') return `the list must have at least ${items(n)}.`;
      return `the value must be at least ${n}.`;
    },
    'too-big': (i) => {
      const n = limit(i);
      if (i.origin === 'string') return `the text must be at most ${n} characters long.`;
      if (i.origin === 'array') return `the list must have at most ${items(n)}.`;
      return `the value must be at most ${n}.`;
    },
    'not-a-multiple': (i) => `the value must be a multiple of ${i.expected}.`,
    'invalid-key': () => 'a key of the value is not valid.',
    'invalid-element': () => 'an element of the value is not valid.',
    'no-matching-shape': () => 'the value matches none of the allowed shapes.',
    'invalid-format': (i) => `the value has the wrong format${i.received !== undefined ? en.got(i.received) : ''}.`,
    invalid: () => 'the value is not valid.',
    'not-a-list': (i) =>
      i.expected === 'entries'
        ? 'expected a list of events or an object with an entries field; no events could be read.'
        : i.expected === 'places'
          ? 'expected a list of places or an object with a places field; no places could be read.'
          : `expected a list or an object with a ${i.expected ?? 'list'} field; nothing could be read.`,
    'duplicate-id': (i) =>
      i.row?.section === 'places'
        ? `the id ${value(i)} is already used by an earlier place, so this place was skipped.`
        : i.row?.section === 'entries'
          ? `the id ${value(i)} is already used by an earlier event, so this event was skipped.`
          : `the id ${value(i)} is already used by an earlier row.`,
    'too-many-items': (i) =>
      `the list has ${i.received ?? 'too many'} items, but it may have at most ${items(limit(i))}; its items were not checked.`,
    'too-many-issues': () => 'the value has too many problems to list; fix and check the data in smaller parts.',
    'year-outside-range': (i) =>
      `the year must be in ${i.expected} in Finnish time, as the library supports no other years${i.received !== undefined ? en.got(i.received) : ''}.`,
    'range-too-long': (i) => `the range can be at most ${i.expected} days long.`,
    'unknown-reference': (i) =>
      i.expected === 'wellbeing-county'
        ? `${value(i)} is no wellbeing services county's id (such as etela-savo, pohjanmaa).`
        : i.expected === 'agreement'
          ? `the region has no agreement with the id ${value(i)}${i.allowed?.length ? `; its agreements: ${i.allowed.join(', ')}` : ''}.`
          : `the reference ${value(i)} matches no id.`,
    mismatch: (i) =>
      i.expected === 'agreement-parties'
        ? `party ${value(i)} is not in the agreement's parties.`
        : `${value(i)}: the municipality's area (areaId) and the area's municipalities (municipalityCodes) disagree.`,
    cycle: (i) => `group ${quote(i.row?.id ?? i.received ?? '')} is its own ancestor through parentGroupId.`,
    'unknown-municipality': (i) => `the municipality code ${value(i)} is no municipality of Finland.`,
    'outside-region': (i) =>
      `municipality ${municipality(i.received, named(i.names?.received))} is not in the region's municipalities.`,
    'outside-list': (i) =>
      `municipality ${municipality(i.received, named(i.names?.received))} is not in the file's municipalities.`,
    'outside-county': (i) => {
      const place = municipality(i.received, named(i.names?.received));
      const own = named(i.names?.region) ?? '?';
      const county = named(i.names?.expected);
      return county === undefined
        ? `municipality ${place} belongs to no wellbeing services county, so not to the region's (${own}).`
        : `municipality ${place} belongs to ${county}, not to the region's (${own}).`;
    },
    'unknown-kind': (i) =>
      `${value(i)} is no known ${en.vocabularies[i.expected as keyof IssueMessages['vocabularies']] ?? i.expected}. ` +
      `Allowed: ${(i.allowed ?? []).join(', ')}, or one added to the region's vocabulary.`,
    unschedulable: (i) =>
      `the schedule cannot be computed for ${en.date(i.period?.from ?? '')}–${en.date(i.period?.to ?? '')}` +
      `${i.received === undefined ? '' : ` with this value (${value(i)})`}.`,
  },
};

// Importer issues (PTV, Linked Events).

/** A language by its name in the sentences, with its code; any other code quoted. */
const language = (code: string) => {
  const name = Object.hasOwn(enImportIssues.languages, code) ? enImportIssues.languages[code] : undefined;
  return name ? `${name} (${code})` : quote(code);
};

/** The importer-issue sentences in English. */
export const enImportIssues: ImportIssueMessages = {
  record: {
    ptv: 'Service location',
    'linked-events': 'Event',
    hsds: 'HSDS service',
    'hsds-export': 'Meeting place',
    other: 'Record',
  },
  input: 'The input',
  field: (path) => `field ${path}`,
  quote,
  where: {
    ptv: 'in PTV',
    'linked-events': 'in Linked Events',
    hsds: 'in the HSDS data',
    'hsds-export': 'in the meeting place’s data',
    other: 'in the source system',
  },
  skip: {
    ptv: 'the service location was skipped',
    'linked-events': 'the event was skipped',
    hsds: 'the service was skipped',
    'hsds-export': 'the meeting place was not exported',
    other: 'the record was skipped',
  },
  languages: {
    fi: 'Finnish',
    sv: 'Swedish',
    en: 'English',
    se: 'Northern Sámi',
    smn: 'Inari Sámi',
    sms: 'Skolt Sámi',
    ru: 'Russian',
    zh_hans: 'Chinese (simplified)',
    ar: 'Arabic',
  },
  defaults: {
    organizationId:
      'the PTV organisation is not one of our parties, so the organisers (organiserIds) were left empty; add the organiser by hand.',
    'MeetingPlace.audiences': 'PTV has no audiences, so the default audience families was set; check the audiences.',
    'MeetingPlace.offerings':
      'PTV has no offerings, so the default open activity (open-activity) was set; check the offerings.',
    'MeetingPlace.accessibility': 'no accessibility features are known, so the list was left empty; add them by hand.',
    serviceHours: 'the opening hours became activities named “Open” (open activity).',
    languages: 'no service languages are given, so the list was left empty; add them in PTV.',
    phoneNumbers:
      'the phone number and email became a contact with the role contact person (contact-person) and no name, as PTV does not say who answers.',
    emails:
      'the email became a contact with the role contact person (contact-person) and no name, as PTV does not say who answers.',
  },
  defaulted: 'the source lacks this value, so a default was set; check it.',
  codes: {
    'invalid-record': () => 'not a PTV service channel with an id, so it was skipped. Check the format of the input.',
    'duplicate-id': () => 'an earlier record was already imported with the same id, so this one was skipped.',
    'not-service-location': (i) =>
      i.value === undefined
        ? 'the channel is not a service location (ServiceLocation), so it is no place to visit; it was skipped.'
        : `the channel type is ${quote(i.value)}, not a service location (ServiceLocation), so it is no place to visit; the channel was skipped.`,
    'not-published': (i) =>
      `${i.value === undefined ? 'the publishing status is not Published' : `the publishing status is ${quote(i.value)}, not Published`}; ` +
      'the service location was skipped. Publish it in PTV if it belongs in the list.',
    'other-municipality': (i) =>
      i.value === undefined
        ? 'the service location is in another municipality than the chosen one, so it was skipped.'
        : `the service location’s municipality code is ${quote(i.value)}, not the chosen municipality’s, so it was skipped.`,
    'missing-municipality': () =>
      'the address has no municipality code and the service area is not a single municipality, so the service location was skipped. Add the municipality to the visiting address in PTV.',
    'missing-name': (i) =>
      `there is no name in Finnish or Swedish, and the model requires a name in one of them; ${i.skip}. ` +
      `Add a Finnish or Swedish name ${i.where}.`,
    'schema-failure': () =>
      'the imported service location failed the MeetingPlace check in this field, so it was skipped. Check the matching data in PTV.',
    'invalid-value': (i) =>
      `${i.value === undefined ? 'the value is missing or has the wrong form' : `the value ${quote(i.value)} has the wrong form`}, ` +
      `so it was left out. Correct it ${i.where}.`,
    'unknown-field': () =>
      'the field is not part of the source’s documented shape, so it was not read; check whether the API has changed.',
    'unmapped-field': () =>
      'our data model has no place for this, so it was not imported; add it by hand if it is needed.',
    'unsupported-language': (i) => {
      if (isLanguageList(i.field))
        return `the language id ${i.value === undefined ? '' : `${quote(i.value)} `}is not an ISO 639 code, so the language was not imported.`;
      return (
        `${i.value === undefined ? 'the text’s language cannot be stored' : `the text is in ${language(i.value)}`}, ` +
        'but the model holds text in Finnish, Swedish, English and Sámi (Northern, Inari and Skolt Sámi) only; the text was not imported.'
      );
    },
    'language-not-selected': (i) =>
      `the text’s language ${i.value === undefined ? '' : `(${language(i.value)}) `}is not among the languages imported, so the text was left out.`,
    'missing-national-language': (i) => {
      if (i.skipped)
        return `the text is in neither Finnish nor Swedish, and the model requires one of them; ${i.skip}. Add a Finnish or Swedish text ${i.where}.`;
      if (isPlaceText(i.field))
        return `the place has no name in Finnish or Swedish, so its name in another language was used in the text. Add a Finnish or Swedish name ${i.where}.`;
      return `the text is in neither Finnish nor Swedish, and the model requires one of them, so the text in other languages was left out. Add a Finnish or Swedish text ${i.where}.`;
    },
    defaulted: (i) =>
      Object.hasOwn(enImportIssues.defaults, i.field)
        ? (enImportIssues.defaults[i.field] as string)
        : enImportIssues.defaulted,
    'coordinates-not-ok': (i) =>
      `${i.value === undefined ? 'the coordinate state is not Ok or Loaded' : `the coordinate state is ${quote(i.value)}, not Ok or Loaded`}, ` +
      'so the coordinates were not used. Check the address location in PTV.',
    'coordinates-missing': (i) =>
      `the visiting address or its coordinates are missing, so the place has no location. Add the address and location ${i.where}.`,
    'coordinates-invalid': () =>
      'the coordinates are not ETRS-TM35FIN coordinates within Finland, so they were not used. Check the location in PTV.',
    'coordinates-from-entrance': () =>
      'the address has no usable coordinates, so the entrance’s coordinates were used.',
    'incomplete-address': (i) =>
      `the street address lacks a street, a five-digit postal code or a post office in Finnish or Swedish, so the address was not imported. Complete the address ${i.where}.`,
    'municipality-from-area': (i) =>
      `the address names no municipality, so the service area’s ${i.value === undefined ? 'municipality' : `municipality code ${quote(i.value)}`} was used. ` +
      'Add the municipality to the visiting address in PTV.',
    'time-truncated': (i) =>
      `the seconds ${i.value === undefined ? '' : `of the time ${quote(i.value)} `}were dropped, as the model keeps times as HH:mm.`,
    'over-midnight': () =>
      'the opening hours run past midnight, which the model cannot express; the field was not imported.',
    'always-open': () =>
      'open around the clock (isAlwaysOpen), which the model cannot express; the hours were not imported.',
    'holiday-not-dated': (i) =>
      `the hours for the holiday ${i.value === undefined ? '' : `${quote(i.value)} `}recur every year, but exceptions are stored by date ` +
      'and the import was given no years (holidayYears); the hours were not imported.',
    'exception-too-long': (i) =>
      `the exceptional period ${i.value === undefined ? '' : `${quote(i.value)} `}is over a year long, so it was not imported. ` +
      'Check its dates in PTV.',
    'hours-conflict': () =>
      'a second opening on the same exceptional day, but an exception holds one; this one was not imported.',
    'more-pages': (i) =>
      'the input is one page of a longer list, so the records on the other pages are missing. ' +
      `Fetch the other pages too${i.value === undefined ? '' : ` (next: ${quote(i.value)})`}.`,
    'not-exported': () =>
      'HSDS 3.0 has no place for this field, so it was not exported; it stays in our own data only.',
    'unsupported-recurrence': (i) =>
      `the recurrence ${i.value === undefined ? '' : `${quote(i.value)} `}is not weekly (or every other week in odd or even weeks), ` +
      'which a weekly activity cannot express; the schedule was not imported. Add the activity by hand.',
    'unknown-reference': (i) =>
      `the row points to the identifier ${i.value === undefined ? '' : `${quote(i.value)} `}, which the input does not hold; the row was not imported. Check the data’s integrity ${i.where}.`,
    'invalid-event': () => 'not an event with a usable id, so it was skipped. Check the format of the input.',
    deleted: (i) => `the event was deleted ${i.where}; it was not imported.`,
    draft: (i) =>
      `the event is a draft, not published; it was not imported. Publish it ${i.where} if it belongs in the calendar.`,
    'series-container': () =>
      'the event is the container of a recurring series; its sub-events are imported as entries of their own, so the container was not.',
    cancelled: () => 'the event was cancelled; it was not imported.',
    postponed: () => 'the event was postponed and no new date is known yet; it was not imported.',
    'missing-start-time': (i) =>
      `the event has no start time, so it has no place in a calendar; it was skipped. Add the start time ${i.where}.`,
    'invalid-time': (i) =>
      `the time ${i.value === undefined ? '' : `${quote(i.value)} `}is not an ISO 8601 date or date-time; ` +
      `${i.skipped ? i.skip : 'it was treated as missing'}. Correct it ${i.where}.`,
    'end-before-start': (i) =>
      `the event ends${i.value === undefined ? '' : ` (${quote(i.value)})`} before it starts, so it was skipped. Correct the times ${i.where}.`,
    'missing-end-time': (i) =>
      'the end time is missing or equals the start time, so the event was taken to end at the end of the day. ' +
      `Add the end time ${i.where}.`,
    'invalid-entry': (i) =>
      `the calendar entry made from the event failed the CalendarEntry check, so the event was skipped. Check the event ${i.where}.`,
    rescheduled: () => 'the event was moved to a new time; the times imported are the new ones.',
    'unknown-value': (i) =>
      `the value ${i.value === undefined ? '' : `${quote(i.value)} `}is not one the API documents, so it was ignored.`,
    'invalid-field': (i) =>
      `the value has the wrong form or contradicts another, so it was left out. Correct it ${i.where}.`,
    'invalid-url': (i) =>
      `the address ${i.value === undefined ? '' : `${quote(i.value)} `}is not an http or https address, so it was left out. ` +
      `Correct it ${i.where}.`,
    'reference-only': (i) =>
      `these came as links only, without names; the names come when the events are fetched with include=${includeFor(i.field)}.`,
  },
  unknown: (code, i) => `this could not be imported (code ${quote(code)})${i.skipped ? `; ${i.skip}` : ''}.`,
};
