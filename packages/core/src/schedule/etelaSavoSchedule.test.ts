import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import { isoWeek, isoWeekYear } from '../time/calendarDay.js';
import { parseIsoDay } from '../time/isoFormat.js';
import { evaluationCalendar } from './evaluationCalendar.js';
import { meetingHolders } from './meetingHolders.js';
import type { GroupOccurrence } from './occurrence.js';
import { scheduleFor } from './scheduleFor.js';
import { isFinnishWorkingDay } from './workingDay.js';

const PLAN = { from: '2026-01-01', to: '2029-12-31' };
const YEARS = [2026, 2027, 2028, 2029];

function byGroup(): Map<string, GroupOccurrence[]> {
  const map = new Map<string, GroupOccurrence[]>();
  for (const o of scheduleFor(etelaSavo, PLAN)) map.set(o.groupId, [...(map.get(o.groupId) ?? []), o]);
  return map;
}
const inYear = (list: GroupOccurrence[] | undefined, y: number) =>
  (list ?? []).filter((o) => o.start.startsWith(`${y}`));
const month = (o: { start: string }) => Number(o.start.slice(5, 7));

describe('the built-in Etelä-Savo schedule 2026–2029 against the action plan (002)', () => {
  it('puts every meeting on a Finnish working day, sorted by start', () => {
    const all = scheduleFor(etelaSavo, PLAN);
    expect(all.length).toBeGreaterThan(150);
    for (const o of all) expect(isFinnishWorkingDay(o.start.slice(0, 10))).toBe(true);
    // Moves (holidays and conflicts) keep every meeting inside its window of the year clock.
    for (const o of all.filter((x) => x.window)) {
      expect(o.start.slice(0, 10) >= o.window!.start && o.start.slice(0, 10) <= o.window!.end, o.groupId).toBe(true);
    }
    const starts = all.map((o) => new Date(o.start).getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('meets the steering group monthly except July (002: "kokoontuu pääasiassa kuukausittain")', () => {
    const steering = byGroup().get('steering-group');
    for (const y of YEARS) {
      const meetings = inYear(steering, y);
      expect(meetings.map(month)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]);
    }
  });

  it('meets the 4-a-year networks four times a year, one of them in person (002: "4krt/vuosi, joista yksi livekokous")', () => {
    const groups = byGroup();
    for (const id of ['family-centre-actors', 'meeting-place-network', 'lp-development-network', 'lp-trainers']) {
      for (const y of YEARS) {
        const meetings = inYear(groups.get(id), y);
        expect(meetings, `${id} ${y}`).toHaveLength(4);
        expect(
          meetings.filter((o) => o.mode === 'in-person'),
          `${id} ${y}`,
        ).toHaveLength(1);
      }
    }
  });

  it('meets the student-welfare group 3, the early-support workshops 4 and the peer-group leaders 2 times a year (002)', () => {
    const groups = byGroup();
    for (const y of YEARS) {
      expect(inYear(groups.get('student-welfare-group'), y)).toHaveLength(3);
      expect(inYear(groups.get('early-support-workshops'), y)).toHaveLength(4);
      expect(inYear(groups.get('peer-group-leaders'), y)).toHaveLength(2);
    }
  });

  it('holds the regional relationship-support meetings in March–April in person and in October remote (002 year clock)', () => {
    const regional = byGroup().get('relationship-support-network');
    for (const y of YEARS) {
      const meetings = inYear(regional, y);
      expect(meetings.map((o) => [month(o) === 3 || month(o) === 4 ? 'Mar-Apr' : month(o), o.mode])).toEqual([
        ['Mar-Apr', 'in-person'],
        [10, 'remote'],
      ]);
    }
  });

  it('meets each local relationship-support development group in Jan–Feb, Apr–May, Aug–Sep and Nov–Dec (002 year clock)', () => {
    const groups = byGroup();
    for (const id of [
      'relationship-support-mikkeli',
      'relationship-support-pieksamaki',
      'relationship-support-savonlinna',
    ]) {
      for (const y of YEARS) {
        const meetings = inYear(groups.get(id), y);
        expect(
          meetings.map((o) => o.window && [o.window.start.slice(5, 7), o.window.end.slice(5, 7)]),
          `${id} ${y}`,
        ).toEqual([
          ['01', '02'],
          ['04', '05'],
          ['08', '09'],
          ['11', '12'],
        ]);
        for (const o of meetings) expect(o.title?.fi).toBeTruthy();
      }
    }
  });

  it('never gives anyone who convenes, leads or takes minutes two meetings on one day (issue 15)', () => {
    const byDay = new Map<string, string[]>();
    const holders = new Map(etelaSavo.groups.map((g) => [g.id, meetingHolders(etelaSavo, g).map((h) => h.holder.key)]));
    for (const o of scheduleFor(etelaSavo, PLAN)) {
      const keys = new Set([...(holders.get(o.groupId) ?? []), ...(o.lead?.holders ?? [])]);
      for (const key of keys) {
        const at = `${key} ${o.start.slice(0, 10)}`;
        byDay.set(at, [...(byDay.get(at) ?? []), o.groupId]);
      }
      expect(o.clash, `${o.groupId} ${o.start}`).toBeUndefined();
    }
    for (const [at, groups] of byDay) expect(groups, at).toHaveLength(1);
  });

  it('gives the coordinator (003: Hanna Kokkonen, also the Mikkeli responsible person in 002) at most two meetings in any ISO week', () => {
    const weeks = new Map<string, string[]>();
    let meetings = 0;
    for (const o of scheduleFor(etelaSavo, PLAN)) {
      const holders = meetingHolders(etelaSavo, etelaSavo.groups.find((g) => g.id === o.groupId)!);
      const busy = holders.some((h) => h.holder.key === 'hanna-kokkonen') || o.lead?.holders.includes('hanna-kokkonen');
      if (!busy) continue;
      meetings++;
      const day = parseIsoDay(o.start.slice(0, 10));
      const week = `${isoWeekYear(day)}-W${isoWeek(day)}`;
      weeks.set(week, [...(weeks.get(week) ?? []), o.groupId]);
    }
    // Steering group 11, four networks and the workshops 4 each, peer-group leaders 2, Mikkeli 4, her regional turns.
    expect(meetings).toBeGreaterThanOrEqual(4 * (11 + 5 * 4 + 2 + 4));
    for (const [week, groups] of weeks) expect(groups.length, `${week}: ${groups.join(', ')}`).toBeLessThanOrEqual(2);
  });

  it('spreads the four-a-year networks: the week of 10–12 February 2026 no longer holds six meetings', () => {
    const week = scheduleFor(etelaSavo, { from: '2026-02-09', to: '2026-02-15' });
    expect(week.length).toBeLessThanOrEqual(2);
    const moved = scheduleFor(etelaSavo, { from: '2026-01-01', to: '2026-03-31' }).filter(
      (o) => o.moved?.reason === 'conflict',
    );
    expect(moved.length).toBeGreaterThan(0);
    for (const o of moved) {
      // Each moved network meeting stays in its share of the year (January–mid-March for the first of four).
      expect(o.start.slice(0, 7) >= '2026-01' && o.start.slice(0, 10) <= '2026-03-16', o.groupId).toBe(true);
      expect(o.moved?.conflictWith?.length, o.groupId).toBeGreaterThan(0);
    }
  });

  it('rotates the lead of the regional relationship-support meetings among the three development groups (002)', () => {
    const regional = byGroup().get('relationship-support-network') ?? [];
    expect(regional.map((o) => o.lead?.turn)).toEqual([
      ...['mikkeli', 'pieksamaki', 'savonlinna', 'mikkeli', 'pieksamaki', 'savonlinna', 'mikkeli', 'pieksamaki'].map(
        (area) => `relationship-support-${area}`,
      ),
    ]);
    // The responsible persons named in 002 lead in turn.
    expect(regional.slice(0, 3).map((o) => o.lead?.holders)).toEqual([
      ['hanna-kokkonen'],
      ['elina-heiskanen'],
      ['ulla-juntunen'],
    ]);
  });

  it('says that the development groups’ secretary rotates without naming anyone (002: "Vaihtuva sihteeri")', () => {
    const mikkeli = byGroup().get('relationship-support-mikkeli') ?? [];
    expect(mikkeli).toHaveLength(16);
    for (const o of mikkeli) expect(o.secretary).toEqual({ holders: [] });
  });

  it('gives the same meetings for a narrower period (a subset of the whole plan)', () => {
    const all = scheduleFor(etelaSavo, PLAN);
    const spring = scheduleFor(etelaSavo, { from: '2027-03-01', to: '2027-06-30' });
    expect(spring).toEqual(all.filter((o) => o.start >= '2027-03-01' && o.start < '2027-07-01'));
    const trainers = scheduleFor(etelaSavo, { ...PLAN, groups: ['lp-trainers'] });
    expect(trainers).toEqual(all.filter((o) => o.groupId === 'lp-trainers'));
  });

  it('schedules nothing for groups whose cadence the seeds do not give (municipal working groups: "meets regularly")', () => {
    const scheduled = new Set(scheduleFor(etelaSavo, PLAN).map((o) => o.groupId));
    for (const g of etelaSavo.groups) expect(scheduled.has(g.id)).toBe(g.cadence !== undefined);
  });
});

describe('the built-in Etelä-Savo evaluation calendar 2026–2029 against the action plan (002)', () => {
  const years = (kind: string) =>
    evaluationCalendar(etelaSavo, PLAN)
      .filter((e) => e.kind === kind)
      .map((e) => [e.year, e.window.start.slice(5), e.window.end.slice(5)]);

  it('holds the family survey in autumn 2027 and 2029 (002: "Perheiden kysely syksyllä 2027, 2029")', () => {
    const survey = years('family-survey');
    expect(survey.map(([y]) => y)).toEqual([2027, 2029]);
    for (const [, start] of survey) expect(Number(String(start).slice(0, 2))).toBeGreaterThanOrEqual(8);
  });

  it('holds the municipal survey early in 2026 and 2028 (002: "Kuntakohtainen arviointikysely alkuvuonna 2026, 2028")', () => {
    const survey = years('municipal-survey');
    expect(survey.map(([y]) => y)).toEqual([2026, 2028]);
    for (const [, , end] of survey) expect(Number(String(end).slice(0, 2))).toBeLessThanOrEqual(4);
  });

  it('alternates peer and self evaluation of the meeting places by year (002: "joka toinen vuosi vertaisarviointi, joka toinen vuosi itsearviointi")', () => {
    const kinds = evaluationCalendar(etelaSavo, PLAN)
      .filter((e) => e.variantKind !== undefined)
      .map((e) => e.variantKind);
    expect(kinds).toHaveLength(4);
    for (let i = 1; i < kinds.length; i++) expect(kinds[i]).not.toBe(kinds[i - 1]);
    expect(new Set(kinds)).toEqual(new Set(['meeting-place-peer-evaluation', 'meeting-place-self-evaluation']));
  });

  it('updates the indicator pack every year (002: "Päivitetään vähintään kerran vuodessa")', () => {
    expect(years('indicator-pack').map(([y]) => y)).toEqual(YEARS);
  });
});
