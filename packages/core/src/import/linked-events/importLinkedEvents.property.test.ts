import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CalendarEntry } from '../../calendar/calendarEntry.js';
import { ValidationError } from '../../validation/parseInput.js';
import { runs } from '../../test/runs.js';
import { ImportIssue } from '../importIssue.js';
import { importLinkedEvents } from './importLinkedEvents.js';

const API = 'https://api.hel.fi/linkedevents/v1';

/** Values of every kind, including ones the API would never send. */
const anyValue = fc.anything({ maxDepth: 3, maxKeys: 5, withNullPrototype: true, withObjectString: true });

/** A multilingual text in the languages we carry, often with others and values of the wrong type. */
const text = fc.dictionary(
  fc.constantFrom('fi', 'sv', 'en', 'se', 'smn', 'sms', 'ru', 'zh_hans', 'ar', '__proto__', 'x.y'),
  fc.oneof(fc.string(), fc.constant(null), fc.constant('<p>a &amp; b</p>'), anyValue),
);

const time = fc.oneof(
  fc.constantFrom('2026-10-24T06:00:00Z', '2026-10-25', '2026-03-29T00:30:00+02:00', '2026-02-30', 'soon', ''),
  fc
    .date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constant(null),
  anyValue,
);

const link = (kind: string) =>
  fc.oneof(
    fc.stringMatching(/^[a-z]{1,6}:[a-z0-9]{1,6}$/).map((id) => ({ '@id': `${API}/${kind}/${id}/` })),
    fc.record({ id: fc.string(), name: text }, { requiredKeys: [] }),
    anyValue,
  );

/** An object shaped somewhat like an event, every field optional and any field possibly wrong. */
const eventLike = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[a-z]{1,6}:[a-zA-Z0-9_]{1,8}$/), fc.string(), anyValue),
    name: fc.oneof(text, anyValue),
    description: text,
    short_description: text,
    location_extra_info: text,
    info_url: text,
    start_time: time,
    end_time: time,
    has_start_time: fc.oneof(fc.boolean(), anyValue),
    has_end_time: fc.boolean(),
    keywords: fc.array(link('keyword'), { maxLength: 4 }),
    audience: fc.oneof(fc.array(link('keyword'), { maxLength: 3 }), anyValue),
    in_language: fc.array(link('language'), { maxLength: 3 }),
    location: fc.oneof(
      link('place'),
      fc.record({ id: fc.string(), name: text, street_address: text, position: anyValue }),
    ),
    super_event: fc.oneof(link('event'), fc.constant(null)),
    super_event_type: fc.constantFrom('recurring', 'umbrella', '', null, 'other'),
    sub_events: fc.array(link('event'), { maxLength: 3 }),
    event_status: fc.constantFrom(
      'EventScheduled',
      'EventCancelled',
      'EventPostponed',
      'EventRescheduled',
      'Odd',
      null,
    ),
    publication_status: fc.constantFrom('public', 'draft', null),
    audience_min_age: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.constant(null), anyValue),
    audience_max_age: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.constant(null)),
    offers: fc.oneof(
      fc.array(
        fc.record(
          { is_free: fc.oneof(fc.boolean(), anyValue), price: text, info_url: text, description: text },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
      anyValue,
    ),
    deleted: fc.oneof(fc.boolean(), anyValue),
    images: anyValue,
    '@id': fc.oneof(fc.webUrl(), fc.string()),
  },
  { requiredKeys: [] },
);

/**
 * A mostly valid event (a Finnish or Swedish name, real times) with the noise of `eventLike` in its
 * other fields.
 */
const plausibleEvent = fc
  .record({
    noise: eventLike,
    id: fc.stringMatching(/^[a-z]{1,6}:[a-zA-Z0-9_]{1,8}$/),
    national: fc.constantFrom('fi', 'sv'),
    title: fc.string({ minLength: 1 }).filter((t) => t.trim() !== ''),
    start: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
    minutes: fc.option(fc.integer({ min: 1, max: 5 * 24 * 60 })),
    dateOnly: fc.boolean(),
  })
  .map(({ noise, id, national, title, start, minutes, dateOnly }) => {
    const iso = new Date(start).toISOString();
    return {
      ...noise,
      id,
      name: { ...(typeof noise.name === 'object' && noise.name !== null ? noise.name : {}), [national]: title },
      start_time: dateOnly ? iso.slice(0, 10) : iso,
      end_time: minutes === null ? null : new Date(start + minutes * 60_000).toISOString(),
    };
  });

/** Checks the promises every result keeps, whatever the items. */
function checkResult(data: readonly unknown[]): void {
  const result = importLinkedEvents({ meta: { count: data.length, next: null, previous: null }, data });
  // One assertion per promise, not per row: the failing rows are in the message all the same.
  expect(result.items.filter((item) => !z.safeParse(CalendarEntry, item).success)).toEqual([]);
  expect(result.issues.filter((issue) => !z.safeParse(ImportIssue, issue).success)).toEqual([]);
  // Each item becomes an entry or is left out with exactly one skip issue.
  expect(result.items.length + result.issues.filter((i) => i.skipped).length).toBe(data.length);
  expect(new Set(result.items.map((e) => e.id)).size).toBe(result.items.length);
}

describe('importLinkedEvents properties', () => {
  it('never throws for arbitrary values inside data: every item becomes an entry or one skip issue', () => {
    fc.assert(fc.property(fc.array(anyValue, { maxLength: 6 }), checkResult), { numRuns: runs(200) });
  });

  it('never throws for arbitrary objects inside data', () => {
    fc.assert(fc.property(fc.array(fc.object({ maxDepth: 3, maxKeys: 5 }), { maxLength: 6 }), checkResult), {
      numRuns: runs(200),
    });
  });

  it('never throws for event-like objects with wrong, missing and hostile fields', () => {
    fc.assert(fc.property(fc.array(eventLike, { maxLength: 6 }), checkResult), { numRuns: runs(300) });
  });

  it('never throws for mostly valid events, and imports those that are scheduled, public and not a series', () => {
    fc.assert(fc.property(fc.array(plausibleEvent, { maxLength: 6 }), checkResult), { numRuns: runs(300) });
    const scheduled = plausibleEvent.map((e) => ({
      ...e,
      event_status: 'EventScheduled',
      publication_status: 'public',
      super_event_type: null,
      deleted: false,
    }));
    fc.assert(
      fc.property(scheduled, (e) => {
        const { items } = importLinkedEvents([e]);
        expect(items).toHaveLength(1);
        expect(items[0]?.source?.id).toBe(e.id);
      }),
      { numRuns: runs(200) },
    );
  });

  it('throws a ValidationError naming input for any top level that is not a Linked Events shape', () => {
    const notAShape = anyValue.filter((value) => {
      if (Array.isArray(value)) return false;
      if (typeof value !== 'object' || value === null) return true;
      if (Array.isArray((value as Record<string, unknown>)['data'])) return false;
      return !(typeof (value as Record<string, unknown>)['id'] === 'string' && Object.hasOwn(value, 'name'));
    });
    fc.assert(
      fc.property(notAShape, (value) => {
        expect(() => importLinkedEvents(value)).toThrow(ValidationError);
        expect(() => importLinkedEvents(value)).toThrow(/^input/);
      }),
      { numRuns: runs(300) },
    );
  });
});
