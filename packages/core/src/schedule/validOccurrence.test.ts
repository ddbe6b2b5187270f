import { describe, expect, it } from 'vitest';
import { parseOccurrence } from './validOccurrence.js';

describe('parseOccurrence', () => {
  it('keeps the documented example true', () => {
    expect(() =>
      parseOccurrence({ start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T08:00:00+02:00', mode: 'remote' }, 'o'),
    ).toThrow('o.end: The occurrence must end after it starts');
  });

  it('reads a tagged occurrence as a GroupOccurrence and names the wrong field', () => {
    const base = { start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' };
    expect(parseOccurrence({ ...base, groupId: 'g', groupName: { fi: 'G', sv: 'G', en: 'G' } }, 'o')).toHaveProperty(
      'groupId',
      'g',
    );
    expect(() => parseOccurrence({ ...base, groupId: 'g' }, 'o')).toThrow('o.groupName');
    expect(() => parseOccurrence({ ...base, mode: 'video' }, 'o')).toThrow('o.mode');
  });
});
