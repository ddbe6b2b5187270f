import { describe, expect, it } from 'vitest';
import { evaluationActivities } from '../data/etela-savo/evaluation.js';
import { yearClockLayout } from './yearClockLayout.js';
import { yearClockRingsFromEvaluation } from './yearClockRingsFromEvaluation.js';

describe('yearClockRingsFromEvaluation', () => {
  it('draws the family survey in 2027 but not in 2026, and names the year of an alternating evaluation', () => {
    const [ring2027] = yearClockRingsFromEvaluation(evaluationActivities, 2027);
    const [ring2026] = yearClockRingsFromEvaluation(evaluationActivities, 2026);
    expect(ring2027!.id).toBe('evaluation');
    expect(ring2027!.label.en).toBe('Evaluation and follow-up');
    expect(ring2027!.entries.find((e) => e.id === 'family-survey')).toEqual({
      id: 'family-survey',
      window: { from: 9, to: 11 },
      title: { fi: 'Perheiden kysely', sv: 'Familjeenkäten', en: 'Family survey' },
    });
    expect(ring2026!.entries.some((e) => e.id === 'family-survey')).toBe(false);
    expect(ring2026!.entries.find((e) => e.id === 'meeting-place-evaluation')?.description?.fi).toBe(
      'Kohtaamispaikan vertaisarviointi',
    );
    const layout = yearClockLayout([ring2027!]);
    expect(layout.rings[0]!.lanes).toBeGreaterThan(1);
  });

  it('draws a window over the new year once, in the year it starts', () => {
    const activity = {
      ...evaluationActivities[0]!,
      id: 'winter-task',
      recurrence: { kind: 'every-n-years' as const, every: 1, window: { from: 11, to: 2 } },
    };
    const [ring] = yearClockRingsFromEvaluation([activity], 2027);
    expect(ring!.entries).toEqual([expect.objectContaining({ id: 'winter-task', window: { from: 11, to: 2 } })]);
  });

  it('numbers an activity done more than once a year, and gives no ring to a year without tasks', () => {
    const monthly = {
      ...evaluationActivities[0]!,
      id: 'monthly-check',
      recurrence: { kind: 'monthly' as const, mode: 'remote' as const },
    };
    const [ring] = yearClockRingsFromEvaluation([monthly], 2026);
    expect(ring!.entries.map((e) => e.id).slice(0, 3)).toEqual(['monthly-check', 'monthly-check-2', 'monthly-check-3']);
    expect(ring!.entries[1]!.window).toEqual({ from: 2, to: 2 });
    const biennial = {
      ...evaluationActivities[0]!,
      recurrence: { kind: 'every-n-years' as const, every: 2, phaseYear: 2027, window: { from: 9, to: 11 } },
    };
    expect(yearClockRingsFromEvaluation([biennial], 2026)).toEqual([]);
  });

  it('rejects a year outside 1922–2200', () => {
    expect(() => yearClockRingsFromEvaluation(evaluationActivities, 1900)).toThrow(/year/);
  });
});
