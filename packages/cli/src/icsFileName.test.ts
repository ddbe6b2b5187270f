import { describe, expect, it } from 'vitest';
import { icsFileName } from './icsFileName.js';

describe('icsFileName', () => {
  it('starts with the region id and names the one group or the evaluation calendar (the examples)', () => {
    expect(icsFileName('etela-savo', { groups: ['steering-group'], meetings: true, evaluation: false })).toBe(
      'etela-savo-steering-group.ics',
    );
    expect(icsFileName('etela-savo', { groups: [], meetings: false, evaluation: true })).toBe(
      'etela-savo-evaluation.ics',
    );
  });

  it('says meetings for several or all groups, and adds the evaluation calendar when it is in the file too', () => {
    expect(icsFileName('pohjanmaa', { groups: [], meetings: true, evaluation: false })).toBe('pohjanmaa-meetings.ics');
    expect(icsFileName('pohjanmaa', { groups: ['a', 'b'], meetings: true, evaluation: true })).toBe(
      'pohjanmaa-meetings-evaluation.ics',
    );
    expect(icsFileName('pohjanmaa', { groups: ['a'], meetings: true, evaluation: true })).toBe(
      'pohjanmaa-a-evaluation.ics',
    );
  });
});
