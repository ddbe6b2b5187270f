import { yearClockRingsFromYearClock } from '../calendar/yearClockRingsFromYearClock.js';
import type { Group } from '../model/group.js';
import type { YearClock } from '../model/year-clock.js';
import { publishedFileSchema } from './publishedFileSchema.js';
import type { PublishedYearClock } from './publishedSchemas.js';

/**
 * The content of `year-clocks/<id>.json`: a year clock (vuosikello) as the rings `<pk-year-clock>`
 * draws (`yearClockRingsFromYearClock`: the entries of no group in the clock's own ring, then a ring
 * per group, labelled with the group's name), with the clock's id and name. No `source`.
 *
 * @param yearClock - the year clock
 * @param groups - the region's groups, whose names label their rings
 * @returns the file's content
 * @example
 * yearClockFile(relationshipSupportYearClock, etelaSavo.groups).rings.map((r) => r.id);
 * // ['relationship-support-year-clock', 'relationship-support-network']
 */
export function yearClockFile(yearClock: YearClock, groups: readonly Pick<Group, 'id' | 'name'>[]): PublishedYearClock {
  return {
    $schema: publishedFileSchema('year-clock').url,
    id: yearClock.id,
    name: yearClock.name,
    rings: yearClockRingsFromYearClock(yearClock, { groups: [...groups] }),
  };
}
