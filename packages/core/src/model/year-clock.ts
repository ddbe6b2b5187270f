import * as z from 'zod/mini';
import { Id, LocalizedText, MeetingModes, MonthWindow, SourceRef } from './common.js';

/** One entry of a year clock: a month window, a title and the topics handled then. */
export const YearClockEntry = z.strictObject({
  id: Id,
  window: MonthWindow,
  title: LocalizedText,
  topics: z.array(LocalizedText),
  mode: z.optional(MeetingModes),
  /** The group whose meeting this is, if any. */
  groupId: z.optional(Id),
});
export type YearClockEntry = z.infer<typeof YearClockEntry>;

/** vuosikello → `YearClock`: the annual cycle a network plans with. */
export const YearClock = z.strictObject({
  id: Id,
  name: LocalizedText,
  entries: z.array(YearClockEntry),
  source: SourceRef,
});
export type YearClock = z.infer<typeof YearClock>;
