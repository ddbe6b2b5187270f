import type { Group, Region } from '@perhekeskus/core';
import { UsageError } from './errors.js';
import type { Messages } from './messages.js';

/**
 * The groups a command line names with `--group` (repeatable), each once and in the order given,
 * checked against the region: an unknown id is a usage error that lists the valid ids.
 *
 * @param ids - the `--group` values (undefined when none was given)
 * @param region - the region whose groups are meant
 * @param m - the messages of the chosen language
 * @param command - the command, for the pointer to its `--help`
 * @returns the chosen groups (empty when none was named)
 * @throws UsageError when an id is not a group of the region
 * @example
 * chosenGroups(['steering-group'], etelaSavo, messages.fi, 'ics').map((g) => g.id); // ['steering-group']
 */
export function chosenGroups(
  ids: readonly string[] | undefined,
  region: Pick<Region, 'groups'>,
  m: Messages,
  command: string,
): Group[] {
  const known = new Map(region.groups.map((g) => [g.id, g]));
  const chosen = [...new Set(ids ?? [])];
  const unknown = chosen.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new UsageError(
      m.unknownGroups(
        unknown,
        region.groups.map((g) => g.id),
      ),
      command,
    );
  }
  return chosen.map((id) => known.get(id) as Group);
}
