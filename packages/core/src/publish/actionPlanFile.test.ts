import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { CalendarEntryList } from '../calendar/calendarEntry.js';
import { yearClockLayout } from '../calendar/yearClockLayout.js';
import { yearClockRingsFromAgendas } from '../calendar/yearClockRingsFromAgendas.js';
import { yearClockRingsFromEvaluation } from '../calendar/yearClockRingsFromEvaluation.js';
import { etelaSavo } from '../etela-savo.js';
import { meetingAgendas } from '../rules/meetingAgendas.js';
import { scheduleFor } from '../schedule/scheduleFor.js';
import { helsinkiDateTimeParts } from '../time/helsinkiDateTimeParts.js';
import { actionPlanFile } from './actionPlanFile.js';
import { PublishedActionPlan, PublishManifest } from './publishedSchemas.js';
import { publishRegion } from './publishRegion.js';

const OPTIONS = {
  now: new Date('2026-03-01T10:00:00Z'),
  sourceName: 'region.json',
  sourceSha256: 'ab'.repeat(32),
  libraryVersion: '1.2.3',
};

describe('actionPlanFile', () => {
  it("draws the year's whole plan: a ring per group that meets, the evaluation, the reports due", () => {
    const plan = actionPlanFile(etelaSavo, 2026);
    expect(z.safeParse(PublishedActionPlan, plan).success).toBe(true);
    expect(plan).toMatchObject({ $schema: 'https://perhekeskus.dev/schema/published-action-plan.json', year: 2026 });
    const meetings = scheduleFor(etelaSavo, { from: '2025-01-01', to: '2026-12-31' });
    const in2026 = meetings.filter((m) => helsinkiDateTimeParts(m.start).date.startsWith('2026-'));
    const meeting = etelaSavo.groups.filter((g) => in2026.some((m) => m.groupId === g.id));
    const evaluation = yearClockRingsFromEvaluation(etelaSavo.evaluationActivities, 2026);
    const agendas = meetingAgendas(etelaSavo, { groupId: 'steering-group', from: '2026-01-01', to: '2026-12-31' });
    const reports = yearClockRingsFromAgendas(etelaSavo.groups, agendas, 2026);
    expect(plan.rings.map((r) => r.id)).toEqual([
      ...meeting.map((g) => g.id),
      ...evaluation.map((r) => r.id),
      ...reports.map((r) => r.id),
    ]);
    expect(reports.length).toBeGreaterThan(0);
    for (const group of meeting) {
      const ring = plan.rings.find((r) => r.id === group.id)!;
      expect(ring.entries).toHaveLength(in2026.filter((m) => m.groupId === group.id).length);
    }
    expect(plan.rings.find((r) => r.id === 'evaluation')).toEqual(evaluation[0]);
    expect(plan.rings.at(-1)).toEqual(reports.at(-1));
    expect(() => yearClockLayout(plan.rings)).not.toThrow();
  });

  it('keeps ring ids unique when a group has the id of another ring', () => {
    const groups = etelaSavo.groups.map((g) => (g.id === 'lp-trainers' ? { ...g, id: 'evaluation' } : g));
    const ids = actionPlanFile({ ...etelaSavo, groups }, 2026).rings.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is published for each year, listed with its year, name and count', () => {
    const { files } = publishRegion(etelaSavo, OPTIONS);
    const manifest = z.parse(PublishManifest, files[0]!.data);
    const listed = manifest.files.filter((f) => f.kind === 'action-plan');
    expect(listed.map((f) => [f.path, f.years])).toEqual([
      ['action-plan/2026.json', [2026]],
      ['action-plan/2027.json', [2027]],
    ]);
    for (const file of listed) {
      const data = files.find((f) => f.path === file.path)!.data as PublishedActionPlan;
      expect(data).toEqual(actionPlanFile(etelaSavo, file.years![0]!));
      expect(file.count).toBe(data.rings.reduce((sum, r) => sum + r.entries.length, 0));
      expect(file.name).toEqual(data.name);
      // Each meeting on the day its group's calendar file has it: one schedule for the whole region.
      const year = String(file.years![0]);
      for (const ring of data.rings.filter((r) => manifest.files.some((f) => f.id === r.id))) {
        const calendar = files.find((f) => f.path === `groups/${ring.id}.json`)!.data as CalendarEntryList;
        const days = calendar.entries.map((e) => helsinkiDateTimeParts(e.start).date).filter((d) => d.startsWith(year));
        expect(
          ring.entries.map((e) => e.date),
          ring.id,
        ).toEqual(days);
      }
    }
  });
});
