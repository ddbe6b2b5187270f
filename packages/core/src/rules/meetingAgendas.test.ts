import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../data/etela-savo/region.js';
import { formatDate } from '../i18n/formatDate.js';
import type { Group } from '../model/group.js';
import type { Region } from '../model/region.js';
import { evaluationCalendar } from '../schedule/evaluationCalendar.js';
import { scheduleFor } from '../schedule/scheduleFor.js';
import { ValidationError } from '../validation/parseInput.js';
import { meetingAgendas, spreadPositions } from './meetingAgendas.js';

const steeringDates = (from: string, to: string) =>
  scheduleFor(etelaSavo, { from, to })
    .filter((m) => m.groupId === 'steering-group')
    .map((m) => m.start.slice(0, 10));

const agendas2026 = () =>
  meetingAgendas(etelaSavo, { groupId: 'steering-group', from: '2026-01-01', to: '2026-12-31' });

const SOURCE = { document: 'fixture.txt' };

/** A region of two groups: a monthly board and a network that reports to it. */
function twoGroups(duty: NonNullable<Group['reportsTo']>[number]): Region {
  const base = structuredClone(etelaSavo) as Region;
  const board: Group = {
    id: 'board',
    name: { fi: 'Hallitus', sv: 'Styrelsen', en: 'Board' },
    kind: 'steering-group',
    level: 'county',
    convener: 'chair',
    members: [],
    cadence: { kind: 'monthly', mode: 'remote', skipMonths: [7], weekOfMonth: 1, weekday: 2, time: '10:00' },
    source: SOURCE,
  };
  const network: Group = {
    id: 'network',
    name: { fi: 'Verkosto', sv: 'Nätverket', en: 'Network' },
    kind: 'network',
    level: 'county',
    convener: 'coordinator',
    members: [],
    reportsTo: [duty],
    cadence: { kind: 'times-per-year', times: 4, mode: 'remote', weekday: 3 },
    source: SOURCE,
  };
  return { ...base, groups: [board, network], yearClocks: [], evaluationActivities: [] };
}

describe('meetingAgendas', () => {
  it("gives every meeting scheduleFor lists, the issue's 10 March 2026 among them", () => {
    const agendas = agendas2026();
    expect(agendas.map((a) => a.date)).toEqual(steeringDates('2026-01-01', '2026-12-31'));
    expect(agendas.map((a) => a.date)).toContain('2026-03-10');
  });

  it('puts the start-of-period tasks on the first meeting of the 2026–2029 period (001 §8)', () => {
    const [first, ...rest] = agendas2026();
    expect(first!.date).toBe(steeringDates('2026-01-01', '2026-12-31')[0]);
    expect(first!.items.filter((i) => i.kind === 'start-of-period-task').map((i) => i.source)).toEqual([
      { agreementId: 'etela-savo-2026-2029', taskId: 'choose-chair-and-vice-chair' },
      { agreementId: 'etela-savo-2026-2029', taskId: 'review-members-tasks-goals' },
    ]);
    expect(rest.flatMap((a) => a.items).some((i) => i.kind === 'start-of-period-task')).toBe(false);
  });

  it('brings each evaluation result to the first meeting after its window ends', () => {
    const agendas = agendas2026();
    const entries = evaluationCalendar(etelaSavo, { from: '2026-01-01', to: '2026-12-31' }).filter(
      (e) => e.reportsToGroupId === 'steering-group' && e.year === 2026,
    );
    const results = agendas.flatMap((a) =>
      a.items.filter((i) => i.kind === 'evaluation-result').map((i) => [i.source.activityId, a.date]),
    );
    for (const entry of entries.filter((e) => !e.activityId.endsWith('status-report'))) {
      const due = agendas.find((a) => a.date > entry.window.end)?.date;
      expect(results).toContainEqual([entry.activityId, due]);
    }
    // The annual report and the action-plan review (January–February) come to the March meeting.
    expect(agendas.find((a) => a.date === '2026-03-10')!.items.map((i) => i.source.activityId)).toEqual([
      'annual-report',
      'action-plan-review',
    ]);
  });

  it("puts the relationship-support highlights on the first meeting after October's regional meeting (002)", () => {
    const regional = scheduleFor(etelaSavo, {
      from: '2026-10-01',
      to: '2026-10-31',
      groups: ['relationship-support-network'],
    });
    expect(regional).toHaveLength(1);
    const highlights = agendas2026().filter((a) =>
      a.items.some((i) => i.kind === 'reporting-duty' && i.source.groupId === 'relationship-support-network'),
    );
    expect(highlights.map((a) => a.date)).toEqual([
      steeringDates('2026-01-01', '2026-12-31').find((d) => d > regional[0]!.end.slice(0, 10))!,
    ]);
    const item = highlights[0]!.items.find((i) => i.source.groupId === 'relationship-support-network')!;
    expect(item.reason.en).toContain(`on ${formatDate(regional[0]!.start, 'en')}.`);
  });

  it("lists the Let's Talk about Children status review once a year, when its activity ends, not twice", () => {
    const agendas = meetingAgendas(etelaSavo, { groupId: 'steering-group', from: '2026-01-01', to: '2029-12-31' });
    const lp = agendas.flatMap((a) =>
      a.items.filter((i) => i.source.activityId === 'lp-status-report').map((i) => [i.kind, i.source.year, a.date]),
    );
    // The November–December review of each year reaches the first meeting of the next year.
    const firstOf = (year: number) => agendas.find((a) => a.date.startsWith(`${year}-`))!.date;
    expect(lp).toEqual([
      ['reporting-duty', 2025, firstOf(2026)],
      ['reporting-duty', 2026, firstOf(2027)],
      ['reporting-duty', 2027, firstOf(2028)],
      ['reporting-duty', 2028, firstOf(2029)],
    ]);
  });

  it('spreads a duty without timing over the year, the middle of equal parts', () => {
    expect(spreadPositions(1, 11)).toEqual([5]);
    expect(spreadPositions(3, 11)).toEqual([1, 5, 9]);
    expect(spreadPositions(4, 2)).toEqual([0, 1]);
    const region = twoGroups({ toGroupId: 'board', timesPerYear: 3 });
    const agendas = meetingAgendas(region, { groupId: 'board', from: '2027-01-01', to: '2027-12-31' });
    expect(agendas).toHaveLength(11);
    const withReport = agendas.flatMap((a, i) => (a.items.length > 0 ? [i] : []));
    expect(withReport).toEqual([1, 5, 9]);
    expect(agendas[5]!.items[0]!.reason.en).toBe(
      'Reporting duty: Network reports 3 times a year; spread evenly over the meetings of 2027, 2 of 3.',
    );
  });

  it('places one report after the named meeting and spreads the rest over the other meetings', () => {
    const region = twoGroups({ toGroupId: 'board', timesPerYear: 2, after: { month: 10 } });
    const network = scheduleFor(region, { from: '2027-10-01', to: '2027-10-31', groups: ['network'] });
    const agendas = meetingAgendas(region, { groupId: 'board', from: '2027-01-01', to: '2027-12-31' });
    const dates = agendas.filter((a) => a.items.length > 0).map((a) => a.date);
    if (network.length === 0) {
      // No October meeting that year: both reports are spread.
      expect(dates).toHaveLength(2);
    } else {
      const after = agendas.find((a) => a.meeting.start >= network.at(-1)!.end)!.date;
      expect(dates).toContain(after);
      expect(dates).toHaveLength(2);
    }
  });

  it('is deterministic and lists only the meetings in the period', () => {
    const a = meetingAgendas(etelaSavo, { groupId: 'steering-group', from: '2026-03-01', to: '2026-04-30' });
    expect(a).toEqual(meetingAgendas(etelaSavo, { groupId: 'steering-group', from: '2026-03-01', to: '2026-04-30' }));
    expect(a.map((x) => x.date)).toEqual(steeringDates('2026-03-01', '2026-04-30'));
    expect(new Set(agendas2026().flatMap((x) => x.items.map((i) => i.id))).size).toBe(
      agendas2026().flatMap((x) => x.items).length,
    );
  });

  it('names the query field that is wrong', () => {
    expect(() => meetingAgendas(etelaSavo, { groupId: 'nope', from: '2026-01-01', to: '2026-12-31' })).toThrow(
      /query\.groupId/,
    );
    expect(() =>
      meetingAgendas(etelaSavo, { groupId: 'steering-group', from: '2026-12-31', to: '2026-01-01' }),
    ).toThrow(ValidationError);
  });
});
