/**
 * The embed (`dist/embed/perhekeskus.js`, loaded with one `<script type="module">` tag): registers
 * `<pk-meeting-place-finder>`, `<pk-calendar>`, `<pk-year-clock>` and `<pk-agreement-status>`. Each component's code loads
 * from the sibling `chunks/` folder the first time its tag appears, so a page with one widget loads
 * one widget; a widget without `src` reads the built-in data from the sibling `data/` folder, the
 * same published files a county serves. Safe to load twice.
 */
import { setBuiltInIndex } from '../internal/built-in.js';
import { autoload } from './autoload.js';

// The built-in data travels with the embed, published beside it at build time (data/etela-savo/).
setBuiltInIndex(new URL('data/etela-savo/index.json', import.meta.url));

// Each loader imports the module that registers the tag for that effect alone: `.then(() => undefined)`
// written at the import lets the bundler leave out the module's namespace object (and a runtime chunk).
autoload({
  'pk-meeting-place-finder': () =>
    import('../components/meeting-place-finder/meeting-place-finder.js').then(() => undefined),
  'pk-calendar': () => import('../components/calendar/calendar.js').then(() => undefined),
  'pk-year-clock': () => import('../components/year-clock/year-clock.js').then(() => undefined),
  'pk-agreement-status': () =>
    import('../components/agreement-status/agreement-status.js').then(() => undefined),
});
