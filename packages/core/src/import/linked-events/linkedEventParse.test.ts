import { describe, expect, it } from 'vitest';
import { parseLinkedEvent } from './linkedEventParse.js';

describe('parseLinkedEvent', () => {
  it('leaves out one language and one list element rather than the event (documented example)', () => {
    const link = { '@id': 'https://api.hel.fi/linkedevents/v1/keyword/yso:p4354/' };
    const { event, issues } = parseLinkedEvent({
      id: 'helsinki:1',
      name: { fi: 'Vauvakahvila', ru: 5 },
      keywords: [link, 7],
    });
    expect(event).toEqual({ id: 'helsinki:1', name: { fi: 'Vauvakahvila' }, keywords: [link] });
    expect(issues.map((i) => [i.field, i.code, i.skipped])).toEqual([
      ['name.ru', 'invalid-field', false],
      ['keywords[1]', 'invalid-field', false],
    ]);
  });

  it('leaves out a whole field of the wrong type, and keeps fields it does not know', () => {
    const { event, issues } = parseLinkedEvent({ id: 'a:1', start_time: 1_773_000_000, colour: 'red', offers: 'free' });
    expect(event).toEqual({ id: 'a:1', colour: 'red' });
    expect(issues.map((i) => i.field)).toEqual(['start_time', 'offers']);
    expect(issues[0]?.message).toMatch(/^Left out: /);
  });

  it('cuts inside an expanded place and inside one offer', () => {
    const { event, issues } = parseLinkedEvent({
      id: 'a:1',
      location: { id: 'tprek:1', name: 'Kirjasto', postal_code: '00100' },
      offers: [{ is_free: 'yes' }, { is_free: true }],
    });
    expect(event).toEqual({
      id: 'a:1',
      location: { id: 'tprek:1', postal_code: '00100' },
      offers: [{ is_free: true }],
    });
    expect(issues.map((i) => i.field)).toEqual(['location.name', 'offers[0]']);
  });

  it('gives no event, and one skip issue, for an item without a string id', () => {
    for (const item of [{ name: { fi: 'A' } }, { id: 5 }, { id: '' }]) {
      const { event, issues } = parseLinkedEvent(item);
      expect(event).toBeUndefined();
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ field: 'id', code: 'invalid-event', skipped: true });
    }
  });

  it('passes a valid event through unchanged, without issues', () => {
    const item = { id: 'a:1', name: { fi: 'A', sv: null }, start_time: '2026-03-10', has_start_time: false };
    expect(parseLinkedEvent(item)).toEqual({ event: item, issues: [] });
  });

  it('does not let a __proto__ key give the event fields it does not have', () => {
    const item = JSON.parse('{"id":"a:1","__proto__":{"start_time":"2026-03-10","deleted":true}}') as Record<
      string,
      unknown
    >;
    const { event } = parseLinkedEvent(item);
    expect(event?.start_time).toBeUndefined();
    expect(event?.deleted).toBeUndefined();
  });
});

describe('parseLinkedEvent on long lists', () => {
  it('leaves out each bad element of a list of 150,000, one issue each worded as for a short list', () => {
    const keywords = Array.from({ length: 150_000 }, (_, i) => (i % 1_000 === 0 ? { id: `yso:p${i}` } : 7));
    const { event, issues } = parseLinkedEvent({ id: 'helsinki:1', name: { fi: 'Vauvakahvila' }, keywords });
    expect(event?.keywords).toHaveLength(150);
    expect(issues).toHaveLength(149_850);
    expect(issues[0]).toEqual({
      field: 'keywords[1]',
      code: 'invalid-field',
      message: 'Left out: expected object',
      skipped: false,
    });
    expect(issues[0]).toEqual(parseLinkedEvent({ id: 'helsinki:1', keywords: [{}, 7] }).issues[0]);
  });
});
