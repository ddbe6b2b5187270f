import { describe, expect, it } from 'vitest';
import { dataIssueMessage } from '../i18n/dataIssueMessage.js';
import { checkPlaces } from './checkPlaces.js';
import { createPlaceIndex } from './createPlaceIndex.js';
import { filterPlaces } from './filterPlaces.js';
import { generatePlaces, makeActivity, makePlace } from './fixtures.js';

/** A JSON round trip: what a widget gets from `fetch(...).json()`. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('checkPlaces', () => {
  it('accepts a MeetingPlaceList and a bare array alike', () => {
    const places = [makePlace({ id: 'a' }), makePlace({ id: 'b' })];
    expect(checkPlaces(json({ $schema: 'https://example.org/s.json', places }))).toEqual({
      places,
      issues: [],
      fatal: false,
    });
    expect(checkPlaces(json(places))).toEqual({ places, issues: [], fatal: false });
  });

  it('matches the documented example', () => {
    const validPlace = makePlace();
    const { places, issues } = checkPlaces([validPlace, { ...validPlace, id: 'b', weekday: 9 }]);
    expect(places).toEqual([validPlace]);
    expect(issues).toMatchObject([
      {
        path: 'places[1]',
        code: 'unknown-field',
        unknownKeys: ['weekday'],
        row: { section: 'places', index: 1, id: 'b' },
      },
    ]);
  });

  it('is fatal when the input holds no list of places', () => {
    for (const input of [null, 'places', 42, {}, { places: 'x' }, { rows: [] }]) {
      const result = checkPlaces(input);
      expect(result.fatal).toBe(true);
      expect(result.places).toEqual([]);
      expect(result.issues.map((i) => i.code)).toEqual(['not-a-list']);
    }
    expect(checkPlaces({ places: 'x' }).issues[0]).toMatchObject({ path: 'places', received: 'string' });
  });

  it('keeps the valid rows and reports the invalid one by index, id, name, path and code', () => {
    const bad = json(makePlace({ id: 'kahvila', name: { fi: 'Perhekahvila' } })) as Record<string, unknown>;
    (bad['activities'] as Record<string, unknown>[])[0]!['start'] = '9:00';
    const result = checkPlaces([makePlace({ id: 'a' }), makePlace({ id: 'b' }), makePlace({ id: 'c' }), bad]);
    expect(result.fatal).toBe(false);
    expect(result.places.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(result.issues).toEqual([
      {
        path: 'places[3].activities[0].start',
        keys: ['places', 3, 'activities', 0, 'start'],
        row: { section: 'places', index: 3, id: 'kahvila', name: { fi: 'Perhekahvila' } },
        code: 'invalid-time',
        received: '9:00',
      },
    ]);
    expect(dataIssueMessage(result.issues[0]!, 'en', { document: 'places' })).toBe(
      'Place 4 (“Perhekahvila”): field activities[0].start: the time must be given as HH:mm; got “9:00”.',
    );
  });

  it('reports an unknown field with its name and the object holding it', () => {
    const row = { ...makePlace(), colour: 'red' };
    const activityRow = makePlace({ activities: [{ ...makeActivity(), weekdays: [2] } as never] });
    const { issues } = checkPlaces([row, activityRow]);
    expect(issues).toMatchObject([
      { row: { index: 0 }, path: 'places[0]', code: 'unknown-field', unknownKeys: ['colour'] },
      { row: { index: 1 }, path: 'places[1].activities[0]', code: 'unknown-field', unknownKeys: ['weekdays'] },
    ]);
  });

  it('reports wrong types, missing fields and bad enum values with expected and received', () => {
    const { issues } = checkPlaces([
      { ...makePlace(), languages: 'fi' },
      (({ municipalityCode: _, ...rest }) => rest)(makePlace()),
      makePlace({ audiences: ['dogs' as never] }),
      makePlace({ activities: [makeActivity({ weekday: 2.5 })] }),
      makePlace({ activities: [makeActivity({ weekday: 8 })] }),
    ]);
    expect(issues).toMatchObject([
      { row: { index: 0 }, path: 'places[0].languages', code: 'invalid-type', expected: 'array', received: 'string' },
      { row: { index: 1 }, path: 'places[1].municipalityCode', code: 'missing', expected: 'string' },
      { row: { index: 2 }, path: 'places[2].audiences[0]', code: 'invalid-value', received: 'dogs' },
      {
        row: { index: 3 },
        path: 'places[3].activities[0].weekday',
        code: 'invalid-type',
        expected: 'int',
        received: 'number',
      },
      { row: { index: 4 }, path: 'places[4].activities[0].weekday', code: 'too-big', expected: '7', origin: 'number' },
    ]);
    expect(issues[2]?.allowed).toContain('families');
  });

  it('gives each of the model’s formats and rules its own code, known by pattern or params, never by message', () => {
    const { issues } = checkPlaces([
      makePlace({ id: 'Bad Id' }),
      makePlace({ id: 'b', municipalityCode: '68' }),
      makePlace({ id: 'c', languages: ['Swedish'] }),
      makePlace({ id: 'd', web: 'juva.fi' }),
      makePlace({ id: 'e', activities: [makeActivity({ validFrom: '2026-02-30' })] }),
      makePlace({ id: 'f', activities: [makeActivity({ validTo: '30.3.2026' })] }),
      makePlace({ id: 'g', name: { fi: '' } }),
      makePlace({ id: 'h', activities: [makeActivity({ start: '12:00', end: '09:00' })] }),
      makePlace({ id: 'i', exceptions: [{ date: '2026-03-10', closed: false }] }),
      makePlace({ id: 'j', address: { street: 'Tie 1', postalCode: '5190', postOffice: { fi: 'Juva' } } }),
    ]);
    expect(issues.map(({ path, code, received }) => ({ path, code, received }))).toEqual([
      { path: 'places[0].id', code: 'invalid-id', received: 'Bad Id' },
      { path: 'places[1].municipalityCode', code: 'invalid-municipality-code', received: '68' },
      { path: 'places[2].languages[0]', code: 'invalid-language-code', received: 'Swedish' },
      { path: 'places[3].web', code: 'invalid-url', received: 'juva.fi' },
      { path: 'places[4].activities[0].validFrom', code: 'invalid-date', received: '2026-02-30' },
      { path: 'places[5].activities[0].validTo', code: 'invalid-date', received: '30.3.2026' },
      { path: 'places[6].name.fi', code: 'too-small', received: undefined },
      { path: 'places[7].activities[0].end', code: 'activity-ends-before-start', received: '09:00' },
      { path: 'places[8].exceptions[0].start', code: 'exception-hours', received: undefined },
      { path: 'places[9].address.postalCode', code: 'invalid-postal-code', received: '5190' },
    ]);
  });

  it('keeps the first of two places with the same id and reports the second', () => {
    const { places, issues } = checkPlaces([
      makePlace({ id: 'a', name: { fi: 'Eka' } }),
      makePlace({ id: 'a', name: { fi: 'Toka' } }),
    ]);
    expect(places.map((p) => p.name.fi)).toEqual(['Eka']);
    expect(issues).toMatchObject([
      { row: { index: 1, name: { fi: 'Toka' } }, path: 'places[1].id', code: 'duplicate-id', received: 'a' },
    ]);
  });

  it('reports rows that are not objects', () => {
    const { places, issues } = checkPlaces([null, 7, [], makePlace()]);
    expect(places).toHaveLength(1);
    expect(issues.map((i) => [i.path, i.code, i.received])).toEqual([
      ['places[0]', 'invalid-type', 'null'],
      ['places[1]', 'invalid-type', 'number'],
      ['places[2]', 'invalid-type', 'array'],
    ]);
  });

  it('reports problems with the list object without dropping rows', () => {
    const { places, issues, fatal } = checkPlaces({ $schema: 5, places: [makePlace()], extra: true });
    expect(fatal).toBe(false);
    expect(places).toHaveLength(1);
    expect(issues).toMatchObject([
      { path: '', code: 'unknown-field', unknownKeys: ['extra'] },
      { path: '$schema', code: 'invalid-type', expected: 'string', received: 'number' },
    ]);
    expect(issues[0]).not.toHaveProperty('row');
  });

  it('keeps markup in names as inert plain strings', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const evaluated: string[] = [];
    (globalThis as Record<string, unknown>)['alert'] = (x: unknown) => evaluated.push(String(x));
    try {
      const good = makePlace({ id: 'x', name: { fi: hostile }, description: { fi: '<script>alert(2)</script>' } });
      const bad = { ...makePlace({ id: 'y', name: { fi: hostile } }), [hostile]: 1 };
      const { places, issues } = checkPlaces(json([good, bad]));
      expect(places[0]?.name.fi).toBe(hostile);
      expect(issues[0]).toMatchObject({ row: { name: { fi: hostile } }, unknownKeys: [hostile] });
      expect(dataIssueMessage(issues[0]!, 'en', { document: 'places' })).toContain(hostile);
      expect(evaluated).toEqual([]);
    } finally {
      delete (globalThis as Record<string, unknown>)['alert'];
    }
  });

  it('does not let __proto__ or constructor keys reach the prototype', () => {
    const input = JSON.parse(
      `[${JSON.stringify(makePlace()).replace('{', '{"__proto__":{"polluted":true},"constructor":{"x":1},')}]`,
    );
    const { places, issues } = checkPlaces(input);
    expect(places).toEqual([]);
    expect(issues[0]).toMatchObject({ code: 'unknown-field', unknownKeys: ['__proto__', 'constructor'] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('cuts very long values quoted in issues', () => {
    const long = 'X'.repeat(100_000);
    const { issues } = checkPlaces([makePlace({ id: long, name: { fi: long } })]);
    expect(issues[0]?.row?.name?.fi?.length).toBeLessThanOrEqual(100);
    expect(issues[0]?.row?.id?.length).toBeLessThanOrEqual(100);
    expect(issues[0]?.received?.length).toBeLessThanOrEqual(100);
  });

  it('validates 10,000 generated places and 1,000 broken ones among them', () => {
    const places = json(generatePlaces(10_000, 9)) as Record<string, unknown>[];
    for (let i = 0; i < places.length; i += 10) places[i] = { ...places[i], municipalityCode: 'x' };
    const result = checkPlaces({ places });
    expect(result.places).toHaveLength(9_000);
    expect(result.issues).toHaveLength(1_000);
    expect(
      result.issues.every((issue, n) => issue.row?.index === n * 10 && issue.code === 'invalid-municipality-code'),
    ).toBe(true);
    const index = createPlaceIndex(result.places);
    expect(filterPlaces(index, { includeExamples: true }, { today: '2026-03-10' })).toHaveLength(9_000);
  });
});

describe('checkPlaces and Finland’s languages', () => {
  it('keeps a place with a Swedish name only, and reports a name in English only with a coded, translated rule', () => {
    const swedish = { ...makePlace({ id: 'familjecafe' }), name: { sv: 'Familjecaféet' } };
    const english = { ...makePlace({ id: 'cafe' }), name: { en: 'Family café' } };
    const { places, issues } = checkPlaces({ places: [swedish, english] });
    expect(places.map((p) => p.id)).toEqual(['familjecafe']);
    expect(issues).toMatchObject([{ path: 'places[1].name.fi', code: 'text-needs-national-language' }]);
    expect(dataIssueMessage(issues[0]!, 'sv')).toContain('texten behöver en finsk eller svensk version');
  });
});

describe('checkPlaces and issue 14: years, Unicode and links', () => {
  it('refuses a javascript: or data: web address, naming the row and the field', () => {
    for (const web of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const { places, issues } = checkPlaces(json([makePlace({ web })]));
      expect(places).toEqual([]);
      expect(issues).toMatchObject([
        { path: 'places[0].web', code: 'invalid-url', row: { section: 'places', index: 0, id: 'perhekahvila-juva' } },
      ]);
      for (const locale of ['fi', 'sv', 'en'] as const) expect(dataIssueMessage(issues[0]!, locale)).toMatch(/https/);
    }
  });

  it('refuses a place name with a lone surrogate (valid JSON), so the finder never has to encode it', () => {
    const input = JSON.parse('[{"id":"a","name":{"fi":"Perhekahvila \\ud83d"}}]');
    const place = { ...makePlace({ id: 'a' }), name: input[0].name };
    const { places, issues } = checkPlaces([place]);
    expect(places).toEqual([]);
    expect(issues).toMatchObject([
      {
        path: 'places[0].name.fi',
        code: 'invalid-unicode',
        received: 'Perhekahvila \ufffd',
        row: { index: 0, id: 'a' },
      },
    ]);
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const message = dataIssueMessage(issues[0]!, locale, { document: 'places' });
      expect(() => encodeURIComponent(message)).not.toThrow();
    }
  });

  it('refuses dates outside 1922–2200, naming the range in every language', () => {
    const { issues } = checkPlaces([
      makePlace({
        activities: [makeActivity({ validFrom: '0001-01-01' })],
        exceptions: [{ date: '9999-12-31', closed: true }],
      }),
    ]);
    expect(issues.map((i) => [i.path, i.code, i.expected])).toEqual([
      ['places[0].activities[0].validFrom', 'year-outside-range', '1922–2200'],
      ['places[0].exceptions[0].date', 'year-outside-range', '1922–2200'],
    ]);
    for (const locale of ['fi', 'sv', 'en'] as const)
      expect(dataIssueMessage(issues[0]!, locale)).toContain('1922–2200');
  });
});
