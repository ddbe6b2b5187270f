import { CliError } from './errors.js';
import { getJson, MAX_PAGES, type PageProgress } from './http.js';
import type { CliIo } from './io.js';
import type { Messages } from './messages.js';

/** The public PTV API (Suomi.fi Palvelutietovaranto) of the Finnish Digital and Population Data Services Agency. */
export const PTV_DEFAULT_BASE = 'https://api.palvelutietovaranto.suomi.fi';

/**
 * The list of a municipality's service channels, per API version; `{code}` is the municipality code
 * and `?page=N` is appended. The v11 path is PTV's documented
 * `GET /api/v11/ServiceChannel/list/area/{area}/code/{code}` with area `Municipality` (its response is
 * `{ pageNumber, pageSize, pageCount, itemList }`). The v12 path is an ASSUMPTION, not checked
 * against PTV's v12 documentation: the same path under `/api/v12/`, with the `x-api-key` header
 * and `pageSize=100` (v12 pages at most 100 items). Change it here when the v12 shape is confirmed.
 */
export const PTV_LIST_PATHS = {
  v11: '/api/v11/ServiceChannel/list/area/Municipality/code/{code}',
  v12: '/api/v12/ServiceChannel/list/area/Municipality/code/{code}',
} as const;

export type PtvApi = keyof typeof PTV_LIST_PATHS;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isPage = (value: unknown): value is Record<string, unknown> => isRecord(value) && 'itemList' in value;

/** A page's items: `itemList`, which PTV sends as `null` for an empty page. */
function itemsOf(page: Record<string, unknown>): unknown[] | undefined {
  const list = page['itemList'];
  if (list === null) return [];
  return Array.isArray(list) ? list : undefined;
}

/**
 * The service channels in a saved PTV response: one page (`{ itemList, pageCount, … }`), a list of
 * pages, or a list of channels.
 *
 * @param data - the parsed file
 * @returns the channels, or undefined when the file has none of these shapes
 * @example
 * ptvRecordsOf([{ pageNumber: 1, pageCount: 2, itemList: [a] }, { pageNumber: 2, pageCount: 2, itemList: [b] }]); // [a, b]
 */
export function ptvRecordsOf(data: unknown): unknown[] | undefined {
  if (isPage(data)) return itemsOf(data);
  if (!Array.isArray(data)) return undefined;
  if (data.length > 0 && data.every(isPage)) {
    const pages = data.map(itemsOf);
    return pages.every((p) => p !== undefined) ? pages.flat() : undefined;
  }
  return data;
}

/** What {@link fetchPtvChannels} needs. */
export interface PtvQuery {
  readonly base: string;
  readonly api: PtvApi;
  readonly municipality: string;
  readonly key?: string;
}

/**
 * Every service channel PTV lists for a municipality, page by page until `pageCount`.
 *
 * @param query - base URL, API version, municipality code and (for v12) the key
 * @param io - the command's I/O
 * @param m - the messages of the chosen language
 * @param progress - called after each page
 * @returns the channels of all pages, in order
 * @throws CliError when a request fails, a page has no `itemList`, or there are more than `MAX_PAGES` pages
 * @example
 * await fetchPtvChannels({ base: PTV_DEFAULT_BASE, api: 'v11', municipality: '681' }, io, messages.fi, () => {});
 * // GET https://api.palvelutietovaranto.suomi.fi/api/v11/ServiceChannel/list/area/Municipality/code/681?page=1, …
 */
export async function fetchPtvChannels(
  query: PtvQuery,
  io: CliIo,
  m: Messages,
  progress: PageProgress,
): Promise<unknown[]> {
  const base = query.base.replace(/\/+$/, '');
  const path = PTV_LIST_PATHS[query.api].replace('{code}', encodeURIComponent(query.municipality));
  const headers: Record<string, string> = query.key === undefined ? {} : { 'x-api-key': query.key };
  const channels: unknown[] = [];
  for (let page = 1; ; page++) {
    if (page > MAX_PAGES) throw new CliError(m.tooManyPages(MAX_PAGES));
    const url = `${base}${path}?page=${page}${query.api === 'v12' ? '&pageSize=100' : ''}`;
    const body = await getJson(url, headers, io, m);
    const items = isRecord(body) ? itemsOf(body) : undefined;
    if (!isRecord(body) || items === undefined)
      throw new CliError(m.unexpectedResponse(url, '{ itemList, pageCount }'));
    // One at a time: `push(...items)` passes every item as an argument, which overflows the stack on a huge page.
    for (const item of items) channels.push(item);
    const pageCount = typeof body['pageCount'] === 'number' ? body['pageCount'] : undefined;
    progress(page, pageCount, channels.length);
    if (pageCount === undefined || page >= pageCount || items.length === 0) return channels;
  }
}
