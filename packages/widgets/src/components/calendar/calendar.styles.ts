import { unsafeCSS } from 'lit';
import { baseStyles } from '../../styles/base.js';
import { controlStyles } from '../../styles/controls.js';
// `?inline` gives the file's text; the build minifies it (CSS inside a `css` template would stay as written).
import text from './calendar.css?inline';

/** Styles of `<pk-calendar>`: the shared base and controls, then `calendar.css` (our own file, so `unsafeCSS` is safe). */
export const styles = [baseStyles, controlStyles, unsafeCSS(text)];
