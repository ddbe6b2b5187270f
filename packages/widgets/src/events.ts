import type { PlaceFilter } from '@perhekeskus/core';

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
