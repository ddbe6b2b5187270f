import { unsafeCSS } from 'lit';
// `?inline` gives the file's text; the build minifies it (CSS inside a `css` template would stay as written).
import text from './base.css?inline';

/** What every widget's stylesheet starts with, from `base.css` (our own file, so `unsafeCSS` is safe). */
export const baseStyles = unsafeCSS(text);
