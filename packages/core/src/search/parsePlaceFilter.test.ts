import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../test/runs.js';
import { parsePlaceFilter } from './parsePlaceFilter.js';

describe('parsePlaceFilter', () => {
  it('reads widget attributes given as a record', () => {
    const { filter, issues } = parsePlaceFilter({ municipality: '681', audience: 'families' });
    expect(filter).toEqual({ municipalities: ['681'], audiences: ['families'] });
    expect(issues).toEqual([]);
  });

  it('reads every parameter of a URL query', () => {
    const params = new URLSearchParams(
      'municipality=681,178&q=+perhe+kerho+&audience=families&offering=family-club&weekday=2&open=today' +
        '&lang=sv,en&access=lift&examples=1',
    );
    expect(parsePlaceFilter(params)).toEqual({
      filter: {
        municipalities: ['681', '178'],
        text: 'perhe kerho',
        audiences: ['families'],
        offerings: ['family-club'],
        weekday: 2,
        openToday: true,
        languages: ['sv', 'en'],
        accessibility: ['lift'],
        includeExamples: true,
      },
      issues: [],
    });
  });

  it('joins repeated URL parameters, ignores case and drops duplicates', () => {
    const { filter } = parsePlaceFilter(new URLSearchParams('lang=SV&lang=sv, en&audience=Babies'));
    expect(filter).toEqual({ languages: ['sv', 'en'], audiences: ['babies'] });
  });

  it('drops and reports bad values while keeping the good ones', () => {
    const { filter, issues } = parsePlaceFilter({
      municipality: '681,68,abc',
      audience: 'dogs,babies',
      weekday: '8',
      open: 'tomorrow',
      lang: 'swedish',
      examples: 'maybe',
    });
    expect(filter).toEqual({ municipalities: ['681'], audiences: ['babies'] });
    expect(issues.map(({ param, value, code }) => ({ param, value, code }))).toEqual([
      { param: 'municipality', value: '68', code: 'invalid-format' },
      { param: 'municipality', value: 'abc', code: 'invalid-format' },
      { param: 'audience', value: 'dogs', code: 'invalid-value' },
      { param: 'weekday', value: '8', code: 'invalid-value' },
      { param: 'open', value: 'tomorrow', code: 'invalid-value' },
      { param: 'lang', value: 'swedish', code: 'invalid-format' },
      { param: 'examples', value: 'maybe', code: 'invalid-value' },
    ]);
    expect(issues.find((i) => i.param === 'audience')?.expected).toContain('babies');
  });

  it('ignores empty values and parameters it does not know', () => {
    const { filter, issues } = parsePlaceFilter({ q: '   ', weekday: '', src: 'places.json', utm_source: 'x' });
    expect(filter).toEqual({});
    expect(issues).toEqual([]);
  });

  it('reads examples=0 as hiding examples', () => {
    expect(parsePlaceFilter({ examples: 'false' }).filter).toEqual({ includeExamples: false });
  });

  it('reports a non-string attribute value instead of throwing', () => {
    const { filter, issues } = parsePlaceFilter({ q: 42 as unknown as string });
    expect(filter).toEqual({});
    expect(issues).toEqual([{ param: 'q', value: '42', code: 'invalid-value', expected: 'text' }]);
  });

  it('matches the documented example', () => {
    expect(parsePlaceFilter(new URLSearchParams('municipality=681,17&audience=families&open=today'))).toEqual({
      filter: { municipalities: ['681'], audiences: ['families'], openToday: true },
      issues: [{ param: 'municipality', value: '17', code: 'invalid-format', expected: 'municipality-code' }],
    });
  });

  it('never throws on arbitrary input and always returns a valid filter', () => {
    const keys = fc.constantFrom(
      'municipality',
      'q',
      'audience',
      'offering',
      'weekday',
      'open',
      'lang',
      'access',
      'examples',
      'x',
    );
    fc.assert(
      fc.property(fc.dictionary(keys, fc.option(fc.string(), { nil: undefined })), fc.string(), (record, query) => {
        for (const input of [record, new URLSearchParams(query)]) {
          const { filter, issues } = parsePlaceFilter(input);
          expect(typeof filter).toBe('object');
          expect(Array.isArray(issues)).toBe(true);
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('returns an empty filter for a missing or non-object input', () => {
    expect(parsePlaceFilter(undefined as unknown as Record<string, string>)).toEqual({ filter: {}, issues: [] });
  });
});
