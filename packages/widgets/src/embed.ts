/**
 * The one-file embed (`dist/embed/perhekeskus.js` and `perhekeskus.iife.js`): registers the
 * meeting-place finder, with Lit, core and the built-in data bundled in. Safe to load twice. The
 * calendar and the year clock join it once they fit its 45 kB budget (see the README's Size section).
 */
import './components/meeting-place-finder/meeting-place-finder.js';
