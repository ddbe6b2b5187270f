import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataIssueMessage } from '../i18n/dataIssueMessage.js';
import type { DataIssue } from '../validation/dataIssue.js';
import { checkCalendarEntries } from './checkCalendarEntries.js';

const text = (issue: DataIssue, locale: 'fi' | 'sv' | 'en' = 'en') =>
  dataIssueMessage(issue, locale, { document: 'entries' });

function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'perhekahvila',
    title: { fi: 'Perhekahvila', en: 'Family café' },
    start: '2026-03-10T09:30:00+02:00',
    end: '2026-03-10T11:00:00+02:00',
    ...overrides,
  };
}

describe('checkCalendarEntries', () => {
  it('keeps the good rows and names the bad one, its field and its value (the TSDoc example)', () => {
    const good = entry();
    const { entries, issues, fatal } = checkCalendarEntries({
      entries: [good, { ...good, id: 'b', start: '10.3.2026 9.30' }],
    });
    expect(fatal).toBe(false);
    expect(entries).toEqual([good]);
    expect(issues).toEqual([
      {
        path: 'entries[1].start',
        keys: ['entries', 1, 'start'],
        row: { section: 'entries', index: 1, id: 'b', name: { fi: 'Perhekahvila', en: 'Family café' } },
        code: 'invalid-date-time',
        received: '10.3.2026 9.30',
      },
    ]);
    expect(text(issues[0]!)).toBe(
      'Event 2 (“Family café”): field start: the date and time must be given as YYYY-MM-DDTHH:mm:ss with a time zone (e.g. 2026-03-10T09:30:00+02:00) and be a real moment; got “10.3.2026 9.30”.',
    );
    expect(text(issues[0]!, 'sv')).toMatch(/^Händelse 2 \(”Perhekahvila”\): fältet start: /);
  });

  it('reports an impossible date-time once, not as a format and a calendar error both', () => {
    const { issues } = checkCalendarEntries([entry({ end: '2026-02-30T11:00:00+02:00' })]);
    expect(issues.map((i) => [i.path, i.code, i.received])).toEqual([
      ['entries[0].end', 'invalid-date-time', '2026-02-30T11:00:00+02:00'],
    ]);
  });

  it('translates the field codes of meeting-place data: missing, type, value, unknown field, id, url', () => {
    const { entries, issues } = checkCalendarEntries([
      { id: 'x', start: '2026-03-10T09:30:00+02:00', end: '2026-03-10T11:00:00+02:00' },
      entry({ id: 'a', mode: 'online' }),
      entry({ id: 'b', allDay: 'yes' }),
      entry({ id: 'c', colour: 'red' }),
      entry({ id: 'Bad Id' }),
      entry({ id: 'd', url: 'ftp://example.org/' }),
    ]);
    expect(entries).toEqual([]);
    expect(
      issues.map((i) => [i.row?.index, i.path, i.code, i.expected ?? (i.allowed ?? i.unknownKeys)?.join(', ')]),
    ).toEqual([
      [0, 'entries[0].title', 'missing', 'object'],
      [1, 'entries[1].mode', 'invalid-value', 'in-person, remote, hybrid'],
      [2, 'entries[2].allDay', 'invalid-type', 'boolean'],
      [3, 'entries[3]', 'unknown-field', 'colour'],
      [4, 'entries[4].id', 'invalid-id', undefined],
      [5, 'entries[5].url', 'invalid-url', undefined],
    ]);
    expect(text(issues[1]!)).toBe(
      'Event 2 (“Family café”): field mode: the value “online” is not allowed. Allowed values: in-person, remote, hybrid.',
    );
  });

  it('reports an entry that ends before it starts by its rule’s code', () => {
    const { issues } = checkCalendarEntries([entry({ end: '2026-03-10T09:00:00+02:00' })]);
    expect(issues).toMatchObject([{ path: 'entries[0].end', code: 'entry-ends-before-start' }]);
    expect(text(issues[0]!, 'fi')).toBe(
      'Tapahtuma 1 (”Perhekahvila”): kenttä end: loppumisajan pitää olla alkamisajan jälkeen.',
    );
  });

  it('reports an imported entry whose minimum age is above its maximum, in each language', () => {
    const { entries, issues } = checkCalendarEntries([entry({ audienceAge: { min: 12, max: 3 } })]);
    expect(entries).toEqual([]);
    expect(issues).toMatchObject([{ path: 'entries[0].audienceAge.max', code: 'min-age-above-max-age' }]);
    expect(text(issues[0]!, 'fi')).toBe(
      'Tapahtuma 1 (”Perhekahvila”): kenttä audienceAge.max: alaikärajan pitää olla enintään yläikäraja.',
    );
    expect(text(issues[0]!, 'sv')).toMatch(/den lägsta åldern får inte vara högre än den högsta\.$/);
    expect(text(issues[0]!)).toMatch(/the minimum age must not be above the maximum age\.$/);
  });

  it('drops a later row that reuses an id and keeps the first', () => {
    const first = entry({ id: 'same' });
    const { entries, issues } = checkCalendarEntries([first, entry({ id: 'same', title: { fi: 'Toinen' } })]);
    expect(entries).toEqual([first]);
    expect(issues).toMatchObject([
      { row: { index: 1 }, path: 'entries[1].id', code: 'duplicate-id', received: 'same' },
    ]);
    expect(text(issues[0]!)).toBe(
      'Event 2 (“Toinen”): field id: the id “same” is already used by an earlier event, so this event was skipped.',
    );
  });

  it('is fatal only when there is no list, and reports problems of the list object without dropping rows', () => {
    expect(checkCalendarEntries({ events: [] })).toMatchObject({
      entries: [],
      fatal: true,
      issues: [{ code: 'not-a-list', path: '' }],
    });
    expect(checkCalendarEntries({ entries: 'none' })).toMatchObject({
      fatal: true,
      issues: [{ code: 'not-a-list', path: 'entries', received: 'string' }],
    });
    const { entries, issues, fatal } = checkCalendarEntries({ $schema: 3, entries: [entry(), 'x'], more: true });
    expect(fatal).toBe(false);
    expect(entries).toHaveLength(1);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['', 'unknown-field'],
      ['$schema', 'invalid-type'],
      ['entries[1]', 'invalid-type'],
    ]);
    expect(text(issues[0]!)).toBe('Event list: unknown field “more”; check the spelling or remove the field.');
  });

  it('keeps exactly the valid rows, in order, and reports every other row, whatever the rows hold', () => {
    const row = fc.oneof(
      fc.record({ valid: fc.constant(true as const) }),
      fc.record({ valid: fc.constant(false as const), value: fc.anything({ maxDepth: 3, maxKeys: 5 }) }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (kinds) => {
        const rows = kinds.map((k, i) => (k.valid ? entry({ id: `e${i}` }) : k.value));
        const { entries, fatal, issues } = checkCalendarEntries(rows);
        expect(fatal).toBe(false);
        expect(entries).toEqual(rows.filter((_, i) => kinds[i]!.valid));
        const invalid = kinds.flatMap((k, i) => (k.valid ? [] : [i]));
        expect([...new Set(issues.map((i) => i.row?.index))]).toEqual(invalid);
        for (const issue of issues) expect(text(issue)).toMatch(/^Event \d+/);
      }),
    );
  });
});

describe('checkCalendarEntries and the values the library computes with (issue 14)', () => {
  it('refuses an entry that ends in the year 10000 in Helsinki, naming the row, the field and the range', () => {
    const { entries, issues } = checkCalendarEntries({ entries: [entry({ end: '9999-12-31T23:00:00Z' })] });
    expect(entries).toEqual([]);
    expect(issues).toEqual([
      {
        path: 'entries[0].end',
        keys: ['entries', 0, 'end'],
        code: 'year-outside-range',
        row: { section: 'entries', index: 0, id: 'perhekahvila', name: { fi: 'Perhekahvila', en: 'Family café' } },
        expected: '1922–2200',
        received: '9999-12-31T23:00:00Z',
      },
    ]);
    for (const locale of ['fi', 'sv', 'en'] as const) expect(text(issues[0]!, locale)).toContain('1922–2200');
  });

  it('reports the year rather than an order that only follows from it', () => {
    const { issues } = checkCalendarEntries([entry({ end: '1900-01-01T00:00:00Z' })]);
    expect(issues.map((i) => [i.path, i.code])).toEqual([['entries[0].end', 'year-outside-range']]);
  });

  it('keeps reporting the year when another field of the row is wrong too', () => {
    const { issues } = checkCalendarEntries([entry({ start: '0001-01-01T00:00:00Z', kind: 'party' })]);
    expect(issues.map((i) => [i.path, i.code]).sort()).toEqual([
      ['entries[0].kind', 'invalid-value'],
      ['entries[0].start', 'year-outside-range'],
    ]);
  });

  it('refuses text with a lone surrogate, quoting it as � so the issue itself can be encoded', () => {
    const { entries, issues } = checkCalendarEntries(
      JSON.parse(
        '[{"id":"a","title":{"fi":"Kahvila \\ud83d"},"start":"2026-03-10T09:30:00+02:00","end":"2026-03-10T11:00:00+02:00"}]',
      ),
    );
    expect(entries).toEqual([]);
    expect(issues).toMatchObject([
      {
        path: 'entries[0].title.fi',
        code: 'invalid-unicode',
        received: 'Kahvila \ufffd',
        row: { name: { fi: 'Kahvila \ufffd' } },
      },
    ]);
    for (const locale of ['fi', 'sv', 'en'] as const)
      expect(() => encodeURIComponent(text(issues[0]!, locale))).not.toThrow();
  });
});
