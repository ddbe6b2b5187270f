import * as z from 'zod/mini';
import { EXPORT_LABELS } from '../describe/exportLabels.js';
import { parseOccurrence } from '../schedule/validOccurrence.js';
import type { LocalizedText } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { GroupOccurrence } from '../schedule/occurrence.js';
import { helsinkiDateTime, helsinkiIsoDate } from '../time/helsinki.js';
import { toEpochMs } from '../time/isoFormat.js';
import type { CalendarEntry } from './calendarEntry.js';
import { dateStamp, numberedIds } from './dateStamp.js';

/** `Siirretty päivästä 1.5.2026 (pyhäpäivä)` in each language; Finnish and Swedish write dates as 1.5.2026. */
function movedText(moved: NonNullable<GroupOccurrence['moved']>): LocalizedText {
  const [year, month, day] = moved.from.split('-').map(Number);
  const finnishDate = `${day}.${month}.${year}`;
  const text = (locale: 'fi' | 'sv' | 'en', date: string) =>
    `${EXPORT_LABELS[locale].movedFrom} ${date} (${EXPORT_LABELS[locale].moveReason[moved.reason]})`;
  return { fi: text('fi', finnishDate), sv: text('sv', finnishDate), en: text('en', moved.from) };
}

/**
 * Calendar entries for group meetings scheduled by `scheduleFor`: titled by the occurrence's title
 * or else the group's name, with mode, group, topics and, for a meeting moved off a weekend or
 * holiday, a description saying from where and why, in Finnish, Swedish and English (the entry
 * carries every language, so a widget switches language without recomputing). Ids are those of
 * `occurrencesToEvents` UIDs without the domain: the group and the day the meeting was planned for,
 * `steering-group-20260310`, with `-2`, `-3` for further meetings of the group that day in start
 * order, so they stay the same across loads. Times are written with their Helsinki offset.
 *
 * @param groupOccurrences - occurrences tagged with their group, as `scheduleFor` returns them
 * @returns one entry per occurrence, in input order, `kind: 'meeting'`
 * @throws ValidationError naming the field when an occurrence is invalid or has no group
 * @example
 * entriesFromOccurrences([{ start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote',
 *   groupId: 'steering-group', groupName: { fi: 'Ohjausryhmä', sv: 'Styrgruppen', en: 'Steering group' } }]);
 * // [{ id: 'steering-group-20260310', title: { fi: 'Ohjausryhmä', … }, start: '2026-03-10T09:00:00+02:00',
 * //    end: '2026-03-10T11:00:00+02:00', mode: 'remote', groupId: 'steering-group', groupName: { … }, kind: 'meeting' }]
 */
export function entriesFromOccurrences(groupOccurrences: readonly GroupOccurrence[]): CalendarEntry[] {
  const list = parseInput(z.array(GroupOccurrence), groupOccurrences, 'groupOccurrences');
  // The shape first (it names a missing groupId), then real instants in order.
  for (const [i, o] of list.entries()) parseOccurrence(o, `groupOccurrences[${i}]`);
  const starts = list.map((o) => toEpochMs(o.start) ?? 0);
  const bases = list.map((o, i) => `${o.groupId}-${dateStamp(o.moved?.from ?? helsinkiIsoDate(starts[i]!))}`);
  const order = list.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]! || a - b);
  const numbered = numberedIds(order.map((i) => bases[i]!));
  const ids: string[] = [];
  order.forEach((i, k) => {
    ids[i] = numbered[k]!;
  });
  return list.map((o, i) => {
    const entry: CalendarEntry = {
      id: ids[i]!,
      title: o.title ?? o.groupName,
      start: helsinkiDateTime(starts[i]!),
      end: helsinkiDateTime(toEpochMs(o.end) ?? 0),
      mode: o.modes ?? o.mode,
      groupId: o.groupId,
      groupName: o.groupName,
      kind: 'meeting',
    };
    if (o.topics?.length) entry.topics = o.topics;
    if (o.moved) entry.description = movedText(o.moved);
    return entry;
  });
}
