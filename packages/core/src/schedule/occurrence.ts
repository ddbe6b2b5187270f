import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, MeetingMode, NonEmptyText } from '../model/common.js';
import { Instant } from '../time/instant.js';

/**
 * Why a meeting was moved off its preferred day: a weekend, a public holiday, a customary day off, or
 * a `conflict` (someone who convenes, leads or takes minutes at it was already busy that day, or
 * had two meetings that ISO week; see `scheduleFor`).
 */
export const MoveReason = z.enum(['weekend', 'holiday', 'day-off', 'conflict']);
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
  /** Set when the meeting moved off its preferred day (`from`): a weekend, holiday, day-off or conflict. */
  moved: z.optional(
    z.strictObject({
      from: IsoDate,
      reason: MoveReason,
      /** For a `conflict`: the groups whose meetings kept it off its day (or week), sorted. */
      conflictWith: z.optional(z.array(Id).check(z.minLength(1))),
    }),
  ),
});
export type Occurrence = z.infer<typeof Occurrence>;

/**
 * Who holds a rotating duty at one meeting (`Group.rotation`): `turn` is the group or person of the
 * rotation's `among` whose turn it is, and `holders` the people (person ids) or posts (holder keys,
 * see `meetingHolders`) who do it. Both are absent/empty when the data says the duty rotates but
 * not among whom ("vaihtuva sihteeri").
 */
export const RotationTurn = z.strictObject({
  turn: z.optional(Id),
  holders: z.array(NonEmptyText),
});
export type RotationTurn = z.infer<typeof RotationTurn>;

/** An occurrence tagged with the group it belongs to. */
export const GroupOccurrence = z.strictObject({
  ...Occurrence.shape,
  groupId: Id,
  groupName: LocalizedText,
  /** Who leads this meeting, for a group whose lead rotates (from the rotation's first year on). */
  lead: z.optional(RotationTurn),
  /** Who takes the minutes at this meeting, for a group whose secretary rotates. */
  secretary: z.optional(RotationTurn),
  /**
   * Set when the meeting could not be placed without a clash: it stays on its day although these
   * holders (person ids or post keys) already have a meeting that day or two that ISO week.
   */
  clash: z.optional(z.strictObject({ holders: z.array(NonEmptyText).check(z.minLength(1)) })),
});
export type GroupOccurrence = z.infer<typeof GroupOccurrence>;
