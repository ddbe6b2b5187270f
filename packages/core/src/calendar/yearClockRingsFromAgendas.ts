import * as z from 'zod/mini';
import type { LocalizedText } from '../model/common.js';
import type { Group } from '../model/group.js';
import type { MeetingAgenda } from '../rules/meetingAgendas.js';
import { SCHEDULE_YEARS } from '../schedule/period.js';
import { parseInput } from '../validation/parseInput.js';
import { dateStamp, numberedIds } from './dateStamp.js';
import type { YearClockRing, YearClockRingEntry } from './yearClockRing.js';

const Year = z.int().check(z.gte(SCHEDULE_YEARS.from), z.lte(SCHEDULE_YEARS.to));

/** "Reports to …" before the receiving group's name, per language. */
const REPORTS_TO = { fi: 'Raportit: ', sv: 'Rapporter: ', en: 'Reports to: ' } as const;

/** "Reports to: <name>" in each language the name has (`se`, `smn` and `sms` names have no prefix). */
function reportsToLabel(name: LocalizedText): LocalizedText {
  const label: LocalizedText = {};
  for (const lang of ['fi', 'sv', 'en'] as const) {
    const text = name[lang];
    if (text !== undefined) label[lang] = `${REPORTS_TO[lang]}${text}`;
  }
  return label.fi === undefined && label.sv === undefined && label.en === undefined ? name : label;
}

/**
 * The reports a group receives (raportointivelvollisuus, reporting duty) as year-clock rings, read
 * off its agendas: one ring per receiving group, in the order of `agendas`, with a mark on the day of
 * each meeting that has a reporting duty or an evaluation result on its agenda. The wheel and the
 * agendas therefore agree by construction: {@link meetingAgendas} decides where a report goes
 * (after the reporting group's meeting it names, after the activity's window, or spread over the year).
 * Each mark is an arc over its month with its `date`, titled by the item, described by why it is on
 * that meeting, and with the reporting group's id as `groupId` when the item comes from a group.
 *
 * @param groups - the region's groups: the receiving groups' names
 * @param agendas - the receiving groups' agendas, as `meetingAgendas` returns them
 * @param year - the year drawn, 1922–2200: only marks on its days are drawn
 * @returns the rings, ids `reports-to-<group id>`, labelled `Raportit: <group name>` (sv, en alike)
 * @throws ValidationError naming `year` when it is outside 1922–2200
 * @example
 * const agendas = meetingAgendas(etelaSavo, { groupId: 'steering-group', from: '2026-01-01', to: '2026-12-31' });
 * const [ring] = yearClockRingsFromAgendas(etelaSavo.groups, agendas, 2026);
 * ring.id; // 'reports-to-steering-group'
 * ring.entries[0].date; // the day of the first meeting in 2026 that hears a report
 */
export function yearClockRingsFromAgendas(
  groups: readonly Pick<Group, 'id' | 'name'>[],
  agendas: readonly MeetingAgenda[],
  year: number,
): YearClockRing[] {
  const y = parseInput(Year, year, 'year');
  const marks = new Map<string, { date: string; entry: Omit<YearClockRingEntry, 'id'>; base: string }[]>();
  for (const agenda of agendas) {
    if (Number(agenda.date.slice(0, 4)) !== y) continue;
    const toGroupId = agenda.meeting.groupId;
    const list = marks.get(toGroupId) ?? [];
    for (const item of agenda.items) {
      if (item.kind !== 'reporting-duty' && item.kind !== 'evaluation-result') continue;
      const month = Number(agenda.date.slice(5, 7));
      const entry: Omit<YearClockRingEntry, 'id'> = {
        window: { from: month, to: month },
        title: item.title,
        description: item.reason,
        date: agenda.date,
      };
      if (item.source.groupId !== undefined) entry.groupId = item.source.groupId;
      list.push({
        date: agenda.date,
        entry,
        base: `${item.source.groupId ?? item.source.activityId ?? 'report'}-${dateStamp(agenda.date)}`,
      });
    }
    marks.set(toGroupId, list);
  }
  const names = new Map(groups.map((g) => [g.id, g.name]));
  return [...marks].flatMap(([toGroupId, list]): YearClockRing[] => {
    if (list.length === 0) return [];
    const ids = numberedIds(list.map((mark) => mark.base));
    return [
      {
        id: `reports-to-${toGroupId}`,
        label: reportsToLabel(names.get(toGroupId) ?? { fi: toGroupId }),
        entries: list.map(({ entry }, i) => ({ id: ids[i] as string, ...entry })),
      },
    ];
  });
}
