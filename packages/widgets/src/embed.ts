/**
 * The one-file embed (`dist/embed/perhekeskus.js` and `perhekeskus.iife.js`): registers every widget,
 * with Lit, core and the built-in data bundled in. Safe to load twice.
 */
import './components/meeting-place-finder/meeting-place-finder.js';
