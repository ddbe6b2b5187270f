import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width the widget has, not the window's: a widget in a narrow sidebar of a wide page lays itself
 * out as on a phone. `narrow` is true below `breakpoint` CSS pixels; the host updates only when that
 * flips, so resizing costs nothing in between.
 *
 * @example
 * private readonly _width = new WidthController(this, 560);
 * // in render: this._width.narrow ? compact : wide
 */
export class WidthController implements ReactiveController {
  narrow = false;
  private _observer: ResizeObserver | undefined;

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _breakpoint: number,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver !== 'function') return;
    this._observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      // A hidden widget has no width; keep its layout until it shows.
      if (width === 0) return;
      const narrow = width < this._breakpoint;
      if (narrow !== this.narrow) {
        this.narrow = narrow;
        this._host.requestUpdate();
      }
    });
    this._observer.observe(this._host);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
  }
}
