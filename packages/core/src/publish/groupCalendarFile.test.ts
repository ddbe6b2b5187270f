import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import { scheduleFor } from '../schedule/scheduleFor.js';
import { evaluationFile } from './evaluationFile.js';
import { groupCalendarFile } from './groupCalendarFile.js';

const steering = etelaSavo.groups.find((g) => g.id === 'steering-group')!;

describe('groupCalendarFile', () => {
  it('holds the group’s meetings of each year as calendar entries, holiday moves included', () => {
    const file = groupCalendarFile(steering, [2026, 2027], false);
    const meetings = scheduleFor(etelaSavo, { from: '2026-01-01', to: '2027-12-31', groups: ['steering-group'] });
    expect(file.$schema).toBe('https://perhekeskus.dev/schema/calendar-entries.json');
    expect(file.entries.map((e) => e.start)).toEqual(meetings.map((m) => m.start));
    expect(file.entries.every((e) => e.kind === 'meeting' && e.groupId === 'steering-group')).toBe(true);
    expect(file.entries.some((e) => e.example)).toBe(false);
  });

  it('marks every entry example for an example region, and skips years not asked for', () => {
    const file = groupCalendarFile(steering, [2026, 2028], true);
    expect(file.entries.every((e) => e.example === true)).toBe(true);
    expect(new Set(file.entries.map((e) => e.start.slice(0, 4)))).toEqual(new Set(['2026', '2028']));
  });

  it('with the region, holds the meetings of the region’s schedule: moved off the coordinator’s busy days, saying so', () => {
    const trainers = etelaSavo.groups.find((g) => g.id === 'lp-trainers')!;
    const file = groupCalendarFile(trainers, [2026], false, etelaSavo);
    const meetings = scheduleFor(etelaSavo, { from: '2026-01-01', to: '2026-12-31', groups: ['lp-trainers'] });
    expect(file.entries.map((e) => e.start)).toEqual(meetings.map((m) => m.start));
    // Alone, the trainers would meet on their planned day, the coordinator's third meeting of that week.
    const alone = groupCalendarFile(trainers, [2026], false);
    expect(alone.entries.map((e) => e.start)).not.toEqual(file.entries.map((e) => e.start));
    const moved = file.entries.filter((e) => e.description?.en?.includes('clash with another meeting'));
    expect(moved.length).toBeGreaterThan(0);
    // Ids stay those of the planned day, so a subscribed calendar updates the event instead of adding one.
    expect(file.entries.map((e) => e.id)).toEqual(alone.entries.map((e) => e.id));
  });

  it('is empty for a group without a cadence', () => {
    const { cadence: _cadence, ...group } = steering;
    expect(groupCalendarFile(group, [2026], false).entries).toEqual([]);
  });
});

describe('evaluationFile', () => {
  it('lists each task whose window meets a year once, as all-day entries (the example)', () => {
    const file = evaluationFile(etelaSavo, [2027], false);
    expect(file.entries.map((e) => e.id)).toContain('family-survey-20270901');
    expect(file.entries.every((e) => e.allDay && e.kind === 'evaluation')).toBe(true);
    expect(new Set(file.entries.map((e) => e.id)).size).toBe(file.entries.length);
    const two = evaluationFile(etelaSavo, [2026, 2027], false).entries.map((e) => e.id);
    expect(new Set(two).size).toBe(two.length);
  });

  it('marks the entries example for an example region', () => {
    expect(evaluationFile(etelaSavo, [2027], true).entries.every((e) => e.example === true)).toBe(true);
  });
});
