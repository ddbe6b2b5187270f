import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, MeetingMode, NonEmptyText } from '../model/common.js';
import { Instant } from '../time/instant.js';

/** Why a meeting was moved off its preferred day. */
export const MoveReason = z.enum(['weekend', 'holiday', 'day-off']);
export type MoveReason = z.infer<typeof MoveReason>;

/** One dated meeting (or evaluation task) produced by expanding a cadence. */
export const Occurrence = z.strictObject({
  start: Instant,
  end: Instant,
  /** How the meeting is held; the first of `modes` when the group chooses between several. */
  mode: MeetingMode,
  /** The modes the group chooses between for this meeting ("remote or hybrid"), when more than one. */
  modes: z.optional(z.array(MeetingMode).check(z.minLength(2))),
  /** The concrete window (first and last day) the occurrence was placed in, when the cadence has one. */
  window: z.optional(z.strictObject({ start: IsoDate, end: IsoDate })),
  title: z.optional(LocalizedText),
  topics: z.optional(z.array(LocalizedText)),
  /** The cadence variant for this occurrence (e.g. `meeting-place-peer-evaluation`). */
  variant: z.optional(NonEmptyText),
  /** Set when the preferred day was a weekend, holiday or day-off and the meeting moved. */
  moved: z.optional(z.strictObject({ from: IsoDate, reason: MoveReason })),
});
export type Occurrence = z.infer<typeof Occurrence>;

/** An occurrence tagged with the group it belongs to. */
export const GroupOccurrence = z.strictObject({
  ...Occurrence.shape,
  groupId: Id,
  groupName: LocalizedText,
});
export type GroupOccurrence = z.infer<typeof GroupOccurrence>;
