import { unsafeCSS } from 'lit';
// `?inline` gives the file's text; the build minifies it (CSS inside a `css` template would stay as written).
import text from './year-clock.css?inline';

/** Styles of `<pk-year-clock>`, from `year-clock.css` (our own file, so `unsafeCSS` is safe). */
export const styles = unsafeCSS(text);
