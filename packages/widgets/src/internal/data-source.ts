import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError, type LoadFailure } from './fetch-json.js';

/** Where a data source is: nothing asked yet, loading, loaded, or failed (perhaps with older data kept). */
export type DataStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads a component's data and keeps the state a view needs, the same way in every widget:
 * - the newest request wins: a load started while another runs aborts it and drops its answer;
 * - a widget disconnected while loading (a CMS moving a block) aborts, and loads again when it is
 *   connected again;
 * - a failed refresh keeps the last good data (`data` stays, `status` is `error`);
 * - `retry()` runs the last load again; a slow server fails as `timeout` instead of loading for good.
 *
 * @example
 * private readonly _data = new DataSource<Places>(this);
 * // when `src` changes:
 * this._data.load((signal) => loadPlaces(this.src, signal));
 * // in render: this._data.status, this._data.data, this._data.failure
 */
export class DataSource<T> implements ReactiveController {
  /** The last data loaded, kept when a later load fails. */
  data: T | undefined;
  status: DataStatus = 'idle';
  /** Why the last load failed, while `status` is `error`. */
  failure: LoadFailure | undefined;
  /** The HTTP status of an `http` failure; the content type the server sent for a `type` failure. */
  httpStatus: string | undefined;

  private _loader: ((signal: AbortSignal) => Promise<T>) | undefined;
  private _controller: AbortController | undefined;
  private _interrupted = false;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  hostConnected(): void {
    if (this._interrupted && this._loader) this._run(this._loader);
  }

  hostDisconnected(): void {
    if (this._controller) {
      this._interrupted = true;
      this._controller.abort();
      this._controller = undefined;
    }
  }

  /**
   * Starts loading with `loader`, aborting a load in flight. The host updates when the load settles.
   *
   * @param loader - fetches and checks the data; reject with a {@link LoadError} to say why it failed
   * @returns when this load has settled, or been superseded
   */
  load(loader: (signal: AbortSignal) => Promise<T>): Promise<void> {
    this._loader = loader;
    return this._run(loader);
  }

  /** Sets data that needs no loading (a property the page gave), ending any load in flight. */
  set(data: T): void {
    this._controller?.abort();
    this._controller = undefined;
    this._loader = undefined;
    this._interrupted = false;
    this.data = data;
    this.status = 'ready';
    this.failure = undefined;
    this._host.requestUpdate();
  }

  /** Runs the last load again (the "try again" button). */
  retry(): Promise<void> {
    return this._loader ? this._run(this._loader) : Promise.resolve();
  }

  private async _run(loader: (signal: AbortSignal) => Promise<T>): Promise<void> {
    this._controller?.abort();
    const controller = new AbortController();
    this._controller = controller;
    this._interrupted = false;
    this.status = 'loading';
    this.failure = undefined;
    this.httpStatus = undefined;
    this._host.requestUpdate();
    try {
      const data = await loader(controller.signal);
      if (this._controller !== controller) return;
      this.data = data;
      this.status = 'ready';
    } catch (error) {
      if (this._controller !== controller || controller.signal.aborted) return;
      this.status = 'error';
      this.failure = error instanceof LoadError ? error.failure : 'network';
      this.httpStatus = error instanceof LoadError ? error.status : undefined;
      // Anything else is a bug in the loader; say so where a web team looks, and show a failed load.
      if (!(error instanceof LoadError)) console.error('perhekeskus: loading failed', error);
    }
    this._controller = undefined;
    this._host.requestUpdate();
  }
}

/**
 * After "Try again": keeps focus in the widget while the load runs and after it (`retry-focus.ts`,
 * loaded only now, since most pages never need it).
 *
 * @param host - the widget
 * @param status - selector of its status line (`tabindex="-1"`)
 * @param loading - whether a load is still under way (by default: an `aria-busy="true"` region is shown)
 * @param fallback - what to focus after a load that succeeded when the status line is gone
 */
export function focusAfterRetry(
  host: ReactiveControllerHost & HTMLElement,
  status: string,
  loading?: () => boolean,
  fallback?: string,
): void {
  void import('./retry-focus.js').then(
    (m) => m.followRetry(host, status, loading, fallback),
    // Without the module, focus stays where the browser put it.
    () => {},
  );
}
