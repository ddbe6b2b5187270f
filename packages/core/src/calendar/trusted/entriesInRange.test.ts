import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entries, range } from '../../test/calendarArbitraries.js';
import { runs } from '../../test/runs.js';
import type { CalendarEntry } from '../calendarEntry.js';
import { entriesInRange as checked } from '../entriesInRange.js';
import { entriesInRange } from './entriesInRange.js';

describe('entriesInRange (trusted)', () => {
  it('keeps the TSDoc example true', () => {
    const list: CalendarEntry[] = [
      { id: 'b', title: { fi: 'B' }, start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T10:00:00+02:00' },
      { id: 'a', title: { fi: 'A' }, start: '2026-03-10T07:00:00Z', end: '2026-03-10T08:00:00Z' },
      { id: 'next', title: { fi: 'N' }, start: '2026-03-16T09:00:00+02:00', end: '2026-03-16T10:00:00+02:00' },
    ];
    expect(entriesInRange(list, { from: '2026-03-09', to: '2026-03-15' }).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('gives the checked function’s entries in its order, and the very entries it was given', () => {
    fc.assert(
      fc.property(entries, range, (list, r) => {
        const found = entriesInRange(list, r);
        expect(found).toEqual(checked(list, r));
        for (const entry of found) expect(list).toContain(entry);
      }),
      { numRuns: runs(200) },
    );
  });
});
