import { CliError } from './errors.js';
import { getJson, MAX_PAGES, type PageProgress } from './http.js';
import type { CliIo } from './io.js';
import type { Messages } from './messages.js';

/** Events per page: Linked Events allows up to 100. */
const PAGE_SIZE = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isPage = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && Array.isArray(value['data']) && 'meta' in value;

/**
 * The events in a saved Linked Events response: one page (`{ meta, data }`), a list of pages, or a
 * list of events.
 *
 * @param data - the parsed file
 * @returns the events, or undefined when the file has none of these shapes
 * @example
 * linkedEventsRecordsOf({ meta: { count: 1, next: null }, data: [event] }); // [event]
 */
export function linkedEventsRecordsOf(data: unknown): unknown[] | undefined {
  if (isPage(data)) return data['data'] as unknown[];
  if (!Array.isArray(data)) return undefined;
  if (data.length > 0 && data.every(isPage)) return data.flatMap((page) => page['data'] as unknown[]);
  return data;
}

/** What {@link fetchLinkedEvents} needs. */
export interface LinkedEventsQuery {
  /** The API root, `https://api.hel.fi/linkedevents/v1`. */
  readonly base: string;
  readonly keyword?: string;
  /** `YYYY-MM-DD`: events that end on or after this day (Linked Events' `start`). */
  readonly from?: string;
  /** `YYYY-MM-DD`: events that start on or before this day (Linked Events' `end`). */
  readonly to?: string;
}

/**
 * The first page's address: `{base}/event/?page_size=100&include=location,keywords` plus the filters.
 * The location and keywords are embedded so that the importer can name them without more requests.
 *
 * @param query - base URL and filters
 * @returns the URL
 * @example
 * linkedEventsUrl({ base: 'https://api.hel.fi/linkedevents/v1', keyword: 'yso:p4354' });
 * // 'https://api.hel.fi/linkedevents/v1/event/?page_size=100&include=location%2Ckeywords&keyword=yso%3Ap4354'
 */
export function linkedEventsUrl(query: LinkedEventsQuery): string {
  const url = new URL(`${query.base.replace(/\/+$/, '')}/event/`);
  url.searchParams.set('page_size', String(PAGE_SIZE));
  url.searchParams.set('include', 'location,keywords');
  if (query.keyword !== undefined) url.searchParams.set('keyword', query.keyword);
  if (query.from !== undefined) url.searchParams.set('start', query.from);
  if (query.to !== undefined) url.searchParams.set('end', query.to);
  return url.href;
}

/**
 * Every event a Linked Events query returns, following `meta.next` page by page. A `next` address on
 * another server than `base` stops the import: the command fetches only from where the user pointed it.
 *
 * @param query - base URL and filters
 * @param io - the command's I/O
 * @param m - the messages of the chosen language
 * @param progress - called after each page
 * @returns the events of all pages, in order
 * @throws CliError when a request fails, a page has no `data` list, `next` leaves the server or leads
 *   back to a page already fetched, or there are more than `MAX_PAGES` pages
 * @example
 * await fetchLinkedEvents({ base: 'https://api.hel.fi/linkedevents/v1', from: '2026-03-01' }, io, messages.en, () => {});
 */
export async function fetchLinkedEvents(
  query: LinkedEventsQuery,
  io: CliIo,
  m: Messages,
  progress: PageProgress,
): Promise<unknown[]> {
  const first = linkedEventsUrl(query);
  const origin = new URL(first).origin;
  const events: unknown[] = [];
  const seen = new Set<string>();
  let url: string | undefined = first;
  for (let page = 1; url !== undefined; page++) {
    // A `next` that leads back is a server's loop, not a query too broad: say so, with the pages fetched.
    if (seen.has(url)) throw new CliError(m.pageLoop(url, page - 1));
    if (page > MAX_PAGES) throw new CliError(m.tooManyPages(MAX_PAGES));
    seen.add(url);
    const body = await getJson(url, {}, io, m);
    if (!isRecord(body) || !Array.isArray(body['data']))
      throw new CliError(m.unexpectedResponse(url, '{ meta, data }'));
    // One at a time: `push(...data)` passes every event as an argument, which overflows the stack on a huge page.
    for (const event of body['data'] as unknown[]) events.push(event);
    const meta = isRecord(body['meta']) ? body['meta'] : {};
    progress(page, undefined, events.length);
    const next = meta['next'];
    if (typeof next !== 'string' || next === '') return events;
    let nextUrl: URL;
    try {
      nextUrl = new URL(next, url);
    } catch {
      throw new CliError(m.unexpectedResponse(url, '{ meta: { next: URL } }'));
    }
    if (nextUrl.origin !== origin) throw new CliError(m.otherOrigin(nextUrl.href));
    url = nextUrl.href;
  }
  return events;
}
