import * as z from 'zod/mini';
import { formatDate } from '../i18n/formatDate.js';
import { Id, IsoDate, type TrilingualText } from '../model/common.js';
import type { Group, ReportingDuty } from '../model/group.js';
import { Region } from '../model/region.js';
import { type EvaluationCalendarEntry, evaluationCalendar } from '../schedule/evaluationCalendar.js';
import type { GroupOccurrence } from '../schedule/occurrence.js';
import { SCHEDULE_YEARS } from '../schedule/period.js';
import { scheduleFor } from '../schedule/scheduleFor.js';
import { helsinkiIsoDate } from '../time/helsinki.js';
import { toEpochMs } from '../time/isoFormat.js';
import { modelRule } from '../validation/modelRule.js';
import { parseInput } from '../validation/parseInput.js';
import { agendaText } from './agendaTexts.js';
import { groupById } from './groupParticipant.js';

/** What {@link meetingAgendas} is asked: a group and a period of days, `from` and `to` inclusive. */
export const MeetingAgendaQuery = z
  .strictObject({ groupId: Id, from: IsoDate, to: IsoDate })
  .check(z.refine((q) => q.from <= q.to, modelRule('to-before-from', 'to is before from', ['to'])));
export type MeetingAgendaQuery = z.infer<typeof MeetingAgendaQuery>;

/**
 * Why an item is on an agenda: a start-of-period task (001 §8), another group's reporting duty
 * (`reportsTo`), or the result of an evaluation activity that reports to the group (`reportsToGroupId`).
 */
export type MeetingAgendaItemKind = 'start-of-period-task' | 'reporting-duty' | 'evaluation-result';

/** One item of a meeting's agenda, with where it comes from in the data and why it is on this meeting. */
export interface MeetingAgendaItem {
  /** Stable across runs: built from the data's ids and the year (`report-lp-development-network-0-2026-1`). */
  readonly id: string;
  readonly kind: MeetingAgendaItemKind;
  readonly title: TrilingualText;
  /** Why the item is on this meeting, in each interface language. */
  readonly reason: TrilingualText;
  /** The rows the item comes from. */
  readonly source: {
    readonly groupId?: string;
    readonly dutyIndex?: number;
    readonly activityId?: string;
    readonly agreementId?: string;
    readonly taskId?: string;
    /** The year the report or evaluation belongs to. */
    readonly year?: number;
  };
}

/** A dated meeting of the group and the items due at it (possibly none). */
export interface MeetingAgenda {
  readonly meeting: GroupOccurrence;
  /** The meeting's Helsinki date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly items: readonly MeetingAgendaItem[];
}

interface Dated {
  readonly occurrence: GroupOccurrence;
  readonly date: string;
  readonly startMs: number;
  readonly endMs: number;
}

const dated = (occurrence: GroupOccurrence): Dated => {
  const startMs = toEpochMs(occurrence.start) ?? 0;
  return { occurrence, date: helsinkiIsoDate(startMs), startMs, endMs: toEpochMs(occurrence.end) ?? 0 };
};

/**
 * Picks `count` of `n` positions spread evenly: the middle of each of `count` equal parts (all `n`
 * when `count` is larger), so a duty without timing lands on the same meetings every time.
 *
 * @param count - how many positions
 * @param n - how many there are
 * @returns the positions, ascending
 * @example
 * spreadPositions(1, 11); // [5]
 * spreadPositions(3, 11); // [1, 5, 9]
 */
export function spreadPositions(count: number, n: number): number[] {
  const k = Math.min(count, n);
  return Array.from({ length: k }, (_, i) => Math.floor(((2 * i + 1) * n) / (2 * k)));
}

/**
 * The dated meetings of a group and what is due at each (agendas): scheduled by `scheduleFor` over the
 * whole region, so the dates are those every other view shows. Items, in this order on a meeting:
 *
 * 1. **Start-of-period tasks** (the group's `startOfPeriodTasks`, 001 §8: choose the chair and
 *    vice-chair, review the members) on the group's first meeting on or after the start of each of the
 *    region's agreement periods (and not after its end).
 * 2. **Reporting duties** of every group whose `reportsTo` names this group, `timesPerYear` (1 when
 *    absent) a calendar year: one at the first meeting after the meeting that `after` names (the
 *    reporting group's, or `after.groupId`'s, last in `after.month`), else — when the duty names its
 *    evaluation activity (`activityId`) — one at the first meeting after the day the activity's window
 *    ends; the rest spread evenly over the year's other meetings (the middle of equal parts). When the
 *    named meeting or activity is missing that year, that report is spread too.
 * 3. **Evaluation results**: each task of an evaluation activity whose `reportsToGroupId` is this
 *    group (and that no duty names) at the group's first meeting after the day its window ends, "as
 *    the results come in".
 *
 * Reports and results of the year before `from` are placed too, so January's meeting carries what
 * December finished. Deterministic: the same region and query give the same agendas.
 *
 * @param region - the region; validated as `Region`
 * @param query - `groupId`, and `from`/`to` (`YYYY-MM-DD`, inclusive) bounding the meetings listed
 * @returns one agenda per meeting of the group in the period, in date order
 * @throws ValidationError when the region or query is invalid, no group has the id (`query.groupId`),
 *   or a cadence cannot be scheduled
 * @example
 * const [march] = meetingAgendas(etelaSavo, { groupId: 'steering-group', from: '2026-03-01', to: '2026-03-31' });
 * march.date; // '2026-03-10'
 * march.items.map((i) => i.source.activityId); // ['annual-report', 'action-plan-review']
 */
export function meetingAgendas(region: Region, query: MeetingAgendaQuery): MeetingAgenda[] {
  const r = parseInput(Region, region, 'region');
  const q = parseInput(MeetingAgendaQuery, query, 'query');
  const group = groupById(r, q.groupId);
  return agendasOf(r, [group.id], q.from, q.to).get(group.id) ?? [];
}

/**
 * {@link meetingAgendas} of several groups of a validated region at once, sharing one schedule.
 *
 * @param r - the validated region
 * @param groupIds - ids of its groups
 * @param from - first day, `YYYY-MM-DD`
 * @param to - last day, `YYYY-MM-DD`
 * @returns each group's agendas by its id
 */
export function agendasOf(
  r: Region,
  groupIds: readonly string[],
  from: string,
  to: string,
): Map<string, MeetingAgenda[]> {
  const firstYear = Math.max(SCHEDULE_YEARS.from, Number(from.slice(0, 4)) - 1);
  const lastYear = Number(to.slice(0, 4));
  // A year more at the end: a report of the last year may be due at the next year's first meeting.
  const period = { from: `${firstYear}-01-01`, to: `${Math.min(SCHEDULE_YEARS.to, lastYear + 1)}-12-31` };
  const all = scheduleFor(r, period).map(dated);
  const entries = evaluationCalendar(r, period);
  const meetingsOf = (groupId: string) => all.filter((m) => m.occurrence.groupId === groupId);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const result = new Map<string, MeetingAgenda[]>();
  for (const groupId of groupIds) {
    const group = r.groups.find((g) => g.id === groupId);
    if (group !== undefined) result.set(groupId, agendasOfGroup(group));
  }
  return result;

  function agendasOfGroup(group: Group): MeetingAgenda[] {
    const meetings = meetingsOf(group.id);
    const items = new Map<Dated, MeetingAgendaItem[]>(meetings.map((m) => [m, []]));
    const add = (meeting: Dated | undefined, item: MeetingAgendaItem) => {
      if (meeting !== undefined) items.get(meeting)!.push(item);
    };
    const firstOnOrAfter = (date: string) => meetings.find((m) => m.date >= date);
    const firstAfterDay = (date: string) => meetings.find((m) => m.date > date);
    const firstAfterMs = (ms: number) => meetings.find((m) => m.startMs >= ms);

    // 1. Start-of-period tasks.
    const tasks = group.startOfPeriodTasks ?? [];
    if (tasks.length > 0) {
      for (const agreement of [...r.agreements].sort((a, b) => (a.period.start < b.period.start ? -1 : 1))) {
        const first = firstOnOrAfter(agreement.period.start);
        if (first === undefined || (agreement.period.end !== undefined && first.date > agreement.period.end)) continue;
        for (const task of tasks) {
          add(first, {
            id: `start-${agreement.id}-${task.id}`,
            kind: 'start-of-period-task',
            title: agendaText((_, show) => show(task.title)),
            reason: agendaText((t, show, l) =>
              t.startOfPeriod(
                show(agreement.title),
                formatDate(agreement.period.start, l),
                agreement.period.end === undefined ? undefined : formatDate(agreement.period.end, l),
              ),
            ),
            source: { agreementId: agreement.id, taskId: task.id },
          });
        }
      }
    }

    // 2. Reporting duties; 3. evaluation results. Entries of every year asked, and the year before.
    const linked = new Set<string>();
    for (const reporter of r.groups) {
      reporter.reportsTo?.forEach((duty, dutyIndex) => {
        if (duty.toGroupId !== group.id) return;
        if (duty.activityId !== undefined) linked.add(duty.activityId);
        for (const year of years) {
          placeDuty(reporter, duty, dutyIndex, year, entries).forEach(([meeting, item]) => {
            add(meeting, item);
          });
        }
      });
    }

    function placeDuty(
      reporter: Group,
      duty: ReportingDuty,
      dutyIndex: number,
      year: number,
      calendar: readonly EvaluationCalendarEntry[],
    ): [Dated | undefined, MeetingAgendaItem][] {
      const times = duty.timesPerYear ?? 1;
      const activity = r.evaluationActivities.find((a) => a.id === duty.activityId);
      const title = agendaText(
        (t, show) =>
          `${show(reporter.name)}: ${duty.what === undefined ? (activity === undefined ? t.report : show(activity.name)) : show(duty.what)}`,
      );
      const base = { groupId: reporter.id, dutyIndex, year, ...(activity ? { activityId: activity.id } : {}) };
      const itemId = (n: number) => `report-${reporter.id}-${dutyIndex}-${year}-${n}`;
      const placed: [Dated | undefined, MeetingAgendaItem][] = [];
      let timed: Dated | undefined;
      if (duty.after !== undefined) {
        const afterGroup = r.groups.find((g) => g.id === (duty.after?.groupId ?? reporter.id));
        const month = String(duty.after.month).padStart(2, '0');
        const trigger = meetingsOf(afterGroup?.id ?? reporter.id)
          .filter((m) => m.date.startsWith(`${year}-${month}`))
          .at(-1);
        timed = trigger === undefined ? undefined : firstAfterMs(trigger.endMs);
        if (trigger !== undefined && afterGroup !== undefined)
          placed.push([
            timed,
            {
              id: itemId(0),
              kind: 'reporting-duty',
              title,
              reason: agendaText((t, show, l) =>
                t.reportAfter(show(afterGroup.name), formatDate(trigger.date, l), show(reporter.name)),
              ),
              source: base,
            },
          ]);
      } else if (activity !== undefined) {
        const entry = calendar.find((e) => e.activityId === activity.id && e.year === year);
        timed = entry === undefined ? undefined : firstAfterDay(entry.window.end);
        if (entry !== undefined)
          placed.push([
            timed,
            {
              id: itemId(0),
              kind: 'reporting-duty',
              title,
              reason: agendaText((t, show, l) => t.reportActivity(show(entry.name), formatDate(entry.window.end, l))),
              source: base,
            },
          ]);
      }
      const rest = times - placed.length;
      const pool = meetings.filter((m) => m.date.startsWith(`${year}-`) && m !== timed);
      spreadPositions(rest, pool.length).forEach((position, i, all) => {
        placed.push([
          pool[position],
          {
            id: itemId(i + 1),
            kind: 'reporting-duty',
            title,
            reason: agendaText((t, show) => t.reportSpread(show(reporter.name), times, year, i + 1, all.length)),
            source: base,
          },
        ]);
      });
      return placed;
    }

    for (const activity of r.evaluationActivities) {
      if (activity.reportsToGroupId !== group.id || linked.has(activity.id)) continue;
      for (const entry of entries) {
        if (entry.activityId !== activity.id) continue;
        add(firstAfterDay(entry.window.end), {
          id: `evaluation-${activity.id}-${entry.year}`,
          kind: 'evaluation-result',
          title: agendaText((_, show) => show(entry.name)),
          reason: agendaText((t, show, l) =>
            t.evaluationResult(show(entry.name), entry.year, formatDate(entry.window.end, l)),
          ),
          source: { activityId: activity.id, year: entry.year },
        });
      }
    }

    return meetings
      .filter((m) => from <= m.date && m.date <= to)
      .map((m) => ({ meeting: m.occurrence, date: m.date, items: items.get(m)! }));
  }
}
