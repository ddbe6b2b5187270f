// Benchmark (not a test): time to a rendered month grid with 500 events, <pk-calendar> side by side with
// FullCalendar 7 in the same headless Chromium, and the gzip size of each bundle.
//
// Both are bundled the same way into bench/.out (Vite, minified, one ES module each, gzip -9):
// - ours: src/components/calendar/calendar.ts (Lit and core included; the built-in data is left out, as
//   in the size budgets: the events are given as a property);
// - FullCalendar 7.1: Calendar + dayGrid (month) + list plugins, the classic theme and the Finnish locale,
//   with its CSS (temporal-polyfill functions are bundled by FullCalendar itself).
// Each run creates a fresh calendar for March 2026 (Europe/Helsinki, weeks from Monday, week numbers,
// at most 3 events a day) with the same 500 events, and stops the clock when the grid and its events are
// in the DOM ("DOM") and when the next frame has been painted ("painted"). Runs alternate between the two; the first of each is a
// warm-up. FullCalendar is also measured with its default of rendering every event in the cells.
//
// Usage: node bench/calendar-render.mjs   (BENCH_RUNS=21 by default; CHROME_PATH overrides /usr/bin/chromium)
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, defaultClientConditions } from 'vite';
import { chromiumLaunchOptions, serveStatic } from '../scripts/chromium.mjs';
import { compactHtmlTemplates } from '../scripts/compact-html-templates.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const EVENTS = 500;
const root = fileURLToPath(new URL('..', import.meta.url));
const out = new URL('./.out/', import.meta.url);

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const fullCalendarEntry = `
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';
import fiLocale from 'fullcalendar/locales/fi';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';
window.benchFullCalendar = { Calendar, plugins: [dayGridPlugin, listPlugin, classicThemePlugin], locale: fiLocale };
`;
await writeFile(new URL('fullcalendar-entry.js', out), fullCalendarEntry);

/** One minified ES module (and its CSS, if any), as scripts/build.mjs builds the embed. */
async function bundle(entry, name, external = []) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['@perhekeskus/source', ...defaultClientConditions] },
    plugins: [compactHtmlTemplates()],
    build: {
      outDir: fileURLToPath(out),
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      cssMinify: 'lightningcss',
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      modulePreload: false,
      rolldownOptions: {
        input: entry,
        external,
        preserveEntrySignatures: false,
        output: {
          format: 'es',
          entryFileNames: `${name}.js`,
          assetFileNames: `${name}[extname]`,
          codeSplitting: false,
        },
      },
    },
  });
}

await bundle('src/components/calendar/calendar.ts', 'pk-calendar', [/built-in-data/]);
await bundle(fileURLToPath(new URL('fullcalendar-entry.js', out)), 'fullcalendar');

const files = {
  '/pk-calendar.js': await readFile(new URL('pk-calendar.js', out)),
  '/fullcalendar.js': await readFile(new URL('fullcalendar.js', out)),
  '/fullcalendar.css': await readFile(new URL('fullcalendar.css', out)).catch(() => Buffer.from('')),
};
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
// kB of 1000 bytes, as size-limit reports them.
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const page = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>bench</title>
<link rel="stylesheet" href="/fullcalendar.css">
<script type="module" src="/pk-calendar.js"></script><script type="module" src="/fullcalendar.js"></script>
<style>body { margin: 0; } .host { width: 1100px; }</style></head><body><div class="host" id="host"></div></body></html>`;

const server = await serveStatic(files, page);

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const tab = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(server.url);
  await tab.waitForFunction(() => customElements.get('pk-calendar') && window.benchFullCalendar);
  const result = await tab.evaluate(
    async ({ runs, count }) => {
      // The same 500 events for both: March 2026, 08:00–18:00 Helsinki time, 30–90 minutes each.
      const pad = (n) => String(n).padStart(2, '0');
      const events = Array.from({ length: count }, (_, i) => {
        const day = (i % 31) + 1;
        const startMinutes = 8 * 60 + ((i * 37) % (9 * 60));
        const length = 30 + ((i * 13) % 4) * 20;
        const offset = day >= 29 ? '+03:00' : '+02:00'; // summer time from 29 March
        const at = (m) => `2026-03-${pad(day)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00${offset}`;
        return { id: `event-${i}`, title: `Tapahtuma ${i}`, start: at(startMinutes), end: at(startMinutes + length) };
      });
      const entries = {
        entries: events.map((e, i) => ({
          id: e.id,
          title: { fi: e.title },
          start: e.start,
          end: e.end,
          mode: ['in-person', 'remote', 'hybrid'][i % 3],
        })),
      };
      const host = document.getElementById('host');
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      // After the next frame has been painted: a task queued from requestAnimationFrame runs after paint.
      const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const fc = window.benchFullCalendar;

      async function ours() {
        const el = document.createElement('pk-calendar');
        el.setAttribute('view', 'month');
        el.setAttribute('date', '2026-03-10');
        el.setAttribute('today', '2026-03-10');
        el.entries = entries;
        host.append(el);
        await el.updateComplete;
        const cells = el.shadowRoot.querySelectorAll('[role="gridcell"] .cell-events');
        if (cells.length < 31) throw new Error(`pk-calendar rendered ${cells.length} days with events`);
      }

      async function fullCalendar(dayMaxEvents) {
        const div = document.createElement('div');
        host.append(div);
        const calendar = new fc.Calendar(div, {
          plugins: fc.plugins,
          locale: fc.locale,
          initialView: 'dayGridMonth',
          initialDate: '2026-03-10',
          timeZone: 'Europe/Helsinki',
          firstDay: 1,
          weekNumbers: true,
          dayMaxEvents,
          events,
        });
        calendar.render();
        // FullCalendar 7 renders synchronously today; wait anyway, in case a version defers it.
        const deadline = performance.now() + 5_000;
        while (div.querySelectorAll('[role="gridcell"]').length < 35 || !div.textContent.includes('Tapahtuma')) {
          if (performance.now() > deadline) throw new Error('FullCalendar rendered no grid with events');
          await new Promise((r) => setTimeout(r, 0));
        }
        return calendar;
      }

      const cases = {
        ours: { dom: [], paint: [] },
        fullCalendar3: { dom: [], paint: [] },
        fullCalendarAll: { dom: [], paint: [] },
      };
      for (let run = 0; run <= runs; run++) {
        for (const name of Object.keys(cases)) {
          host.replaceChildren();
          await frame();
          const t0 = performance.now();
          const calendar = name === 'ours' ? await ours() : await fullCalendar(name === 'fullCalendar3' ? 3 : false);
          const t1 = performance.now();
          await painted();
          const t2 = performance.now();
          calendar?.destroy();
          // Run 0 warms up the JIT.
          if (run > 0) {
            cases[name].dom.push(t1 - t0);
            cases[name].paint.push(t2 - t0);
          }
        }
      }
      host.replaceChildren();
      // What each rendered, for the record: cells and events in the DOM.
      const el = document.createElement('pk-calendar');
      el.setAttribute('view', 'month');
      el.setAttribute('date', '2026-03-10');
      el.entries = entries;
      host.append(el);
      await el.updateComplete;
      const oursLines = el.shadowRoot.querySelectorAll('.cell-events li').length;
      host.replaceChildren();
      const calendar = await fullCalendar(3);
      await painted();
      const fcNodes = host.querySelectorAll('*').length;
      calendar.destroy();
      return { cases, oursLines, fcNodes };
    },
    { runs: RUNS, count: EVENTS },
  );
  if (errors.length > 0) throw new Error(`Page errors:\n${errors.join('\n')}`);

  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const ours = result.cases.ours;
  const rows = [
    ['`<pk-calendar>` month, 3 lines a day + "+n more"', ours],
    ['FullCalendar 7.1 dayGridMonth, `dayMaxEvents: 3`', result.cases.fullCalendar3],
    ['FullCalendar 7.1 dayGridMonth, every event (its default)', result.cases.fullCalendarAll],
  ];
  const cpu = os.cpus()[0]?.model ?? 'cpu';
  console.log(
    `\nMonth grid with ${EVENTS} events (Chromium ${browser.version()}, ${cpu} × ${os.cpus().length}, medians of ${RUNS} runs each after a warm-up)\n`,
  );
  console.log(
    '"DOM" is from creating the calendar to its grid and events being in the DOM (ours: validation, grouping',
  );
  console.log('by Helsinki day, Lit render); "painted" adds the style, layout and paint of the next frame.\n');
  console.log('| case | DOM ms | painted ms | painted min–max ms | painted vs ours |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, values] of rows) {
    const paint = median(values.paint);
    console.log(
      `| ${name} | ${median(values.dom).toFixed(1)} | ${paint.toFixed(1)} | ${Math.min(...values.paint).toFixed(1)}–${Math.max(...values.paint).toFixed(1)} | ${(paint / median(ours.paint)).toFixed(2)}× |`,
    );
  }
  const oursJs = gzip(files['/pk-calendar.js']);
  const fcJs = gzip(files['/fullcalendar.js']);
  const fcCss = gzip(files['/fullcalendar.css']);
  console.log('\nBundle size (Vite, minified, gzip -9)\n');
  console.log('| bundle | JS | CSS | total | vs ours |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(
    `| \`<pk-calendar>\` (Lit, core, 3 languages, styles; built-in data excluded) | ${kb(oursJs)} | in JS | ${kb(oursJs)} | 1.00× |`,
  );
  console.log(
    `| FullCalendar 7.1 month + list + classic theme + fi locale | ${kb(fcJs)} | ${kb(fcCss)} | ${kb(fcJs + fcCss)} | ${((fcJs + fcCss) / oursJs).toFixed(2)}× |`,
  );
  console.log(
    `\nDOM: <pk-calendar> drew ${result.oursLines} event lines in its cells; FullCalendar (dayMaxEvents 3) made ${result.fcNodes} elements.`,
  );
} finally {
  await browser.close();
  server.close();
}
