export { WebUrl } from '../model/webUrl.js';
export {
  CalendarAttendee,
  CalendarEvent,
  CalendarEventStatus,
  CalendarOrganizer,
  RecurrenceRule,
} from './calendarEvent.js';
export { localize } from './describeOccurrence.js';
export type { EventJsonLd, ExampleMarkerJsonLd, PlaceJsonLd, VirtualLocationJsonLd } from './eventJsonLd.js';
export { EventJsonLdOptions, EXAMPLE_MARKER_JSON_LD, eventJsonLd } from './eventJsonLd.js';
export { EntryEventOptions, entriesToEvents } from './entriesToEvents.js';
export { jsonLdScript } from './jsonLdScript.js';
export { MeetingEventOptions, meetingEvents } from './meetingEvents.js';
export { type MeetingParticipants, MeetingParticipantsQuery, meetingParticipants } from './meetingParticipants.js';
export {
  type MeetingPlaceJsonLd,
  MeetingPlaceJsonLdOptions,
  meetingPlaceJsonLd,
  type OpeningHoursJsonLd,
} from './meetingPlaceJsonLd.js';
export { OccurrenceEventOptions, occurrencesToEvents } from './occurrencesToEvents.js';
export { ICalendarOptions, toICalendar } from './toICalendar.js';
