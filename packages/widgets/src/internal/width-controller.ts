import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width the widget has, not the window's: a widget in a narrow sidebar of a wide page lays itself
 * out as on a phone. `narrow` is true below `breakpoint` CSS pixels; the host updates only when that
 * flips, so resizing costs nothing in between.
 *
 * The flip is applied in the next animation frame, not inside the ResizeObserver's callback: a new
 * layout there changes the host's size within the same delivery, which the browser reports as
 * "ResizeObserver loop completed with undelivered notifications". In the frame the host re-renders
 * before layout, and the observer then reports the new size as an ordinary change.
 *
 * A host that sizes a drawing to its width passes `step` (CSS pixels): it then also updates when the
 * width, rounded down to a multiple of `step`, changes, and reads it in `width` (0 until measured).
 *
 * @example
 * private readonly _width = new WidthController(this, 560);
 * // in render: this._width.narrow ? compact : wide
 * private readonly _size = new WidthController(this, 480, 16); // this._size.width: 0, 16, 32, … px
 */
export class WidthController implements ReactiveController {
  narrow = false;
  /** The width in CSS pixels, rounded down to a multiple of `step`; 0 until measured or without `step`. */
  width = 0;
  private _observer: ResizeObserver | undefined;
  /** The latest width's verdict, waiting for the frame that applies it. */
  private _measured: boolean | undefined;
  private _measuredWidth = 0;
  private _frame: number | undefined;

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _breakpoint: number,
    private readonly _step = 0,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver !== 'function') return;
    this._observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      // A hidden widget has no width; keep its layout until it shows.
      if (width === 0) return;
      this._measured = width < this._breakpoint;
      if (this._step > 0) this._measuredWidth = Math.floor(width / this._step) * this._step;
      this._frame ??= requestAnimationFrame(() => this._apply());
    });
    this._observer.observe(this._host);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    if (this._frame !== undefined) cancelAnimationFrame(this._frame);
    this._frame = undefined;
    this._measured = undefined;
  }

  /** Applies the latest verdict, if it still differs (the host may have set `narrow` itself meanwhile). */
  private _apply(): void {
    this._frame = undefined;
    const narrow = this._measured;
    this._measured = undefined;
    if (this._observer === undefined || narrow === undefined) return;
    const width = this._step > 0 ? this._measuredWidth : 0;
    if (narrow === this.narrow && width === this.width) return;
    this.narrow = narrow;
    this.width = width;
    this._host.requestUpdate();
  }
}
