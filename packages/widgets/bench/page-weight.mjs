// What a visitor downloads for a page with our widgets, measured in headless Chromium: every script
// and data file the page fetches from the embed folder (the built-in data included), each gzipped
// (-9) and summed — beside FullCalendar 7 (month + list views, Finnish locale, its CSS) and Cally (a
// date picker) bundled in the same run. `--check` fails above a page's budget (CI).
//
// Usage: node bench/page-weight.mjs [--check] [--files]   (after `npm run build`; CHROME_PATH overrides /usr/bin/chromium)
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const check = process.argv.includes('--check');
const listFiles = process.argv.includes('--files');
const embed = fileURLToPath(new URL('../dist/embed/', import.meta.url));
const out = fileURLToPath(new URL('./.out/', import.meta.url));

/**
 * Per kind of page: `budgetKb`, what CI allows (`--check`): today's measurement plus 0.3 KB (the
 * manifest's timestamp moves gzip by a few bytes between builds), so a page can only get lighter; `targetKb`, issue 13's goal, reported beside it until the budget reaches it.
 * KB of gzip, the built-in data included.
 */
const PAGES = {
  finder: { tags: ['pk-meeting-place-finder'], budgetKb: 31.7, targetKb: 32 },
  calendar: { tags: ['pk-calendar'], budgetKb: 31.8, targetKb: 34 },
  // + 0.7 KB for issue 15's year clock: drawn at the widget's width, dated entries, hooks of the lazy plan view
  // (its chunk 8.5 → 9.0 KB, its Finnish words and the width controller 0.15 KB, measured on one tree).
  'year clock': { tags: ['pk-year-clock'], budgetKb: 25.8, targetKb: 28 },
  // Issue 15: the agreement status on a public page (measured 19.0 KB, 3 December 2026); target 20 KB.
  'agreement status': { tags: ['pk-agreement-status'], budgetKb: 18.6, targetKb: 20 },
  'all three': { tags: ['pk-meeting-place-finder', 'pk-calendar', 'pk-year-clock'], budgetKb: 61.3, targetKb: 48 },
  // The coordinator's year clock (issue 15): the whole action plan of this year, its view a lazy chunk
  // (measured 30.1 KB, 3 December 2026, of which action-plan/<year>.json 4.1 KB and the plan view 1.1 KB).
  plan: { markup: '<pk-year-clock source="plan"></pk-year-clock>', budgetKb: 29.9, targetKb: 32 },
};

/** How long a page may take to settle before the run fails (a busy CI machine, never a hang). */
const SETTLE_TIMEOUT_MS = 60_000;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html' };
const gzipKb = (bytes) => gzipSync(bytes, { level: 9 }).length / 1024;

/** The embed folder under /embed/, and one test page per kind of page. */
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const page = /^\/page\/(.+)\.html$/.exec(path);
  if (page) {
    const kind = PAGES[page[1]];
    const markup = kind?.markup ?? (kind?.tags ?? []).map((tag) => `<${tag}></${tag}>`).join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="fi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>weight</title></head><body>` +
        `${markup}<script type="module" src="/embed/perhekeskus.js"></script></body></html>`,
    );
    return;
  }
  const file = normalize(join(embed, path.replace(/^\/embed\//, '')));
  if (!path.startsWith('/embed/') || !file.startsWith(embed.endsWith(sep) ? embed : embed + sep)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });

/** Loads a page until it settles (no request open, every widget rendered, no new request since) and lists its downloads. */
async function downloads(name) {
  const page = await browser.newPage();
  const fetched = new Set();
  const inflight = new Set();
  let started = 0;
  page.on('request', (request) => {
    started += 1;
    inflight.add(request);
  });
  const done = (request) => inflight.delete(request);
  page.on('requestfinished', (request) => {
    done(request);
    const url = new URL(request.url());
    if (url.pathname.startsWith('/embed/')) fetched.add(url.pathname);
  });
  page.on('requestfailed', done);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  // A page that never settles (a chunk missing, a widget that never renders) fails the run, never hangs it.
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  const inTimeError = () =>
    new Error(`page-weight: the ${name} page did not settle: ${errors.join('; ') || 'no error seen'}`);
  const inTime = () => {
    if (Date.now() > deadline) throw inTimeError();
  };
  await page.goto(`${base}/page/${encodeURIComponent(name)}.html`, { waitUntil: 'load' });
  for (let pass = 0; pass < 100; pass++) {
    const before = started;
    while (inflight.size > 0) {
      inTime();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const rendered = page.evaluate(async () => {
      for (const el of document.querySelectorAll('*')) {
        if (el.localName.startsWith('pk-'))
          await customElements.whenDefined(el.localName).then(() => el.updateComplete);
      }
    });
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(inTimeError()), Math.max(0, deadline - Date.now()));
    });
    await Promise.race([rendered, late]).finally(() => clearTimeout(timer));
    if (started === before && inflight.size === 0) break;
  }
  await page.close();
  if (errors.length > 0) throw new Error(`page-weight: the ${name} page reported errors: ${errors.join('; ')}`);
  return [...fetched].sort();
}

const rows = [];
for (const [name, { budgetKb, targetKb }] of Object.entries(PAGES)) {
  const files = await downloads(name);
  let kb = 0;
  let dataKb = 0;
  for (const path of files) {
    const size = gzipKb(await readFile(join(embed, path.replace(/^\/embed\//, ''))));
    kb += size;
    if (path.endsWith('.json')) dataKb += size;
    if (listFiles) console.log(`${name}\t${size.toFixed(2)}\t${path}`);
  }
  rows.push({ page: name, kb, dataKb, files: files.length, budgetKb, targetKb });
}
await browser.close();
server.close();

/** A peer bundled like the embed: one minified ES module (and its CSS), gzip -9. */
async function peer(name, code) {
  const entry = join(out, `${name}-entry.js`);
  const { mkdir, writeFile } = await import('node:fs/promises');
  await mkdir(out, { recursive: true });
  await writeFile(entry, code);
  const result = await build({
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      cssMinify: 'lightningcss',
      rolldownOptions: { input: entry, output: { format: 'es', codeSplitting: false } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return output.reduce((sum, item) => sum + gzipKb(Buffer.from(item.type === 'chunk' ? item.code : item.source)), 0);
}
const peers = {
  'FullCalendar 7 (month + list, fi, CSS)': await peer(
    'fullcalendar',
    `import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';
import fiLocale from 'fullcalendar/locales/fi';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';
window.peer = { Calendar, plugins: [dayGridPlugin, listPlugin, classicThemePlugin], fiLocale };`,
  ),
  'Cally 0.9 (date picker only)': await peer('cally', `import 'cally';`),
};

const kb = (n) => `${n.toFixed(1)} KB`;
console.log('What a visitor downloads (gzip -9, every file fetched from the embed folder, built-in data included)\n');
for (const row of rows) {
  const over = row.kb > row.budgetKb;
  console.log(
    `${row.page.padEnd(10)} ${kb(row.kb).padStart(9)}  (data ${kb(row.dataKb)}, ${row.files} files; budget ${row.budgetKb} KB, target ${row.targetKb} KB)${over ? '  OVER BUDGET' : row.kb > row.targetKb ? '  above target' : ''}`,
  );
}
console.log('\nPeers, JavaScript and CSS only, bundled in the same run:');
for (const [name, size] of Object.entries(peers)) console.log(`${name.padEnd(40)} ${kb(size).padStart(9)}`);
const { writeFile } = await import('node:fs/promises');
await writeFile(join(out, 'page-weight.json'), `${JSON.stringify({ pages: rows, peers }, null, 2)}\n`);
if (check && rows.some((row) => row.kb > row.budgetKb)) {
  console.error('\nA page is over its budget.');
  process.exit(1);
}
