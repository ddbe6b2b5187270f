import * as z from 'zod/mini';
import { Group } from '../model/group.js';
import { parseInput } from '../validation/parseInput.js';
import { yearClockEntries } from '../schedule/yearClockEntries.js';
import type { YearClockRing } from './yearClockRing.js';

/**
 * One year-clock ring per group that meets in month windows (a `windows` cadence), in the given
 * order, with the group's id and name and the arcs of `yearClockEntries`; groups with another
 * cadence or none have no ring.
 *
 * @param groups - the groups (a region's `groups` will do)
 * @returns the rings for {@link yearClockLayout}
 * @throws ValidationError naming the field when a group is invalid
 * @example
 * yearClockRingsFromGroups(region.groups).map((ring) => ring.id);
 * // ['relationship-support-network', 'relationship-support-mikkeli', …]: only the groups that meet in windows
 */
export function yearClockRingsFromGroups(groups: readonly Group[]): YearClockRing[] {
  const list = parseInput(z.array(Group), groups, 'groups');
  return list.flatMap((group) => {
    const entries = yearClockEntries(group);
    return entries.length > 0 ? [{ id: group.id, label: group.name, entries }] : [];
  });
}
