import { describe, expect, it } from 'vitest';
import { publishedFileSchema } from './publishedFileSchema.js';
import { publishYears } from './publishYears.js';

describe('publishYears', () => {
  it('is this year and next in Helsinki time (the example)', () => {
    expect(publishYears(new Date('2026-06-15T12:00:00Z'))).toEqual([2026, 2027]);
    expect(publishYears(new Date('2026-12-31T22:30:00Z'))).toEqual([2027, 2028]);
    expect(publishYears(new Date('2026-12-31T21:30:00Z'))).toEqual([2026, 2027]);
  });
});

describe('publishedFileSchema', () => {
  it('names each kind’s JSON Schema (the example)', () => {
    expect(publishedFileSchema('index').url).toBe('https://perhekeskus.dev/schema/published-index.json');
    expect(publishedFileSchema('places').url).toBe('https://perhekeskus.dev/schema/published-places.json');
    expect(publishedFileSchema('group-calendar').fileName).toBe('calendar-entries.json');
    expect(publishedFileSchema('region-calendar').fileName).toBe('calendar-entries.json');
    expect(publishedFileSchema('evaluation-calendar').fileName).toBe('calendar-entries.json');
    expect(publishedFileSchema('year-clock').fileName).toBe('published-year-clock.json');
  });
});
