import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkCalendarEntries } from '../calendar/checkCalendarEntries.js';
import { etelaSavo } from '../data/etela-savo/region.js';
import { dataIssueMessage } from '../i18n/dataIssueMessage.js';
import { Region } from '../model/region.js';
import { checkPlaces } from '../search/checkPlaces.js';
import { makePlace } from '../search/fixtures.js';
import { boundedSafeParse, longLists, MAX_LIST_ITEMS } from './boundedParse.js';
import { dataIssues } from './dataIssues.js';
import { parseInput, ValidationError } from './parseInput.js';

/** A JSON round trip: what a widget or the CLI gets from a file. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const aliens = (count: number): string[] => Array.from({ length: count }, () => 'aliens');

describe('bounded validation (issue 14: no stack overflow at any input size)', () => {
  it('reports a place with 150,000 invalid audiences as one coded issue naming the row and field, and checks the rest', () => {
    const good = makePlace({ id: 'a' });
    const huge = { ...makePlace({ id: 'b' }), audiences: aliens(150_000), phone: 'call me' };
    const { places, issues, fatal } = checkPlaces(json({ places: [good, huge, makePlace({ id: 'c' })] }));
    expect(fatal).toBe(false);
    expect(places.map((place) => place.id)).toEqual(['a', 'c']);
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: 'places[1].audiences',
        code: 'too-many-items',
        expected: String(MAX_LIST_ITEMS),
        received: '150000',
        row: expect.objectContaining({ section: 'places', index: 1, id: 'b' }),
      }),
    );
    // The rest of the row is still checked.
    expect(issues).toContainEqual(expect.objectContaining({ path: 'places[1]', unknownKeys: ['phone'] }));
    const too = issues.find((issue) => issue.code === 'too-many-items');
    if (too === undefined) return expect.unreachable();
    expect(dataIssueMessage(too, 'en', { document: 'places' })).toMatch(/audiences.*150000 items.*at most 10000 items/);
    expect(dataIssueMessage(too, 'fi', { document: 'places' })).toMatch(/150000 kohtaa.*enintään 10000 kohtaa/);
    expect(dataIssueMessage(too, 'sv', { document: 'places' })).toMatch(/150000 poster.*högst 10000 poster/);
  });

  it('reports an entry with 150,000 invalid languages the same way', () => {
    const entry = {
      id: 'e',
      title: { fi: 'Perhekahvila' },
      start: '2026-03-10T09:30:00+02:00',
      end: '2026-03-10T11:00:00+02:00',
    };
    const { entries, issues } = checkCalendarEntries(json([entry, { ...entry, id: 'f', languages: aliens(150_000) }]));
    expect(entries.map((e) => e.id)).toEqual(['e']);
    expect(issues).toMatchObject([{ path: 'entries[1].languages', code: 'too-many-items', received: '150000' }]);
  });

  it('throws a ValidationError, not a RangeError, for a region with 150,000 invalid audiences in a place', () => {
    const region = json(etelaSavo) as { meetingPlaces: Record<string, unknown>[] };
    region.meetingPlaces[1] = { ...region.meetingPlaces[1], audiences: aliens(150_000) };
    let error: unknown;
    try {
      parseInput(Region, region, 'file');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(dataIssues(error as ValidationError, region)).toMatchObject([
      {
        path: 'meetingPlaces[1].audiences',
        code: 'too-many-items',
        row: { section: 'meetingPlaces', index: 1 },
        received: '150000',
      },
    ]);
  });

  it('says "too many issues" when zod would still overflow on short lists', () => {
    const schema = z.object({ rows: z.array(z.array(z.string())) });
    const rows = Array.from({ length: 40 }, () => Array.from({ length: 5_000 }, () => 0));
    const result = boundedSafeParse(schema, { rows });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(dataIssues(result.issues, { rows })).toMatchObject([{ path: '', code: 'too-many-issues' }]);
  });

  it('passes values to zod as they are while zod copes, long lists too, and keeps the TSDoc example true', () => {
    expect(boundedSafeParse(z.object({ a: z.array(z.number()) }), { a: [1, 2] })).toEqual({
      success: true,
      data: { a: [1, 2] },
    });
    const many = Array.from({ length: 150_000 }, (_, i) => String(i));
    expect(boundedSafeParse(z.object({ a: z.array(z.string()) }), { a: many })).toMatchObject({ success: true });
    const result = boundedSafeParse(z.object({ a: z.array(z.string()) }), { a: Array(150_000).fill(1) });
    expect(result).toMatchObject({
      success: false,
      issues: [
        { code: 'custom', path: ['a'], params: { rule: 'too-many-items', expected: '10000', received: '150000' } },
      ],
    });
  });

  it('rethrows an error of the schema itself on a small value', () => {
    const schema = z.string().check(
      z.refine(() => {
        throw new RangeError('a bug');
      }),
    );
    expect(() => boundedSafeParse(schema, 'x')).toThrow(RangeError);
  });

  it('drops zod issues inside an emptied list (it may be too short) and leaves the input as it was', () => {
    const schema = z.object({ a: z.array(z.number()).check(z.minLength(1)), b: z.string() });
    const input = { a: aliens(150_000), b: 1 };
    const result = boundedSafeParse(schema, input);
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([['a'], ['b']]);
    expect(input.a).toHaveLength(150_000);
  });

  it('finds long lists at any depth without recursion', () => {
    let deep: unknown = aliens(3);
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(() => longLists(deep, 2)).not.toThrow();
    expect(longLists({ x: [{ y: [1, 2, 3] }] }, 2)).toEqual({ lists: [{ keys: ['x', 0, 'y'], count: 3 }], size: 7 });
  });
});
