// Size budgets (gzip) of the code, checked by `npm run lint` before `bench/page-weight.mjs --check`,
// which checks issue 13's budgets per kind of page as a visitor downloads them (the built-in data
// included). These entries watch the parts: the embed loads each component from chunks/ on first use,
// so a budget is per kind of page — the entry, the component's chunk and its imports, and its words
// in Finnish (one file per language, loaded by the locale controller). Which files those are comes
// from dist/size/embed-graph.json, written by scripts/build.mjs. Limits are the sizes measured when
// set (3 December 2026, issue 13 §6: the widgets compute with `@perhekeskus/core/trusted`, so zod
// left every page — about 10 kB of each — and now comes only with the lazy door checks, which is
// why the lazy chunks together grew from 32 to 44.5 kB; issue 14's robustness — bounded print, the
// content-type check, rows contained, ring names in door messages — added 0.25–1.3 kB, and core's bounded
// parse (no stack overflow on huge lists) 0.2–0.6 kB more, mostly to the lazy door checks), rounded up to the next 0.5 KB: a change that
// adds code to a page must raise its limit here, and one that removes code should lower it.
import { readFileSync } from 'node:fs';

const graph = JSON.parse(readFileSync(new URL('./dist/size/embed-graph.json', import.meta.url), 'utf8'));
const files = (...tags) => [
  `dist/embed/${graph.entry}`,
  ...new Set(tags.flatMap((tag) => graph.components[tag].map((file) => `dist/embed/${file}`))),
];

export default [
  {
    name: 'finder alone, one bundle (Lit, core, all its lazy parts and words; the built-in data is fetched, not bundled)',
    path: 'dist/size/meeting-place-finder.js',
    // + 1.5 KB (issue 15): the data-issue catalogue's new coded rules (rotation, agreement and evaluation
    // references) in fi, sv and en, which the finder's door check words its messages with.
    limit: '60 KB',
    gzip: true,
  },
  {
    name: 'embed: the code of a page with the finder (Finnish words)',
    path: files('meeting-place-finder'),
    limit: '27.5 KB',
    gzip: true,
  },
  {
    name: 'embed: the code of a page with the calendar (Finnish words)',
    path: files('calendar'),
    limit: '27.5 KB',
    gzip: true,
  },
  {
    name: 'embed: the code of a page with the year clock (Finnish words)',
    path: files('year-clock'),
    // + 0.7 KB for issue 15: the clock drawn at the widget's width, dated entries, the lazy plan view's hooks.
    limit: '23.5 KB',
    gzip: true,
  },
  {
    // Issue 15: computed with core/trusted, today from the browser's Intl (no core time code).
    name: 'embed: the code of a page with the agreement status (Finnish words)',
    path: files('agreement-status'),
    limit: '16 KB',
    gzip: true,
  },
  {
    name: 'embed: the code of a page with all three widgets (Finnish words)',
    path: files('meeting-place-finder', 'calendar', 'year-clock'),
    limit: '53 KB',
    gzip: true,
  },
  {
    name: 'embed: every lazy chunk together (other languages, door checks, calendar files, views, reference)',
    path: graph.lazy.map((file) => `dist/embed/${file}`),
    // + 3 KB for <pk-agreement-status> (issue 15): its Swedish and English words (2.1 KB) and door check (0.9 KB);
    // + 1.5 KB for the year clock's plan view (issue 15): its chunk (1.1 KB) and words in Swedish and English;
    // + 1.5 KB for the catalogue's new coded rules (issue 15) in the door checks' messages;
    // + 0.05 KB (issue 16) for the two new manifest file kinds (HTML fragments, their stylesheet) in the door check.
    limit: '53.5 KB',
    gzip: true,
  },
  {
    name: 'classic-script loader (perhekeskus.iife.js)',
    path: 'dist/embed/perhekeskus.iife.js',
    limit: '0.5 KB',
    gzip: true,
  },
];
