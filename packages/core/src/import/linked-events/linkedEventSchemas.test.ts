import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { LinkedEvent, LinkedEventPage, LinkedEventsInput } from './linkedEventSchemas.js';

describe('Linked Events schemas', () => {
  it('accept the event shape with nulls, bare dates and fields they do not list', () => {
    const event = {
      id: 'helsinki:1',
      name: { fi: 'A', zh_hans: null },
      start_time: '2026-03-10',
      end_time: null,
      location: { '@id': 'https://api.hel.fi/linkedevents/v1/place/tprek:1/' },
      keywords: [{ '@id': 'https://api.hel.fi/linkedevents/v1/keyword/yso:p1/' }],
      super_event: null,
      super_event_type: null,
      offers: [{ is_free: true, price: null, info_url: null, description: null }],
      custom_data: null,
      '@type': 'Event/LinkedEvent',
    };
    const parsed = z.safeParse(LinkedEvent, event);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(event);
  });

  it('refuse an event without a string id, and a page without a data array', () => {
    expect(z.safeParse(LinkedEvent, { name: { fi: 'A' } }).success).toBe(false);
    expect(z.safeParse(LinkedEvent, { id: '' }).success).toBe(false);
    expect(z.safeParse(LinkedEventPage, { meta: { count: 0, next: null, previous: null } }).success).toBe(false);
  });

  it('take a page, an array or one event at the top, and nothing else', () => {
    expect(z.safeParse(LinkedEventsInput, { meta: { count: 0, next: null, previous: null }, data: [] }).success).toBe(
      true,
    );
    expect(z.safeParse(LinkedEventsInput, [1, 'x']).success).toBe(true);
    expect(z.safeParse(LinkedEventsInput, { id: 'helsinki:1', name: null }).success).toBe(true);
    for (const value of [{ id: 'helsinki:1' }, { data: {} }, 'x', 1, null]) {
      expect(z.safeParse(LinkedEventsInput, value).success).toBe(false);
    }
  });
});
