import { unsafeCSS } from 'lit';
// `?inline` gives the file's text; the build minifies it (CSS inside a `css` template would stay as written).
import text from './agreement-status.css?inline';

/** Styles of `<pk-agreement-status>`, from `agreement-status.css` (our own file, so `unsafeCSS` is safe). */
export const styles = unsafeCSS(text);
