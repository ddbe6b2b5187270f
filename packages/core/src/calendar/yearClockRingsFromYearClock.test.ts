import { describe, expect, it } from 'vitest';
import { groups } from '../data/etela-savo/groups.js';
import { relationshipSupportYearClock } from '../data/etela-savo/year-clock.js';
import { ValidationError } from '../validation/parseInput.js';
import { yearClockLayout } from './yearClockLayout.js';
import { yearClockRingsFromYearClock } from './yearClockRingsFromYearClock.js';

describe('yearClockRingsFromYearClock', () => {
  it("splits the relationship-support year clock into the local meetings and the network's regional ones", () => {
    const rings = yearClockRingsFromYearClock(relationshipSupportYearClock, { groups });
    expect(rings.map((r) => [r.id, r.entries.map((e) => e.id)])).toEqual([
      ['relationship-support-year-clock', ['local-jan-feb', 'local-apr-may', 'local-aug-sep', 'local-nov-dec']],
      ['relationship-support-network', ['regional-mar-apr', 'regional-october']],
    ]);
    expect(rings[0]!.label).toEqual(relationshipSupportYearClock.name);
    expect(rings[1]!.label.fi).toBe('Parisuhteen tuen ja eroauttamisen kehittäjäverkosto');
    expect(rings[1]!.entries[0]!.topics).toHaveLength(2);
    expect(yearClockLayout(rings).rings.map((r) => r.lanes)).toEqual([1, 1]);
  });

  it("labels a group's ring with the year clock's name when the group is not given", () => {
    const rings = yearClockRingsFromYearClock(relationshipSupportYearClock);
    expect(rings.map((r) => r.label)).toEqual([relationshipSupportYearClock.name, relationshipSupportYearClock.name]);
  });

  it('rejects a year clock that is not one', () => {
    expect(() => yearClockRingsFromYearClock({ id: 'x' } as never)).toThrow(ValidationError);
  });
});
