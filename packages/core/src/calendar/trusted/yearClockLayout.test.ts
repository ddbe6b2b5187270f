import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/runs.js';
import { yearClockLayout as checked } from '../yearClockLayout.js';
import type { YearClockRing } from '../yearClockRing.js';
import { yearClockLayout } from './yearClockLayout.js';

const month = fc.integer({ min: 1, max: 12 });

/** Valid rings: unique ring ids, unique entry ids within a ring, windows that may wrap over the new year. */
const rings = fc
  .array(fc.array(fc.record({ from: month, to: month }), { maxLength: 8 }), { maxLength: 6 })
  .map((list) =>
    list.map(
      (windows, r): YearClockRing => ({
        id: `ring-${r}`,
        label: { fi: `Kehä ${r}` },
        entries: windows.map((window, e) => ({ id: `entry-${e}`, window, title: { fi: `Työ ${e}` } })),
      }),
    ),
  );

const options = fc.record(
  {
    size: fc.integer({ min: 100, max: 4000 }),
    today: fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  { requiredKeys: [] },
);

describe('yearClockLayout (trusted)', () => {
  it('keeps the TSDoc example true', () => {
    const layout = yearClockLayout([
      {
        id: 'meetings',
        label: { fi: 'Kokoukset' },
        entries: [{ id: 'regional', window: { from: 3, to: 4 }, title: { fi: 'Maakunnallinen tapaaminen' } }],
      },
    ]);
    expect(layout.months[0]).toMatchObject({ month: 1, startAngle: 0, endAngle: 30 });
    expect(layout.rings[0]!.arcs[0]).toMatchObject({ startAngle: 60.75, endAngle: 119.25 });
  });

  it('gives the checked function’s layout for any valid rings and options, or none', () => {
    fc.assert(
      fc.property(rings, options, (list, opts) => {
        expect(yearClockLayout(list, opts)).toEqual(checked(list, opts));
      }),
      { numRuns: runs(150) },
    );
    expect(yearClockLayout([])).toEqual(checked([]));
  });
});
