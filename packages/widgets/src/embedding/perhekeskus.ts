/**
 * The embed (`dist/embed/perhekeskus.js`, loaded with one `<script type="module">` tag): registers
 * `<pk-meeting-place-finder>`, `<pk-calendar>` and `<pk-year-clock>`. Each component's code — and
 * the built-in data, only when a widget uses it — loads from the sibling `chunks/` folder the first
 * time its tag appears, so a page with one widget loads one widget. Safe to load twice.
 */
import { autoload } from './autoload.js';

autoload({
  'pk-meeting-place-finder': () => import('../components/meeting-place-finder/meeting-place-finder.js'),
  'pk-calendar': () => import('../components/calendar/calendar.js'),
  'pk-year-clock': () => import('../components/year-clock/year-clock.js'),
});
