import { unsafeCSS } from 'lit';
import text from './controls.css?inline';

/** Buttons and links of the finder and the calendar, from `controls.css` (adopted after `baseStyles`). */
export const controlStyles = unsafeCSS(text);
