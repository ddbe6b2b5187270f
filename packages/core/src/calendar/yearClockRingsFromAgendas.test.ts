import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import { type MeetingAgenda, meetingAgendas } from '../rules/meetingAgendas.js';
import { yearClockLayout } from './yearClockLayout.js';
import { yearClockRingsFromAgendas } from './yearClockRingsFromAgendas.js';

const steering = (from: string, to: string) => meetingAgendas(etelaSavo, { groupId: 'steering-group', from, to });

describe('yearClockRingsFromAgendas', () => {
  it("marks every report and evaluation result on the day of the steering group's meeting that hears it", () => {
    const agendas = steering('2026-01-01', '2026-12-31');
    const [ring, ...rest] = yearClockRingsFromAgendas(etelaSavo.groups, agendas, 2026);
    expect(rest).toEqual([]);
    expect(ring!.id).toBe('reports-to-steering-group');
    expect(ring!.label.fi).toBe(`Raportit: ${etelaSavo.groups.find((g) => g.id === 'steering-group')!.name.fi}`);
    const expected = agendas.flatMap((a) =>
      a.items
        .filter((item) => item.kind === 'reporting-duty' || item.kind === 'evaluation-result')
        .map((item) => [a.date, item.title.fi]),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ring!.entries.map((e) => [e.date, e.title.fi])).toEqual(expected);
    for (const entry of ring!.entries) {
      const month = Number(entry.date!.slice(5, 7));
      expect(entry.window).toEqual({ from: month, to: month });
    }
    // 002: the relationship-support highlights come after October's regional meeting, from that group.
    const highlights = ring!.entries.filter((e) => e.groupId === 'relationship-support-network');
    expect(highlights.length).toBeGreaterThan(0);
    for (const entry of highlights) expect(entry.date! > '2026-10-01').toBe(true);
    expect(new Set(ring!.entries.map((e) => e.id)).size).toBe(ring!.entries.length);
    expect(() => yearClockLayout([ring!])).not.toThrow();
  });

  it('leaves out start-of-period tasks, other years and groups without reports', () => {
    const agendas = steering('2025-12-01', '2027-01-31');
    const [ring] = yearClockRingsFromAgendas(etelaSavo.groups, agendas, 2026);
    expect(ring!.entries.every((e) => e.date!.startsWith('2026-'))).toBe(true);
    const tasks = agendas.flatMap((a) => a.items).filter((i) => i.kind === 'start-of-period-task');
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) expect(ring!.entries.some((e) => e.title.fi === task.title.fi)).toBe(false);
    const none: MeetingAgenda[] = agendas.map((a) => ({ ...a, items: [] }));
    expect(yearClockRingsFromAgendas(etelaSavo.groups, none, 2026)).toEqual([]);
  });

  it('rejects a year outside 1922–2200', () => {
    expect(() => yearClockRingsFromAgendas(etelaSavo.groups, [], 2201)).toThrow(/year/);
  });
});
