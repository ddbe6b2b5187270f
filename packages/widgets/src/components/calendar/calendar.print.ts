import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: the calendar prints an agenda of the visible period, which it
 * must render between `beforeprint` and the print itself (the browser prints straight after the
 * event, so nothing printed may wait for a download).
 */
export class PrintController implements ReactiveController {
  printing = false;
  private readonly _onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    this._host.requestUpdate();
  };

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this._onPrint);
    window.addEventListener('afterprint', this._onPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this._onPrint);
    window.removeEventListener('afterprint', this._onPrint);
  }
}
