import { describe, expect, it } from 'vitest';
import { groups } from '../data/etela-savo/groups.js';
import { yearClockLayout } from './yearClockLayout.js';
import { yearClockRingsFromGroups } from './yearClockRingsFromGroups.js';

describe('yearClockRingsFromGroups', () => {
  it('gives a ring to each group that meets in month windows, in the given order', () => {
    const rings = yearClockRingsFromGroups(groups);
    const windowed = groups.filter((g) => g.cadence?.kind === 'windows').map((g) => g.id);
    expect(rings.map((r) => r.id)).toEqual(windowed);
    expect(rings.map((r) => r.id).slice(0, 2)).toEqual([
      'relationship-support-network',
      'relationship-support-mikkeli',
    ]);
    const mikkeli = rings.find((r) => r.id === 'relationship-support-mikkeli')!;
    expect(mikkeli.entries.map((e) => e.window)).toEqual([
      { from: 1, to: 2 },
      { from: 4, to: 5 },
      { from: 8, to: 9 },
      { from: 11, to: 12 },
    ]);
    expect(mikkeli.label.en).toBe('Mikkeli region relationship support and separation help development group');
    expect(() => yearClockLayout(rings)).not.toThrow();
  });

  it('rejects an invalid group', () => {
    expect(() => yearClockRingsFromGroups([{ id: 'Bad' } as never])).toThrow(/groups\[0\]/);
  });
});
