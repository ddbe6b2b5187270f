import type { Locale } from '@perhekeskus/core';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { type Messages, messages } from './messages.js';

/** How long one request may take. */
const TIMEOUT_MS = 60_000;
/** A query that needs more pages than this is a mistake (or a server that never stops). */
export const MAX_PAGES = 500;
const USER_AGENT = 'perhekeskus-cli';

/** Why a request failed, in the words Node gives (`ENOTFOUND`, `The operation was aborted due to timeout`). */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error.message;
}

/**
 * GETs a URL and parses the JSON it answers, with the command's user agent and a timeout.
 *
 * @param url - the address
 * @param headers - extra headers (`x-api-key`)
 * @param io - the command's I/O (its `fetch`)
 * @param m - the messages of the chosen language
 * @returns the parsed body
 * @throws CliError when the request fails, the status is not 2xx (with a hint about the key for 401
 *   and 403 when one was sent) or the body is not JSON
 * @example
 * const page = await getJson('https://api.hel.fi/linkedevents/v1/event/?page_size=100', {}, io, messages.fi);
 */
export async function getJson(
  url: string,
  headers: Readonly<Record<string, string>>,
  io: CliIo,
  m: Messages,
): Promise<unknown> {
  let response: Awaited<ReturnType<CliIo['fetch']>>;
  try {
    response = await io.fetch(url, {
      headers: { accept: 'application/json', 'user-agent': USER_AGENT, ...headers },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new CliError(m.networkError(url, reasonOf(error)));
  }
  if (!response.ok) {
    const hint = (response.status === 401 || response.status === 403) && 'x-api-key' in headers;
    throw new CliError(`${m.httpError(url, response.status, response.statusText)}${hint ? ` ${m.httpAuthHint}` : ''}`);
  }
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(m.notJson(url));
  }
}

/** Reports pages as they arrive (on standard error, when asked or when a person is watching). */
export type PageProgress = (page: number, pageCount: number | undefined, items: number) => void;

/**
 * Writes one line per fetched page to standard error when `--progress` is given or a person is
 * watching standard error (a terminal); otherwise stays silent.
 *
 * @param wanted - whether `--progress` was given
 * @param io - the command's I/O
 * @param lang - the language of the lines
 * @returns the reporter
 * @example
 * const progress = pageReporter(true, io, 'fi');
 * progress(2, 5, 200); // stderr: 'perhekeskus: haettu sivu 2/5 (200 tietuetta)'
 */
export function pageReporter(wanted: boolean, io: CliIo, lang: Locale): PageProgress {
  const show = wanted || io.stderr.isTTY === true;
  return (page, pageCount, items) => {
    if (show) io.stderr.write(`perhekeskus: ${messages[lang].pageProgress(page, pageCount, items)}\n`);
  };
}
