import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarIssueMessage } from './calendarIssueMessage.js';
import { validateCalendarEntries } from './validateCalendarEntries.js';

function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'perhekahvila',
    title: { fi: 'Perhekahvila', en: 'Family café' },
    start: '2026-03-10T09:30:00+02:00',
    end: '2026-03-10T11:00:00+02:00',
    ...overrides,
  };
}

describe('validateCalendarEntries', () => {
  it('keeps the good rows and names the bad one, its field and its value (the TSDoc example)', () => {
    const good = entry();
    const { entries, issues, fatal } = validateCalendarEntries({
      entries: [good, { ...good, id: 'b', start: '10.3.2026 9.30' }],
    });
    expect(fatal).toBe(false);
    expect(entries).toEqual([good]);
    expect(issues).toEqual([
      {
        index: 1,
        entryId: 'b',
        entryTitle: 'Perhekahvila',
        path: 'entries[1].start',
        code: 'invalid-date-time',
        received: '10.3.2026 9.30',
        message:
          'Event 2 (“Perhekahvila”): field start: the date and time must be given as YYYY-MM-DDTHH:mm:ss with a time zone (e.g. 2026-03-10T09:30:00+02:00) and be a real moment; got “10.3.2026 9.30”.',
      },
    ]);
  });

  it('reports an impossible date-time once, not as a format and a calendar error both', () => {
    const { issues } = validateCalendarEntries([entry({ end: '2026-02-30T11:00:00+02:00' })]);
    expect(issues.map((i) => [i.path, i.code, i.received])).toEqual([
      ['entries[0].end', 'invalid-date-time', '2026-02-30T11:00:00+02:00'],
    ]);
  });

  it('translates the field codes of meeting-place data: missing, type, value, unknown field, id, url', () => {
    const { entries, issues } = validateCalendarEntries([
      { id: 'x', start: '2026-03-10T09:30:00+02:00', end: '2026-03-10T11:00:00+02:00' },
      entry({ id: 'a', mode: 'online' }),
      entry({ id: 'b', allDay: 'yes' }),
      entry({ id: 'c', colour: 'red' }),
      entry({ id: 'Bad Id' }),
      entry({ id: 'd', url: 'ftp://example.org/' }),
    ]);
    expect(entries).toEqual([]);
    expect(issues.map((i) => [i.index, i.path, i.code, i.expected ?? i.keys?.join()])).toEqual([
      [0, 'entries[0].title', 'missing', 'object'],
      [1, 'entries[1].mode', 'invalid-value', 'in-person, remote, hybrid'],
      [2, 'entries[2].allDay', 'invalid-type', 'boolean'],
      [3, 'entries[3]', 'unknown-field', 'colour'],
      [4, 'entries[4].id', 'invalid-format', 'id'],
      [5, 'entries[5].url', 'invalid-format', 'url'],
    ]);
    expect(issues[1]!.message).toBe(
      'Event 2 (“Perhekahvila”): field mode: the value “online” is not allowed. Allowed values: in-person, remote, hybrid.',
    );
  });

  it('reports an entry that ends before it starts as the rule start-before-end', () => {
    const { issues } = validateCalendarEntries([entry({ end: '2026-03-10T09:00:00+02:00' })]);
    expect(issues).toMatchObject([{ path: 'entries[0].end', code: 'custom', expected: 'start-before-end' }]);
    expect(calendarIssueMessage(issues[0]!, 'fi')).toBe(
      'Tapahtuma 1 (”Perhekahvila”): kenttä end: loppumisajan pitää olla alkamisajan jälkeen.',
    );
  });

  it('reports an imported entry whose minimum age is above its maximum, in each language', () => {
    const { entries, issues } = validateCalendarEntries([entry({ audienceAge: { min: 12, max: 3 } })]);
    expect(entries).toEqual([]);
    expect(issues).toMatchObject([
      { path: 'entries[0].audienceAge.max', code: 'custom', expected: 'min-age-before-max-age' },
    ]);
    expect(calendarIssueMessage(issues[0]!, 'fi')).toBe(
      'Tapahtuma 1 (”Perhekahvila”): kenttä audienceAge.max: alaikärajan pitää olla enintään yläikäraja.',
    );
    expect(calendarIssueMessage(issues[0]!, 'sv')).toMatch(/den lägsta åldern får inte vara högre än den högsta\.$/);
    expect(issues[0]!.message).toMatch(/the minimum age must not be above the maximum age\.$/);
  });

  it('drops a later row that reuses an id and keeps the first', () => {
    const first = entry({ id: 'same' });
    const { entries, issues } = validateCalendarEntries([first, entry({ id: 'same', title: { fi: 'Toinen' } })]);
    expect(entries).toEqual([first]);
    expect(issues).toMatchObject([{ index: 1, path: 'entries[1].id', code: 'duplicate-id', received: 'same' }]);
    expect(issues[0]!.message).toBe(
      'Event 2 (“Toinen”): field id: the id “same” is already used by an earlier event, so this event was skipped.',
    );
  });

  it('is fatal only when there is no list, and reports problems of the list object without dropping rows', () => {
    expect(validateCalendarEntries({ events: [] })).toMatchObject({
      entries: [],
      fatal: true,
      issues: [{ code: 'not-a-list', path: '' }],
    });
    expect(validateCalendarEntries({ entries: 'none' })).toMatchObject({
      fatal: true,
      issues: [{ code: 'not-a-list', path: 'entries', received: 'string' }],
    });
    const { entries, issues, fatal } = validateCalendarEntries({ $schema: 3, entries: [entry(), 'x'], more: true });
    expect(fatal).toBe(false);
    expect(entries).toHaveLength(1);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['', 'unknown-field'],
      ['$schema', 'invalid-type'],
      ['entries[1]', 'invalid-type'],
    ]);
    expect(issues[0]!.message).toBe('Event list: unknown field “more”; check the spelling or remove the field.');
  });

  it('keeps exactly the valid rows, in order, and reports every other row, whatever the rows hold', () => {
    const row = fc.oneof(
      fc.record({ valid: fc.constant(true as const) }),
      fc.record({ valid: fc.constant(false as const), value: fc.anything({ maxDepth: 3, maxKeys: 5 }) }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (kinds) => {
        const rows = kinds.map((k, i) => (k.valid ? entry({ id: `e${i}` }) : k.value));
        const { entries, fatal, issues } = validateCalendarEntries(rows);
        expect(fatal).toBe(false);
        expect(entries).toEqual(rows.filter((_, i) => kinds[i]!.valid));
        const invalid = kinds.flatMap((k, i) => (k.valid ? [] : [i]));
        expect([...new Set(issues.map((i) => i.index))]).toEqual(invalid);
        for (const issue of issues) expect(issue.message).toMatch(/^Event \d+/);
      }),
    );
  });
});
