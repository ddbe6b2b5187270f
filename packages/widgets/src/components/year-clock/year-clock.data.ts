// The built-in sources of <pk-year-clock>, imported dynamically by the component so that a page that
// gives its own `rings` or `src` never loads the Etelä-Savo data or core's converters (and the group
// and year-clock schemas they validate with). Named imports let bundlers drop the rest of the region.
import {
  type LocalizedText,
  type YearClockRing,
  yearClockRingsFromEvaluation,
  yearClockRingsFromGroups,
  yearClockRingsFromYearClock,
} from '@perhekeskus/core';
import {
  etelaSavoEvaluationActivities,
  etelaSavoGroups,
  relationshipSupportYearClock,
} from '@perhekeskus/core/etela-savo';

/**
 * The relationship-support and separation-help year clock of the action plan (002): the four
 * development-group windows in one ring, the network's two regional meetings in another.
 */
export function relationshipSupportRings(): { title: LocalizedText; rings: YearClockRing[] } {
  return {
    title: relationshipSupportYearClock.name,
    rings: yearClockRingsFromYearClock(relationshipSupportYearClock, { groups: etelaSavoGroups }),
  };
}

/** The evaluation calendar of `year` (002) as one ring; none when the year has no tasks. */
export function evaluationRings(year: number): YearClockRing[] {
  return yearClockRingsFromEvaluation(etelaSavoEvaluationActivities, year);
}

/**
 * One ring per named group that meets in month windows, in the order given; `missing` lists the ids
 * the built-in data does not have.
 */
export function groupRings(ids: readonly string[]): { rings: YearClockRing[]; missing: string[] } {
  const groups = ids.flatMap((id) => etelaSavoGroups.filter((group) => group.id === id));
  return {
    rings: yearClockRingsFromGroups(groups),
    missing: ids.filter((id) => !etelaSavoGroups.some((group) => group.id === id)),
  };
}
