import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, MeetingModes, MonthWindow } from '../model/common.js';
import { modelRule } from '../validation/modelRule.js';

/**
 * One arc of a year clock (vuosikello, year clock): a month window with a title, and what is done
 * then. A `YearClockEntry` of the model is one.
 */
export const YearClockRingEntry = z.strictObject({
  id: Id,
  /** Inclusive months; `from` > `to` wraps over the new year (November–February). */
  window: MonthWindow,
  title: LocalizedText,
  topics: z.optional(z.array(LocalizedText)),
  description: z.optional(LocalizedText),
  mode: z.optional(MeetingModes),
  groupId: z.optional(Id),
  /** The day (`YYYY-MM-DD`, Helsinki) of an entry that is one dated meeting or mark; a wheel may show it as the arc's label. */
  date: z.optional(IsoDate),
});
export type YearClockRingEntry = z.infer<typeof YearClockRingEntry>;

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

/** A ring of a year clock: entries that belong together (one group, one kind of work), with a label. */
export const YearClockRing = z
  .strictObject({
    id: Id,
    label: LocalizedText,
    entries: z.array(YearClockRingEntry),
  })
  .check(
    z.refine(
      (ring) => uniqueIds(ring.entries),
      modelRule('ring-entries-share-id', 'Two entries of the ring share an id', ['entries']),
    ),
  );
export type YearClockRing = z.infer<typeof YearClockRing>;

/** The rings of one year clock, outermost first; ring ids are unique. */
export const YearClockRings = z
  .array(YearClockRing)
  .check(z.refine(uniqueIds, modelRule('rings-share-id', 'Two rings share an id')));
export type YearClockRings = z.infer<typeof YearClockRings>;
