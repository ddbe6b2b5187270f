// Proves that the main entry is tree-shakeable: importing one rule must not drag in the iCalendar
// writer, the scheduling engine or the built-in Etelä-Savo data. Runs after the build (`npm run lint`).

import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = new URL('../dist/index.js', import.meta.url).pathname;

async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const checks = [
  {
    name: 'one rule (terminationEndDate)',
    code: `import { terminationEndDate } from ${JSON.stringify(entry)}; export default terminationEndDate;`,
    mustNotContain: ['BEGIN:VCALENDAR', 'Rantasalmi', 'Juhannus'],
    maxKb: 12,
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
    maxKb: 61,
  },
];

let failed = false;
for (const check of checks) {
  const text = await bundle(check.code);
  const kb = (gzipSync(text, { level: 9 }).length / 1024).toFixed(1);
  const leaked = check.mustNotContain.filter((needle) => text.includes(needle));
  const over = Number(kb) > check.maxKb;
  console.log(
    `${check.name}: ${kb} KB gzip (budget ${check.maxKb} KB)${leaked.length ? ` — LEAKED: ${leaked.join(', ')}` : ''}${over ? ' — OVER BUDGET' : ''}`,
  );
  if (leaked.length || over) failed = true;
}
if (failed) {
  console.error('Tree-shaking check failed: the main entry pulls in code it should not.');
  process.exit(1);
}
