// The parts of the calendar a first screen does not need, each loaded with a dynamic `import()` on
// first use: the week view, the day dialog, and the writer of calendar files (core's iCalendar). A
// part loads once per page, for every calendar on it; after a failed load (a network error, an
// embed replaced on the server) it is tried again when the user asks for it again.

/** A module loaded on first use. */
export class LazyPart<T> {
  /** The module, once loaded. */
  module: T | undefined;
  /** True after a load failed, until it is tried again. */
  failed = false;
  private readonly _import: () => Promise<T>;
  private _loading: Promise<T | undefined> | undefined;

  /** @param load - the dynamic `import()` */
  constructor(load: () => Promise<T>) {
    this._import = load;
  }

  /**
   * Loads the module, once: every caller gets the same load.
   *
   * @returns the module, or undefined when it could not be loaded (then `failed` is true)
   */
  load(): Promise<T | undefined> {
    if (this.module) return Promise.resolve(this.module);
    if (this._loading) return this._loading;
    this.failed = false;
    this._loading = this._import().then(
      (module) => {
        this.module = module;
        this.failed = false;
        return module;
      },
      () => {
        this.failed = true;
        this._loading = undefined;
        return undefined;
      },
    );
    return this._loading;
  }

  /** The module, `failed`, or undefined while it is not loaded (yet). */
  get state(): T | 'failed' | undefined {
    return this.module ?? (this.failed ? 'failed' : undefined);
  }
}

/** The week view and the day dialog (`calendar.view-later.ts`). */
export const viewsPart = new LazyPart(() => import('./calendar.view-later.js'));
/** The writer of `.ics` files (`calendar.ics.ts`, with core's `toICalendar`). */
export const icsPart = new LazyPart(() => import('./calendar.ics.js'));

export type ViewsModule = typeof import('./calendar.view-later.js');
export type IcsModule = typeof import('./calendar.ics.js');

/** What of the lazy parts a render may draw: each module, `failed`, or undefined while loading. */
export interface LazyParts {
  views: ViewsModule | 'failed' | undefined;
  ics: IcsModule | 'failed' | undefined;
}
