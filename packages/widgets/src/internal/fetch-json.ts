/**
 * Why a load failed: an HTTP error status, no answer, an answer that is not JSON, an answer of another
 * content type (an HTML error page, a text file), or no answer in time.
 */
export type LoadFailure = 'http' | 'network' | 'json' | 'type' | 'timeout';

/** A JSON `Content-Type`: `application/json` or a `+json` type (`application/ld+json`), with or without parameters. */
const JSON_TYPE = /^\s*application\/([\w.-]+\+)?json\s*(;|$)/i;

/** A failed load, with the HTTP status for `http`, or the content type the server sent for `type`. */
export class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    readonly status?: string,
  ) {
    super(failure === 'http' ? `HTTP ${status}` : failure);
    this.name = 'LoadError';
  }
}

/** How long a server may take to answer before the load fails as `timeout`. */
export const LOAD_TIMEOUT_MS = 15_000;

/**
 * Fetches a URL (relative to the page; cookies for the same origin only) and parses it as JSON. A
 * server that never answers fails as `timeout` after {@link LOAD_TIMEOUT_MS}, so nothing stays
 * "loading" for good; aborting `signal` rejects with the signal's reason.
 *
 * @param url - absolute or relative to `document.baseURI`
 * @param signal - aborts the request (a newer load, a disconnected widget)
 * @param timeoutMs - how long to wait for the answer
 * @returns the parsed JSON
 * @throws {LoadError} on an HTTP error status, a network failure, an answer whose `Content-Type` is not
 * JSON (`type`: a page's HTML error page is not data), JSON that does not parse, or a timeout
 * @example
 * const json = await fetchJson('/data/index.json', controller.signal);
 */
export async function fetchJson(
  url: string | URL,
  signal: AbortSignal,
  timeoutMs: number = LOAD_TIMEOUT_MS,
): Promise<unknown> {
  // One controller for both reasons to stop (AbortSignal.any is missing from browsers of 2023).
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const stop = () => controller.abort();
  signal.addEventListener('abort', stop, { once: true });
  let text: string;
  try {
    const response = await fetch(new URL(url, document.baseURI), {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new LoadError('http', String(response.status));
    const type = response.headers.get('Content-Type');
    if (!JSON_TYPE.test(type ?? '')) throw new LoadError('type', type ?? '');
    text = await response.text();
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (signal.aborted) throw signal.reason;
    throw new LoadError(timedOut ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadError('json');
  }
}
