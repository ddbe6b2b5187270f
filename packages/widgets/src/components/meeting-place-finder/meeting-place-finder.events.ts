import type { PlaceFilter } from '@perhekeskus/core';

/**
 * The finder's events, fired on user action only (never on load or when attributes or properties
 * change), and their types.
 */

/** Detail of `pk-filter-change`: the filter the user has set (a `PlaceFilter` of `@perhekeskus/core`). */
export type PkFilterChangeDetail = PlaceFilter;

/** Detail of `pk-place-select`: the id of the place the user chose. */
export interface PkPlaceSelectDetail {
  placeId: string;
}

/** Fired when the user changes a filter (never on load or when properties change). */
export type PkFilterChangeEvent = CustomEvent<PkFilterChangeDetail>;

/** Fired when the user opens a place's details (never on load or when properties change). */
export type PkPlaceSelectEvent = CustomEvent<PkPlaceSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'pk-filter-change': PkFilterChangeEvent;
    'pk-place-select': PkPlaceSelectEvent;
  }
}

/** `pk-filter-change`: the user changed a filter; `detail` is a copy of the new filter. */
export function emitFilterChange(host: HTMLElement, filter: PlaceFilter): void {
  host.dispatchEvent(
    new CustomEvent<PkFilterChangeDetail>('pk-filter-change', {
      detail: structuredClone(filter),
      bubbles: true,
      composed: true,
    }),
  );
}

/** `pk-place-select`: the user opened a place's details. */
export function emitPlaceSelect(host: HTMLElement, placeId: string): void {
  host.dispatchEvent(
    new CustomEvent<PkPlaceSelectDetail>('pk-place-select', { detail: { placeId }, bubbles: true, composed: true }),
  );
}
