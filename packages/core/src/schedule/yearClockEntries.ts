import { Group } from '../model/group.js';
import { parseInput } from '../validation/parseInput.js';
import type { YearClockEntry } from '../model/year-clock.js';

/**
 * Year-clock arcs (vuosikello, year clock) derived from a group's `windows` cadence: one entry per
 * window, ordered by the month it starts in, titled by the window's title or else the group's name,
 * with its topics and mode, and ids `<group id>-1`, `<group id>-2`, … in that order. Other cadences
 * have no arcs and give `[]`.
 *
 * @param group - the group whose cadence is read
 * @returns the entries, ready to combine into a `YearClock`
 * @throws ValidationError naming the field when the group is invalid
 * @example
 * yearClockEntries(regionalMeetings).map((e) => [e.window, e.mode]);
 * // [[{ from: 3, to: 4 }, 'in-person'], [{ from: 10, to: 10 }, 'remote']]
 */
export function yearClockEntries(group: Group): YearClockEntry[] {
  const g = parseInput(Group, group, 'group');
  if (g.cadence?.kind !== 'windows') return [];
  return [...g.cadence.windows]
    .sort((a, b) => a.window.from - b.window.from)
    .map((w, i) => ({
      id: `${g.id}-${i + 1}`,
      window: w.window,
      title: w.title ?? g.name,
      topics: w.topics ?? [],
      mode: w.mode,
      groupId: g.id,
    }));
}
