/** Detail of `pk-entry-select`: the entry the user chose and the ring it is drawn in. */
export interface PkEntrySelectDetail {
  entryId: string;
  ringId: string;
}

/** Fired when the user chooses an entry of a year clock (never on load or when properties change). */
export type PkEntrySelectEvent = CustomEvent<PkEntrySelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'pk-entry-select': PkEntrySelectEvent;
  }
}

/**
 * The `pk-entry-select` event: bubbles out of the shadow root to the page.
 *
 * @param detail - the chosen entry and its ring
 * @returns the event to dispatch
 * @example
 * this.dispatchEvent(entrySelectEvent({ entryId: 'local-jan-feb', ringId: 'relationship-support-year-clock' }));
 */
export function entrySelectEvent(detail: PkEntrySelectDetail): PkEntrySelectEvent {
  return new CustomEvent('pk-entry-select', { detail, bubbles: true, composed: true });
}
