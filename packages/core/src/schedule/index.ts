export { GroupOccurrence, MoveReason, Occurrence, ZonedDateTime } from './occurrence.js';
