import type { ReactiveControllerHost } from 'lit';

/**
 * Keeps focus in the widget after "Try again", whose button goes away while loading (focus would fall
 * to the page's `<body>`): focus waits on the status line while loading, then goes to the new "Try
 * again" when the load failed again, else stays on the status line. A user who has moved focus
 * elsewhere keeps it there. Loaded with a dynamic `import()` when the button is pressed, so a page
 * whose loads never fail does not download it.
 *
 * @param host - the widget
 * @param status - selector of the element that says what happens (focusable: `tabindex="-1"`)
 * @param loading - whether a load is still under way; by default, whether the widget shows an
 * `aria-busy="true"` region (the finder's list, the calendar)
 * @param fallback - selector of what to focus after a load that succeeded when `status` is gone
 * @example
 * focusAfterRetry(this, '[part="status"]'); // `data-source.ts` loads this module and calls it
 */
export function followRetry(
  host: ReactiveControllerHost & HTMLElement,
  status: string,
  loading = () => host.shadowRoot?.querySelector('[aria-busy="true"]') != null,
  fallback = status,
): void {
  const controller = {
    hostUpdated(): void {
      const root = host.shadowRoot;
      const line = root?.querySelector<HTMLElement>(status);
      // Focus has somewhere to be (the user moved on, or it is on the line already): leave it there.
      const free = !root?.activeElement && document.activeElement === document.body;
      if (loading()) {
        if (free) line?.focus();
        return;
      }
      host.removeController(controller);
      if (free || root?.activeElement === line) {
        // The first there of these, in this order (a selector list would take the first in the page).
        for (const selector of ['[part="retry-button"]', status, fallback]) {
          const target = root?.querySelector<HTMLElement>(selector);
          if (target) {
            target.focus();
            return;
          }
        }
      }
    },
  };
  host.addController(controller);
  host.requestUpdate();
}
