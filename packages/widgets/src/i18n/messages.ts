// Kept so that the shared modules importing `WidgetLocale` from here need not change: the finder's
// catalogue lives in `./finder/`, and the locale type is core's.
export type { Locale as WidgetLocale } from '@perhekeskus/core';
export type { FinderMessages as Messages } from './finder/index.js';
