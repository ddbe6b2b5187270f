import { describe, expect, it } from 'vitest';
import { HSDS_WEEK_NUMBERS } from '../../publish/hsds/hsdsSchedules.js';
import type { ImportIssue } from '../importIssue.js';
import { hsdsScheduleRows } from './hsdsScheduleRows.js';

const read = (row: Record<string, unknown>) => {
  const issues: ImportIssue[] = [];
  const rows = hsdsScheduleRows({ id: 'x', ...row }, 'schedule[0]', 'svc', issues);
  return { rows, issues: issues.map((i) => [i.field, i.code, i.value]) };
};

describe('hsdsScheduleRows', () => {
  it('reads a weekly rule as one opening per day, with weeks, dates and texts', () => {
    const { rows, issues } = read({
      freq: 'WEEKLY',
      byday: 'MO, we',
      byweekno: HSDS_WEEK_NUMBERS.even,
      opens_at: '09:00',
      closes_at: '11:30',
      valid_from: '2026-01-01',
      description: 'Vauvakerho',
      notes: 'Tervetuloa',
    });
    expect(issues).toEqual([]);
    expect(rows).toEqual(
      [1, 3].map((weekday) => ({
        kind: 'weekly',
        weekday,
        start: '09:00',
        end: '11:30',
        weeks: 'even',
        validFrom: '2026-01-01',
        description: 'Vauvakerho',
        notes: 'Tervetuloa',
      })),
    );
  });

  it('reads a one-day schedule as an exception, closed without hours', () => {
    expect(read({ count: 1, valid_from: '2026-12-24', valid_to: '2026-12-24' }).rows).toEqual([
      { kind: 'exception', date: '2026-12-24', closed: true },
    ]);
    expect(
      read({ count: 1, valid_from: '2026-12-23', valid_to: '2026-12-23', opens_at: '10:00', closes_at: '12:00' }).rows,
    ).toEqual([{ kind: 'exception', date: '2026-12-23', closed: false, start: '10:00', end: '12:00' }]);
  });

  it('drops seconds and UTC offsets with an issue, and reports what it cannot read', () => {
    const times = read({ freq: 'WEEKLY', byday: 'FR', opens_at: '09:00:00', closes_at: '11:00+02:00' });
    expect(times.rows).toMatchObject([{ start: '09:00', end: '11:00' }]);
    expect(times.issues).toEqual([
      ['schedule[0].opens_at', 'time-truncated', '09:00:00'],
      ['schedule[0].closes_at', 'unmapped-field', '11:00+02:00'],
    ]);
    expect(read({ freq: 'MONTHLY', byday: '2MO', opens_at: '09:00', closes_at: '10:00' })).toEqual({
      rows: [],
      issues: [['schedule[0].freq', 'unsupported-recurrence', 'freq=MONTHLY']],
    });
    expect(
      read({ freq: 'WEEKLY', interval: 2, byday: 'MO', opens_at: '09:00', closes_at: '10:00' }).issues[0]?.[1],
    ).toBe('unsupported-recurrence');
    expect(read({ freq: 'WEEKLY', byweekno: '1,2', byday: 'MO', opens_at: '09:00', closes_at: '10:00' }).rows).toEqual(
      [],
    );
    expect(read({ freq: 'WEEKLY', byday: 'MO,XX', opens_at: '09:00', closes_at: '10:00' })).toMatchObject({
      rows: [{ weekday: 1 }],
      issues: [['schedule[0].byday', 'invalid-value', 'XX']],
    });
    expect(read({ freq: 'WEEKLY', byday: 'MO', opens_at: '22:00', closes_at: '02:00' }).issues[0]?.[1]).toBe(
      'over-midnight',
    );
    expect(read({ freq: 'WEEKLY', byday: 'MO', opens_at: 'nine', closes_at: '10:00' }).issues[0]?.[1]).toBe(
      'invalid-value',
    );
    expect(
      read({ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00', valid_from: '2026-02-30' }).issues,
    ).toEqual([['schedule[0].valid_from', 'invalid-value', '2026-02-30']]);
  });
});
