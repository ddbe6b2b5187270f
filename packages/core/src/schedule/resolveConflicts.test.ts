import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import { epochDay } from '../time/calendarDay.js';
import { resolvedMeetings, WEEK_LIMIT } from './resolveConflicts.js';

describe('resolvedMeetings', () => {
  it('holds for the TSDoc example: the week of 9–15 February 2026 keeps the coordinator’s two meetings', () => {
    const week = resolvedMeetings(etelaSavo, epochDay(2026, 2, 9), epochDay(2026, 2, 15));
    expect(week.map((m) => m.group.id).sort()).toEqual(['early-support-workshops', 'steering-group']);
    expect(WEEK_LIMIT).toBe(2);
  });

  it('settles each ISO week-year alone: the days of 2027 are the same asked alone or with 2026', () => {
    const day = (m: { p: { day: number }; group: { id: string } }) => `${m.group.id} ${m.p.day}`;
    const both = resolvedMeetings(etelaSavo, epochDay(2026, 1, 1), epochDay(2027, 12, 31)).map(day);
    const alone = resolvedMeetings(etelaSavo, epochDay(2027, 1, 1), epochDay(2027, 12, 31)).map(day);
    expect(both).toEqual(expect.arrayContaining(alone));
    expect(alone.length).toBeGreaterThan(40);
  });
});
