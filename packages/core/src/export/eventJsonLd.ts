import * as z from 'zod/mini';
import { FreeText, Locale, LocalizedText, type MeetingMode, NonEmptyText } from '../model/common.js';
import { parseInput, ValidationError } from '../validation/parseInput.js';
import type { GroupOccurrence, Occurrence } from '../schedule/occurrence.js';
import { helsinkiDateTime } from '../time/helsinki.js';
import { formatIsoDay, toEpochMs } from '../time/isoFormat.js';
import { entryDays } from '../calendar/entryDays.js';
import { WebUrl } from '../model/webUrl.js';
import { CalendarEvent } from './calendarEvent.js';
import { describeOccurrence, occurrenceTitle } from './describeOccurrence.js';
import { parseOccurrence } from '../schedule/validOccurrence.js';
import { modelRule } from '../validation/modelRule.js';

/** Options of {@link eventJsonLd}. */
export const EventJsonLdOptions = z.strictObject({
  /** `inLanguage`, and the language of names and descriptions taken from an occurrence; `fi` by default. */
  locale: z.optional(Locale),
  /** The event's name; required for an `Occurrence` with neither title nor group. */
  name: z.optional(NonEmptyText),
  /** Group name for a plain `Occurrence` without a title. */
  groupName: z.optional(LocalizedText),
  description: z.optional(FreeText),
  /** Where an in-person or hybrid meeting is held (schema.org `Place`). */
  place: z.optional(
    z.strictObject({
      name: NonEmptyText,
      streetAddress: z.optional(NonEmptyText),
      postalCode: z.optional(NonEmptyText),
      addressLocality: z.optional(NonEmptyText),
      url: z.optional(WebUrl),
    }),
  ),
  /** The meeting link of a remote or hybrid meeting (schema.org `VirtualLocation`). */
  onlineUrl: z.optional(WebUrl),
  /** The page about the event (`url`). */
  url: z.optional(WebUrl),
  organizer: z.optional(z.strictObject({ name: NonEmptyText, url: z.optional(WebUrl) })),
  /** True for an invented example row: the Event then says so in the data (see {@link ExampleMarkerJsonLd}). */
  example: z.optional(z.boolean()),
});
export type EventJsonLdOptions = z.infer<typeof EventJsonLdOptions>;

/** A schema.org `Place`. */
export interface PlaceJsonLd {
  '@type': 'Place';
  name: string;
  address?: {
    '@type': 'PostalAddress';
    streetAddress?: string;
    postalCode?: string;
    addressLocality?: string;
    addressCountry: 'FI';
  };
  url?: string;
}

/** How JSON-LD says a row is invented example data, so no reader mistakes it for a real place or event. */
export interface ExampleMarkerJsonLd {
  '@type': 'PropertyValue';
  name: 'example';
  value: true;
}

/** The marker itself; one value for every kind of JSON-LD core writes. */
export const EXAMPLE_MARKER_JSON_LD: ExampleMarkerJsonLd = Object.freeze({
  '@type': 'PropertyValue',
  name: 'example',
  value: true,
});

/** A schema.org `VirtualLocation`. */
export interface VirtualLocationJsonLd {
  '@type': 'VirtualLocation';
  url: string;
}

/** A schema.org `Event` as plain JSON-serialisable data. */
export interface EventJsonLd {
  '@context': 'https://schema.org';
  '@type': 'Event';
  name: string;
  startDate: string;
  endDate: string;
  eventStatus: 'https://schema.org/EventScheduled' | 'https://schema.org/EventCancelled';
  eventAttendanceMode?:
    | 'https://schema.org/OfflineEventAttendanceMode'
    | 'https://schema.org/OnlineEventAttendanceMode'
    | 'https://schema.org/MixedEventAttendanceMode';
  location?: PlaceJsonLd | VirtualLocationJsonLd | [PlaceJsonLd, VirtualLocationJsonLd];
  description?: string;
  url?: string;
  organizer?: { '@type': 'Organization'; name: string; url?: string };
  inLanguage: Locale;
  /** Present only for invented example rows (`options.example`). */
  additionalProperty?: ExampleMarkerJsonLd;
}

const ATTENDANCE_MODE = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  remote: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const satisfies Record<MeetingMode, string>;

/**
 * A schema.org `Event` (JSON-LD) for a meeting, so a municipal page about it can be found by search
 * engines: attendance mode from the meeting mode (in-person → Offline, remote → Online, hybrid →
 * Mixed), `location` as a `Place`, a `VirtualLocation` or both for hybrid (each only when known),
 * times with their Helsinki offset (an all-day `CalendarEvent`: its first and last Helsinki day as
 * dates). Embed it with {@link jsonLdScript}.
 *
 * @param source - a `CalendarEvent`, a `GroupOccurrence` or an `Occurrence`
 * @param options - locale, name, place, onlineUrl, url, organizer, description
 * @returns a plain object ready for `JSON.stringify`
 * @throws {ValidationError} on invalid input, or when no name can be found
 * @example
 * const ld = eventJsonLd(
 *   { start: '2026-03-10T07:00:00Z', end: '2026-03-10T09:00:00Z', mode: 'hybrid' },
 *   { name: 'Ohjausryhmä', place: { name: 'Kunnantalo' }, onlineUrl: 'https://meet.example.fi/ohjaus' },
 * );
 * ld.eventAttendanceMode; // 'https://schema.org/MixedEventAttendanceMode'
 * ld.startDate; // '2026-03-10T09:00:00+02:00'
 * ld.location; // [{ '@type': 'Place', name: 'Kunnantalo' }, { '@type': 'VirtualLocation', url: 'https://meet.example.fi/ohjaus' }]
 */
export function eventJsonLd(
  source: CalendarEvent | GroupOccurrence | Occurrence,
  options: EventJsonLdOptions = {},
): EventJsonLd {
  const parsed =
    typeof source === 'object' && source !== null && 'uid' in source
      ? parseInput(CalendarEvent, source, 'source')
      : parseOccurrence(source, 'source');
  const opts = parseInput(EventJsonLdOptions, options, 'options');
  const locale = opts.locale ?? 'fi';

  let name: string | undefined;
  let description: string | undefined;
  let status: CalendarEvent['status'];
  let placeName: string | undefined;
  let onlineUrl = opts.onlineUrl;
  if ('uid' in parsed) {
    name = opts.name ?? parsed.title;
    description = opts.description ?? parsed.description;
    status = parsed.status;
    placeName = parsed.location;
    // An event's URL is the best meeting link there is for a remote or hybrid meeting; with no mode
    // known it is only the page about the event, not a place to attend.
    if (parsed.mode === 'remote' || parsed.mode === 'hybrid') onlineUrl ??= parsed.url;
  } else {
    const groupName = 'groupId' in parsed ? (parsed as GroupOccurrence).groupName : opts.groupName;
    name = opts.name ?? occurrenceTitle(parsed, groupName, locale);
    description = opts.description ?? describeOccurrence(parsed, groupName, locale);
  }
  if (name === undefined) {
    throw new ValidationError(
      [
        {
          code: 'custom',
          path: ['name'],
          input: options,
          ...modelRule('name-missing', 'No name: give options.name or a titled occurrence'),
        },
      ],
      'options',
    );
  }

  const mode = parsed.mode;
  const place: PlaceJsonLd | undefined = opts.place
    ? placeJsonLd(opts.place)
    : placeName
      ? { '@type': 'Place', name: placeName }
      : undefined;
  const virtual: VirtualLocationJsonLd | undefined = onlineUrl
    ? { '@type': 'VirtualLocation', url: onlineUrl }
    : undefined;
  const usePlace = place && mode !== 'remote' ? place : undefined;
  const useVirtual = virtual && mode !== 'in-person' ? virtual : undefined;

  const days = 'uid' in parsed && parsed.allDay ? entryDays(parsed) : undefined;
  const ld: EventJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name,
    startDate: days ? formatIsoDay(days[0]) : helsinkiDateTime(toEpochMs(parsed.start) ?? 0),
    endDate: days ? formatIsoDay(days[1]) : helsinkiDateTime(toEpochMs(parsed.end) ?? 0),
    eventStatus: status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    inLanguage: locale,
  };
  if (mode) ld.eventAttendanceMode = ATTENDANCE_MODE[mode];
  if (usePlace && useVirtual) ld.location = [usePlace, useVirtual];
  else if (usePlace ?? useVirtual) ld.location = usePlace ?? useVirtual;
  if (description) ld.description = description;
  const pageUrl = opts.url ?? ('uid' in parsed ? parsed.url : undefined);
  if (pageUrl) ld.url = pageUrl;
  if (opts.organizer) {
    ld.organizer = { '@type': 'Organization', name: opts.organizer.name };
    if (opts.organizer.url) ld.organizer.url = opts.organizer.url;
  }
  if (opts.example) ld.additionalProperty = { ...EXAMPLE_MARKER_JSON_LD };
  return ld;
}

function placeJsonLd(place: NonNullable<EventJsonLdOptions['place']>): PlaceJsonLd {
  const out: PlaceJsonLd = { '@type': 'Place', name: place.name };
  if (place.streetAddress || place.postalCode || place.addressLocality) {
    out.address = { '@type': 'PostalAddress', addressCountry: 'FI' };
    if (place.streetAddress) out.address.streetAddress = place.streetAddress;
    if (place.postalCode) out.address.postalCode = place.postalCode;
    if (place.addressLocality) out.address.addressLocality = place.addressLocality;
  }
  if (place.url) out.url = place.url;
  return out;
}
