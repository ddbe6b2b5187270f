import { describe, expect, it } from 'vitest';
import type { EvaluationActivity } from '../../model/evaluation.js';
import { evaluationActivities } from './evaluation.js';

const activity = (id: string): EvaluationActivity => {
  const found = evaluationActivities.find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
};

describe('evaluation activities (002 "Seuranta ja arviointi", 001 §10, §18–19)', () => {
  it('runs the family survey every two years in the autumn, 2027 and 2029 (002)', () => {
    expect(activity('family-survey').recurrence).toMatchObject({ kind: 'every-n-years', every: 2, phaseYear: 2027 });
    const { window } = activity('family-survey').recurrence as { window: { from: number; to: number } };
    expect(window.from).toBeGreaterThanOrEqual(8);
    expect(window.to).toBeLessThanOrEqual(12);
  });

  it('runs the municipal survey every two years early in the year, 2026 and 2028 (002)', () => {
    expect(activity('municipal-survey').recurrence).toMatchObject({ every: 2, phaseYear: 2026, window: { from: 1 } });
  });

  it('collects data early in the year and compiles it in the spring, for the steering group (001 §18–19)', () => {
    const collect = activity('yearly-data-collection').recurrence as { window: { from: number; to: number } };
    const compile = activity('yearly-monitoring-compilation').recurrence as { window: { from: number; to: number } };
    expect(collect.window.from).toBe(1);
    expect(compile.window.from).toBeGreaterThan(collect.window.to);
    expect(compile.window.to).toBeLessThanOrEqual(6);
    expect(activity('yearly-monitoring-compilation').reportsToGroupId).toBe('steering-group');
  });

  it('alternates meeting-place peer and self evaluation yearly, first in 2026 (002; order assumed)', () => {
    expect(activity('meeting-place-evaluation').recurrence).toMatchObject({
      every: 1,
      phaseYear: 2026,
      variants: ['meeting-place-peer-evaluation', 'meeting-place-self-evaluation'],
    });
    expect(activity('meeting-place-evaluation').source.assumption).toMatch(/first/);
  });

  it.each([
    ['lp-training-plan-review', 2],
    ['lp-trainer-training', 2],
    ['lp-maintenance-training', 1],
    ['lp-supervisors-meeting', 1],
    ['lp-status-report', 1],
    ['relationship-support-guide-update', 1],
    ['indicator-pack', 1],
    ['annual-report', 1],
    ['action-plan-review', 1],
  ])('repeats %s every %i year(s) (002, 001)', (id, every) => {
    expect(activity(id).recurrence).toMatchObject({ kind: 'every-n-years', every });
  });

  it('updates the service guide in the year clock’s November–December window (002)', () => {
    expect(activity('relationship-support-guide-update').recurrence).toMatchObject({ window: { from: 11, to: 12 } });
  });

  it('marks every season the seeds do not give as an assumption', () => {
    for (const a of evaluationActivities) expect(a.source.assumption, a.id).toBeDefined();
  });
});
