import { describe, expect, it } from 'vitest';
import { createPlaceIndex } from './createPlaceIndex.js';
import { filterPlaces } from './filterPlaces.js';
import { generatePlaces, makeActivity, makePlace } from './fixtures.js';
import { placeIssueMessage } from './placeIssueMessage.js';
import { validatePlaces } from './validatePlaces.js';

/** A JSON round trip: what a widget gets from `fetch(...).json()`. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('validatePlaces', () => {
  it('accepts a MeetingPlaceList and a bare array alike', () => {
    const places = [makePlace({ id: 'a' }), makePlace({ id: 'b' })];
    expect(validatePlaces(json({ $schema: 'https://example.org/s.json', places }))).toEqual({
      places,
      issues: [],
      fatal: false,
    });
    expect(validatePlaces(json(places))).toEqual({ places, issues: [], fatal: false });
  });

  it('matches the documented example', () => {
    const validPlace = makePlace();
    const { places, issues } = validatePlaces([validPlace, { ...validPlace, id: 'b', weekday: 9 }]);
    expect(places).toEqual([validPlace]);
    expect(issues).toMatchObject([{ index: 1, path: 'places[1]', code: 'unknown-field', keys: ['weekday'] }]);
  });

  it('is fatal when the input holds no list of places', () => {
    for (const input of [null, 'places', 42, {}, { places: 'x' }, { rows: [] }]) {
      const result = validatePlaces(input);
      expect(result.fatal).toBe(true);
      expect(result.places).toEqual([]);
      expect(result.issues.map((i) => i.code)).toEqual(['not-a-list']);
    }
    expect(validatePlaces({ places: 'x' }).issues[0]).toMatchObject({ path: 'places', received: 'string' });
  });

  it('keeps the valid rows and reports the invalid one by index, id, name, path and code', () => {
    const bad = json(makePlace({ id: 'kahvila', name: { fi: 'Perhekahvila' } })) as Record<string, unknown>;
    (bad['activities'] as Record<string, unknown>[])[0]!['start'] = '9:00';
    const result = validatePlaces([makePlace({ id: 'a' }), makePlace({ id: 'b' }), makePlace({ id: 'c' }), bad]);
    expect(result.fatal).toBe(false);
    expect(result.places.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(result.issues).toEqual([
      {
        index: 3,
        placeId: 'kahvila',
        placeName: 'Perhekahvila',
        path: 'places[3].activities[0].start',
        code: 'invalid-time',
        received: '9:00',
        message: 'Place 4 (“Perhekahvila”): field activities[0].start: the time must be given as HH:mm; got “9:00”.',
      },
    ]);
  });

  it('reports an unknown field with its name and the object holding it', () => {
    const row = { ...makePlace(), colour: 'red' };
    const activityRow = makePlace({ activities: [{ ...makeActivity(), weekdays: [2] } as never] });
    const { issues } = validatePlaces([row, activityRow]);
    expect(issues).toMatchObject([
      { index: 0, path: 'places[0]', code: 'unknown-field', keys: ['colour'] },
      { index: 1, path: 'places[1].activities[0]', code: 'unknown-field', keys: ['weekdays'] },
    ]);
  });

  it('reports wrong types, missing fields and bad enum values with expected and received', () => {
    const { issues } = validatePlaces([
      { ...makePlace(), languages: 'fi' },
      (({ municipalityCode: _, ...rest }) => rest)(makePlace()),
      makePlace({ audiences: ['dogs' as never] }),
      makePlace({ activities: [makeActivity({ weekday: 2.5 })] }),
      makePlace({ activities: [makeActivity({ weekday: 8 })] }),
    ]);
    expect(issues).toMatchObject([
      { index: 0, path: 'places[0].languages', code: 'invalid-type', expected: 'array', received: 'string' },
      { index: 1, path: 'places[1].municipalityCode', code: 'missing', expected: 'string' },
      { index: 2, path: 'places[2].audiences[0]', code: 'invalid-value', received: 'dogs' },
      { index: 3, path: 'places[3].activities[0].weekday', code: 'invalid-type', expected: 'int', received: 'number' },
      { index: 4, path: 'places[4].activities[0].weekday', code: 'too-big', expected: '7', received: 'number' },
    ]);
    expect(issues[2]?.expected).toContain('families');
  });

  it('translates the model’s format rules into codes and format keys', () => {
    const { issues } = validatePlaces([
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
    expect(issues.map(({ path, code, expected, received }) => ({ path, code, expected, received }))).toEqual([
      { path: 'places[0].id', code: 'invalid-format', expected: 'id', received: 'Bad Id' },
      { path: 'places[1].municipalityCode', code: 'invalid-format', expected: 'municipality-code', received: '68' },
      { path: 'places[2].languages[0]', code: 'invalid-format', expected: 'language-code', received: 'Swedish' },
      { path: 'places[3].web', code: 'invalid-format', expected: 'url', received: 'juva.fi' },
      { path: 'places[4].activities[0].validFrom', code: 'invalid-date', expected: undefined, received: '2026-02-30' },
      { path: 'places[5].activities[0].validTo', code: 'invalid-date', expected: undefined, received: '30.3.2026' },
      { path: 'places[6].name.fi', code: 'too-small', expected: '1', received: 'string' },
      { path: 'places[7].activities[0].end', code: 'custom', expected: 'start-before-end', received: undefined },
      { path: 'places[8].exceptions[0].start', code: 'custom', expected: 'exception-hours', received: undefined },
      { path: 'places[9].address.postalCode', code: 'invalid-format', expected: 'postal-code', received: '5190' },
    ]);
  });

  it('keeps the first of two places with the same id and reports the second', () => {
    const { places, issues } = validatePlaces([
      makePlace({ id: 'a', name: { fi: 'Eka' } }),
      makePlace({ id: 'a', name: { fi: 'Toka' } }),
    ]);
    expect(places.map((p) => p.name.fi)).toEqual(['Eka']);
    expect(issues).toMatchObject([
      { index: 1, placeName: 'Toka', path: 'places[1].id', code: 'duplicate-id', received: 'a' },
    ]);
  });

  it('reports rows that are not objects', () => {
    const { places, issues } = validatePlaces([null, 7, [], makePlace()]);
    expect(places).toHaveLength(1);
    expect(issues.map((i) => [i.path, i.code, i.received])).toEqual([
      ['places[0]', 'invalid-type', 'null'],
      ['places[1]', 'invalid-type', 'number'],
      ['places[2]', 'invalid-type', 'array'],
    ]);
  });

  it('reports problems with the list object without dropping rows', () => {
    const { places, issues, fatal } = validatePlaces({ $schema: 5, places: [makePlace()], extra: true });
    expect(fatal).toBe(false);
    expect(places).toHaveLength(1);
    expect(issues).toMatchObject([
      { path: '', code: 'unknown-field', keys: ['extra'] },
      { path: '$schema', code: 'invalid-type', expected: 'string', received: 'number' },
    ]);
    expect(issues[0]).not.toHaveProperty('index');
  });

  it('keeps markup in names as inert plain strings', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const evaluated: string[] = [];
    (globalThis as Record<string, unknown>)['alert'] = (x: unknown) => evaluated.push(String(x));
    try {
      const good = makePlace({ id: 'x', name: { fi: hostile }, description: { fi: '<script>alert(2)</script>' } });
      const bad = { ...makePlace({ id: 'y', name: { fi: hostile } }), [hostile]: 1 };
      const { places, issues } = validatePlaces(json([good, bad]));
      expect(places[0]?.name.fi).toBe(hostile);
      expect(issues[0]).toMatchObject({ placeName: hostile, keys: [hostile] });
      expect(issues[0]?.message).toContain(hostile);
      expect(evaluated).toEqual([]);
    } finally {
      delete (globalThis as Record<string, unknown>)['alert'];
    }
  });

  it('does not let __proto__ or constructor keys reach the prototype', () => {
    const input = JSON.parse(
      `[${JSON.stringify(makePlace()).replace('{', '{"__proto__":{"polluted":true},"constructor":{"x":1},')}]`,
    );
    const { places, issues } = validatePlaces(input);
    expect(places).toEqual([]);
    expect(issues[0]).toMatchObject({ code: 'unknown-field', keys: ['__proto__', 'constructor'] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('cuts very long values quoted in issues', () => {
    const long = 'X'.repeat(100_000);
    const { issues } = validatePlaces([makePlace({ id: long, name: { fi: long } })]);
    expect(issues[0]?.placeName?.length).toBeLessThanOrEqual(100);
    expect(issues[0]?.received?.length).toBeLessThanOrEqual(100);
  });

  it('validates 10,000 generated places and 1,000 broken ones among them', () => {
    const places = json(generatePlaces(10_000, 9)) as Record<string, unknown>[];
    for (let i = 0; i < places.length; i += 10) places[i] = { ...places[i], municipalityCode: 'x' };
    const result = validatePlaces({ places });
    expect(result.places).toHaveLength(9_000);
    expect(result.issues).toHaveLength(1_000);
    expect(result.issues.every((issue, n) => issue.index === n * 10 && issue.code === 'invalid-format')).toBe(true);
    const index = createPlaceIndex(result.places);
    expect(filterPlaces(index, { includeExamples: true }, { today: '2026-03-10' })).toHaveLength(9_000);
  });
});

describe('validatePlaces and Finland’s languages', () => {
  it('keeps a place with a Swedish name only, and reports a name in English only with a coded, translated rule', () => {
    const swedish = { ...makePlace({ id: 'familjecafe' }), name: { sv: 'Familjecaféet' } };
    const english = { ...makePlace({ id: 'cafe' }), name: { en: 'Family café' } };
    const { places, issues } = validatePlaces({ places: [swedish, english] });
    expect(places.map((p) => p.id)).toEqual(['familjecafe']);
    expect(issues).toMatchObject([
      { path: 'places[1].name.fi', code: 'custom', expected: 'text-needs-national-language' },
    ]);
    expect(placeIssueMessage(issues[0]!, 'sv')).toContain('texten behöver en finsk eller svensk version');
  });
});
