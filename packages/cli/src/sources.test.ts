import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { fetchLinkedEvents, linkedEventsRecordsOf, linkedEventsUrl } from './linkedEventsSource.js';
import { messages } from './messages.js';
import { fetchPtvChannels, ptvRecordsOf } from './ptvSource.js';

describe('ptvRecordsOf', () => {
  it('takes the channels of one page, of a list of pages, or a list of channels (the example)', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(ptvRecordsOf({ pageNumber: 1, pageCount: 1, itemList: [a, b] })).toEqual([a, b]);
    expect(
      ptvRecordsOf([
        { pageNumber: 1, pageCount: 2, itemList: [a] },
        { pageNumber: 2, pageCount: 2, itemList: [b] },
      ]),
    ).toEqual([a, b]);
    expect(ptvRecordsOf([a, b])).toEqual([a, b]);
  });

  it('reads a null itemList as an empty page, and nothing else as a response', () => {
    expect(ptvRecordsOf({ pageNumber: 1, pageCount: 0, itemList: null })).toEqual([]);
    expect(ptvRecordsOf({ items: [] })).toBeUndefined();
    expect(ptvRecordsOf('page')).toBeUndefined();
  });
});

describe('linkedEventsRecordsOf', () => {
  it('takes the events of one page, of a list of pages, or a list of events (the example)', () => {
    const e = { id: 'helsinki:1' };
    const f = { id: 'helsinki:2' };
    expect(linkedEventsRecordsOf({ meta: { count: 1, next: null }, data: [e] })).toEqual([e]);
    expect(
      linkedEventsRecordsOf([
        { meta: {}, data: [e] },
        { meta: {}, data: [f] },
      ]),
    ).toEqual([e, f]);
    expect(linkedEventsRecordsOf([e, f])).toEqual([e, f]);
    expect(linkedEventsRecordsOf({ data: 'x' })).toBeUndefined();
  });
});

describe('linkedEventsUrl', () => {
  it('asks for 100 events a page with places and keywords embedded, and the filters (the example)', () => {
    expect(linkedEventsUrl({ base: 'https://api.hel.fi/linkedevents/v1', keyword: 'yso:p4354' })).toBe(
      'https://api.hel.fi/linkedevents/v1/event/?page_size=100&include=location%2Ckeywords&keyword=yso%3Ap4354',
    );
  });

  it('maps --from and --to to Linked Events’ start and end, and tolerates a trailing slash', () => {
    const url = new URL(linkedEventsUrl({ base: 'https://example.invalid/v1/', from: '2026-03-01', to: '2026-03-31' }));
    expect(url.pathname).toBe('/v1/event/');
    expect(url.searchParams.get('start')).toBe('2026-03-01');
    expect(url.searchParams.get('end')).toBe('2026-03-31');
    expect(url.searchParams.has('keyword')).toBe(false);
  });
});

describe('fetching a page larger than a call’s arguments can hold', () => {
  /** More records than `push(...records)` can pass as arguments (the stack gave out at about 120,000). */
  const LARGE = 150_000;
  /** A page of LARGE records (numbers: the paging code does not look inside them). */
  const records = `[${Array.from({ length: LARGE }, (_, i) => i).join(',')}]`;
  const io = (body: string): CliIo => ({
    stdout: { write: () => undefined },
    stderr: { write: () => undefined },
    fetch: async () => ({ ok: true, status: 200, statusText: 'OK', text: async () => body }),
    readFile: async () => '',
    now: () => new Date('2026-01-01T10:00:00Z'),
  });

  it('collects every channel of a PTV page', async () => {
    const page = `{"pageNumber":1,"pageCount":1,"itemList":${records}}`;
    const query = { base: 'https://ptv.example.invalid', api: 'v11', municipality: '681' } as const;
    const channels = await fetchPtvChannels(query, io(page), messages.en, () => undefined);
    expect(channels).toHaveLength(LARGE);
    expect(channels.at(-1)).toBe(LARGE - 1);
  });

  it('collects every event of a Linked Events page', async () => {
    const page = `{"meta":{"next":null},"data":${records}}`;
    const events = await fetchLinkedEvents(
      { base: 'https://le.example.invalid/v1' },
      io(page),
      messages.en,
      () => undefined,
    );
    expect(events).toHaveLength(LARGE);
    expect(events.at(-1)).toBe(LARGE - 1);
  });
});
