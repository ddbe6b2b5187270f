import { unsafeCSS } from 'lit';
// `?inline` gives the file's text; the build minifies it (CSS inside a `css` template would stay as written).
import text from './meeting-place-finder.css?inline';

/** Styles of `<pk-meeting-place-finder>`, from `meeting-place-finder.css` (our own file, so `unsafeCSS` is safe). */
export const styles = unsafeCSS(text);
