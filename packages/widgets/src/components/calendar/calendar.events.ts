/** Detail of `pk-date-select`: the day the user chose, `YYYY-MM-DD`. */
export interface PkDateSelectDetail {
  date: string;
}

/** Detail of `pk-event-select`: the id of the event whose details the user opened. */
export interface PkEventSelectDetail {
  entryId: string;
}

/** Fired when the user chooses a day in the month grid (Enter, Space or a click). */
export type PkDateSelectEvent = CustomEvent<PkDateSelectDetail>;

/** Fired when the user opens an event's details. */
export type PkEventSelectEvent = CustomEvent<PkEventSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'pk-date-select': PkDateSelectEvent;
    'pk-event-select': PkEventSelectEvent;
  }
}

/**
 * Tells the page the user chose a day (never on load or when attributes change).
 *
 * @param host - the calendar
 * @param date - `YYYY-MM-DD`
 */
export function fireDateSelect(host: EventTarget, date: string): void {
  host.dispatchEvent(
    new CustomEvent<PkDateSelectDetail>('pk-date-select', { detail: { date }, bubbles: true, composed: true }),
  );
}

/**
 * Tells the page the user opened an event's details.
 *
 * @param host - the calendar
 * @param entryId - the entry's `id`
 */
export function fireEventSelect(host: EventTarget, entryId: string): void {
  host.dispatchEvent(
    new CustomEvent<PkEventSelectDetail>('pk-event-select', { detail: { entryId }, bubbles: true, composed: true }),
  );
}
