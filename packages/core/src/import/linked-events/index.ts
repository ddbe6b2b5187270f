/**
 * Importing events from the Linked Events API (Helsinki, Turku, Tampere and others) as calendar
 * entries, with every field that does not map reported. No side effects on import.
 */
export { importLinkedEvents, LinkedEventsImportOptions } from './importLinkedEvents.js';
export {
  IGNORED_LINKED_EVENT_FIELDS,
  PERSONAL_LINKED_EVENT_FIELDS,
  UNMAPPED_LINKED_EVENT_FIELDS,
} from './linkedEventFields.js';
export { linkedEventEntryId } from './linkedEventId.js';
export { type LinkedEventIssueCode, linkedEventIssueCodes } from '../../validation/importIssueCodes.js';
export {
  LinkedEvent,
  LinkedEventKeyword,
  LinkedEventLanguage,
  LinkedEventOffer,
  LinkedEventPage,
  LinkedEventPlace,
  LinkedEventReference,
  LinkedEventsInput,
  LinkedEventText,
} from './linkedEventSchemas.js';
export { htmlToText } from './linkedEventText.js';
