// Proves that the main entry is tree-shakeable: importing one rule must not drag in the iCalendar
// writer, the scheduling engine or the built-in Etelä-Savo data; and that the trusted entry
// (`@perhekeskus/core/trusted`, issue 13 §6) carries no zod at all. Runs after the build (`npm run lint`).

import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = new URL('../dist/index.js', import.meta.url).pathname;
const trustedEntry = new URL('../dist/trusted.js', import.meta.url).pathname;

async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  // The modules that put bytes into the bundle (a tree-shaken import lists none).
  const modules = Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return { text: result.outputFiles[0].text, modules };
}

const checks = [
  {
    name: 'one rule (terminationEndDate)',
    code: `import { terminationEndDate } from ${JSON.stringify(entry)}; export default terminationEndDate;`,
    mustNotContain: ['BEGIN:VCALENDAR', 'Rantasalmi', 'Juhannus'],
    // Measured 11.9 KB after issue 14 (the rule's schemas check supported years and well-formed text).
    maxKb: 12.5,
  },
  {
    name: 'the whole main entry',
    code: `export * from ${JSON.stringify(entry)};`,
    // The national reference data names every municipality (Rantasalmi too), so the built-in region is
    // recognised by what only it holds: its minutes' abbreviation and its coordinator.
    mustNotContain: ['HYSIVLTK', 'Kokkonen', 'Mannerheimin'],
    // 45 → 56 KB with Finland's 309 municipalities and 21 counties (about 5.3 KB) and publish (about
    // 2.6 KB), issue 12. A bundle carries them only when it uses them.
    // 56 → 61 KB with the one data-issue catalogue, issue 13: measured 60.1 KB, of which the fi, sv
    // and en sentences for every code of `dataIssueCodes` are 7.9 KB (52.2 KB without them). They
    // replace the places-only sentences (about 3 KB) and the sentences the CLI and the widgets kept of
    // their own; the older translators and their tables (legacyIssue, validatePlaces,
    // validateCalendarEntries, searchMessages, calendarMessages) are gone (about 1.1 KB). A bundle that
    // words no issue leaves the catalogue out.
    // 61 → 62 KB with issue 14: measured 60.7 → 61.2 KB for the supported years of every date, instant
    // and year, well-formed text in every text field (FreeText), http(s) links everywhere (WebUrl) and
    // their fi, sv and en sentences; 62.0 KB with the bounded parse that keeps zod's stack in check on
    // lists of 100,000+ invalid items (`too-many-items`, `too-many-issues`), so 63 KB.
    // 63 → 72.5 KB with issue 15's coordinator's toolkit, measured 71.8 KB: conflict-aware scheduling,
    // meeting holders and rotation; agendas, invitation lists and the .ics organiser and attendees;
    // agreement status; the meeting places' follow-up and personal-data deletion dates; the action
    // plan's year clock; and their fi, sv and en sentences. The main entry is everything; a bundle
    // that uses one rule carries that rule (the budget below).
    // 72.5 → 76 KB with issue 16's HTML fragments, measured 75.7 KB: the places, meetings and year-clock
    // fragments with their fi/sv/en words, the HTML escaping and the fragments' stylesheet (about 3.9 KB).
    // HSDS has its own entry (`@perhekeskus/core/hsds`) and is not in this one.
    maxKb: 76,
  },
  {
    name: 'the whole trusted entry (@perhekeskus/core/trusted)',
    code: `export * from ${JSON.stringify(trustedEntry)};`,
    mustNotContain: ['HYSIVLTK', 'Kokkonen'],
    // What a page of trusted data computes with must not download a validator: no module of zod, and
    // none of core's argument checks.
    mustNotBundle: /node_modules\/zod\/|dist\/validation\/(parseInput|formats)\.js$/,
    // Measured 6.4 KB on 3 December 2026 (search, calendar and holidays), issue 13 §6; 7.1 KB with
    // `agreementStatus` and `entryIntoForce` (issue 15, about 0.6 KB), for <pk-agreement-status>.
    maxKb: 7.5,
  },
];

let failed = false;
for (const check of checks) {
  const { text, modules } = await bundle(check.code);
  const kb = (gzipSync(text, { level: 9 }).length / 1024).toFixed(1);
  const leaked = check.mustNotContain.filter((needle) => text.includes(needle));
  if (check.mustNotBundle) leaked.push(...modules.filter((path) => check.mustNotBundle.test(path)));
  const over = Number(kb) > check.maxKb;
  console.log(
    `${check.name}: ${kb} KB gzip (budget ${check.maxKb} KB)${leaked.length ? ` — LEAKED: ${leaked.join(', ')}` : ''}${over ? ' — OVER BUDGET' : ''}`,
  );
  if (leaked.length || over) failed = true;
}
if (failed) {
  console.error('Tree-shaking check failed: an entry pulls in code it should not.');
  process.exit(1);
}
