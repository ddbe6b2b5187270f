import * as z from 'zod/mini';
import { Id, LocalizedText } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { YearClock } from '../model/year-clock.js';
import type { YearClockRing } from './yearClockRing.js';

/** Options of {@link yearClockRingsFromYearClock}: the groups whose names label their rings (e.g. a region's `groups`). */
export const YearClockRingOptions = z.strictObject({
  groups: z.optional(z.array(z.looseObject({ id: Id, name: LocalizedText }))),
});
export type YearClockRingOptions = z.infer<typeof YearClockRingOptions>;

/**
 * The rings of a year clock of the model (such as the relationship-support and separation-help year
 * clock of the action plan, 002): the entries that name no group in one ring, with the year clock's
 * id and name, then one ring per group the entries name, in order of first appearance, with the
 * group's id and, when `options.groups` has it, its name (else the year clock's name).
 *
 * @param yearClock - the year clock
 * @param options - `groups`: objects with `id` and `name` (a region's `groups` will do)
 * @returns the rings for {@link yearClockLayout}
 * @throws ValidationError naming `yearClock` or `options` when invalid
 * @example
 * yearClockRingsFromYearClock(relationshipSupportYearClock, { groups: region.groups })
 *   .map((ring) => [ring.id, ring.entries.length]);
 * // [['relationship-support-year-clock', 4], ['relationship-support-network', 2]]
 */
export function yearClockRingsFromYearClock(yearClock: YearClock, options: YearClockRingOptions = {}): YearClockRing[] {
  const clock = parseInput(YearClock, yearClock, 'yearClock');
  const { groups = [] } = parseInput(YearClockRingOptions, options, 'options');
  const rings = new Map<string, YearClockRing>();
  const own: YearClockRing = { id: clock.id, label: clock.name, entries: [] };
  for (const entry of clock.entries) {
    let ring = own;
    if (entry.groupId !== undefined) {
      ring = rings.get(entry.groupId) ?? {
        id: entry.groupId,
        label: groups.find((g) => g.id === entry.groupId)?.name ?? clock.name,
        entries: [],
      };
      rings.set(entry.groupId, ring);
    }
    ring.entries.push(entry);
  }
  return [...(own.entries.length > 0 ? [own] : []), ...rings.values()];
}
