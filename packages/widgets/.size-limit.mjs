// Size budgets (gzip), checked by `npm run lint`. The embed loads each component from chunks/ on
// first use, so a budget is per kind of page: the entry plus the chunks that page's widgets import.
// Which files those are comes from dist/size/embed-graph.json, written by scripts/build.mjs.
import { readFileSync } from 'node:fs';

const graph = JSON.parse(readFileSync(new URL('./dist/size/embed-graph.json', import.meta.url), 'utf8'));
const files = (...tags) => [
  `dist/embed/${graph.entry}`,
  ...new Set(tags.flatMap((tag) => graph.components[tag].map((file) => `dist/embed/${file}`))),
];

export default [
  {
    name: 'finder alone, one bundle (Lit and core included, built-in data excluded); issue 4 asked 25 KB, see README',
    path: 'dist/size/meeting-place-finder.js',
    // 37 → 38 KB with names in six languages marked by language, meeting-mode lists and vocabulary
    // labels (issue 12); issue 13 rebuilds the widgets for half the weight.
    limit: '38 KB',
    gzip: true,
  },
  {
    name: 'embed: a page with the finder (built-in data apart)',
    path: files('meeting-place-finder'),
    limit: '45 KB',
    gzip: true,
  },
  {
    name: 'embed: a page with the calendar (built-in data apart)',
    path: files('calendar'),
    limit: '47 KB',
    gzip: true,
  },
  {
    name: 'embed: a page with the year clock (built-in data apart)',
    path: files('year-clock'),
    limit: '35 KB',
    gzip: true,
  },
  {
    name: 'embed: a page with all three widgets (built-in data apart)',
    path: files('meeting-place-finder', 'calendar', 'year-clock'),
    limit: '72 KB',
    gzip: true,
  },
  {
    name: 'embed: every built-in data chunk together (each loads only when a widget uses it)',
    path: graph.data.map((file) => `dist/embed/${file}`),
    limit: '25 KB',
    gzip: true,
  },
  {
    name: 'classic-script loader (perhekeskus.iife.js)',
    path: 'dist/embed/perhekeskus.iife.js',
    limit: '1 KB',
    gzip: true,
  },
];
