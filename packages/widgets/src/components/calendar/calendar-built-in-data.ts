// The built-in Etelä-Savo sources of `<pk-calendar>` and the core code that turns them into entries:
// imported dynamically, and only when `groups`, `place` or `evaluation` asks for them, so pages with
// their own events load neither the data nor the schedulers. Named imports let bundlers drop the rest
// of the region (agreements, people, municipalities…).
import {
  type CalendarEntry,
  entriesFromEvaluationCalendar,
  entriesFromOccurrences,
  entriesFromPlace,
  evaluationCalendar,
  scheduleFor,
} from '@perhekeskus/core';
import { etelaSavoEvaluationActivities, etelaSavoGroups, etelaSavoMeetingPlaces } from '@perhekeskus/core/etela-savo';

/** What the calendar's attributes ask of the built-in data, for the days `from`–`to` (`YYYY-MM-DD`). */
export interface BuiltInQuery {
  groups: readonly string[];
  place: string | undefined;
  evaluation: boolean;
  from: string;
  to: string;
}

/** The entries, and the ids the data does not know (reported to the page, the rest still shown). */
export interface BuiltInEntries {
  entries: CalendarEntry[];
  unknownGroups: string[];
  unknownPlace: string | undefined;
}

/** Core throws for years it cannot schedule (before 1922); such a month simply has no built-in events. */
function safely(compute: () => CalendarEntry[]): CalendarEntry[] {
  try {
    return compute();
  } catch {
    return [];
  }
}

/**
 * The built-in groups' meetings (`scheduleFor`), a meeting place's activities (`entriesFromPlace`) and
 * the evaluation calendar (`evaluationCalendar`) as calendar entries.
 *
 * @param query - the groups, place and evaluation flag, and the days
 * @returns the entries and the unknown ids
 * @example
 * builtInEntries({ groups: ['steering-group'], place: undefined, evaluation: false, from: '2026-03-01', to: '2026-03-31' })
 *   .entries[0].id; // 'steering-group-20260310'
 */
export function builtInEntries(query: BuiltInQuery): BuiltInEntries {
  const { from, to } = query;
  const entries: CalendarEntry[] = [];
  const known = new Set(etelaSavoGroups.map((g) => g.id));
  const unknownGroups = query.groups.filter((id) => !known.has(id));
  const wanted = query.groups.filter((id) => known.has(id));
  if (wanted.length > 0) {
    // scheduleFor reads only a region's `groups`, so the rest of the region need not be loaded.
    const schedule = () => scheduleFor({ groups: etelaSavoGroups }, { from, to, groups: wanted });
    entries.push(...safely(() => entriesFromOccurrences(schedule())));
  }
  let unknownPlace: string | undefined;
  if (query.place) {
    const place = etelaSavoMeetingPlaces.find((p) => p.id === query.place);
    if (place) entries.push(...safely(() => entriesFromPlace(place, { from, to })));
    else unknownPlace = query.place;
  }
  if (query.evaluation) {
    const tasks = () => evaluationCalendar({ evaluationActivities: etelaSavoEvaluationActivities }, { from, to });
    entries.push(...safely(() => entriesFromEvaluationCalendar(tasks())));
  }
  return { entries, unknownGroups, unknownPlace };
}
