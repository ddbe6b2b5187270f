import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Why loading `src` failed: an HTTP error status, no answer at all, or an answer that is not JSON. */
export type LoadFailure = 'http' | 'network' | 'json';

/**
 * Loads a component's `src` URL as JSON, one load at a time, and hands the parsed JSON to `accept` (the
 * component validates it, with core) or the reason to `fail` (`status` is the HTTP status for `'http'`).
 * Every {@link begin} aborts the fetch in flight and drops its answer; disconnecting the host aborts it too.
 *
 * @example
 * // a LitElement's field:
 * private readonly _loader = new SrcLoader(this, (json) => this._accept(json), (failure, status) => this._fail(failure, status));
 * // when its inputs change:
 * void this._loader.fetch(this.src, this._loader.begin()); // later: this._accept([...]) or this._fail('http', '404')
 */
export class SrcLoader implements ReactiveController {
  private _token = 0;
  private _controller: AbortController | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly _onJson: (json: unknown) => void,
    private readonly _onFailure: (failure: LoadFailure, status?: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this._controller?.abort();
  }

  /**
   * Starts a new load (of `src` or of anything else the component loads): the previous fetch is aborted
   * and its answer dropped.
   *
   * @returns the token that {@link isCurrent} and {@link fetch} take
   */
  begin(): number {
    this._controller?.abort();
    this._controller = undefined;
    return ++this._token;
  }

  /**
   * Whether `token` is still the latest load's.
   *
   * @param token - from {@link begin}
   * @returns false once a newer load has begun
   */
  isCurrent(token: number): boolean {
    return token === this._token;
  }

  /**
   * Fetches `src` (relative to the page, cookies for the same origin only), parses it as JSON and hands
   * it on, unless a newer load has begun meanwhile.
   *
   * @param src - the URL, as given in the component's `src` attribute
   * @param token - from {@link begin}
   * @returns when the JSON or the failure has been handed on (or dropped)
   */
  async fetch(src: string, token: number): Promise<void> {
    const controller = new AbortController();
    this._controller = controller;
    let text: string;
    try {
      const response = await fetch(new URL(src, document.baseURI), {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        if (this.isCurrent(token)) this._onFailure('http', String(response.status));
        return;
      }
      text = await response.text();
    } catch {
      if (this.isCurrent(token) && !controller.signal.aborted) this._onFailure('network');
      return;
    }
    if (!this.isCurrent(token)) return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this._onFailure('json');
      return;
    }
    this._onJson(json);
  }
}
