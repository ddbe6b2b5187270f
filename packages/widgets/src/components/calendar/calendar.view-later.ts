// The views a first screen does not show, in one module loaded on first use (`calendar.lazy.ts`): the
// week and the day dialog, with their stylesheet, which the calendar adopts when the module arrives.
// One module rather than two, so the bundler keeps what they share with the month and the agenda in
// the calendar's own chunk instead of splitting it into a chunk of its own.
import { unsafeCSS } from 'lit';
// `?inline` gives the file's text; the build minifies it (our own file, so `unsafeCSS` is safe).
import text from './calendar.view-later.css?inline';

export { dialogView } from './calendar.view-dialog.js';
export { weekView } from './calendar.view-week.js';

/** Styles of the week and the dialog, after `calendar.css`. */
export const styles = unsafeCSS(text);
