// Benchmark (not a test): the first render of <pk-meeting-place-finder> with 500 places, in headless
// Chromium, from the built embed. Each run creates a fresh element, gives it the places,
// and stops the clock when the result list is in the DOM and a frame has been painted.
// Usage: npm run build && node bench/finder-render.mjs   (CHROME_PATH overrides /usr/bin/chromium)
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, serveStatic } from '../scripts/chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const PLACES = 500;
const embedDir = new URL('../dist/embed/', import.meta.url);
const embedFiles = await readdir(embedDir, { recursive: true }).catch(() => {
  console.error('dist/embed/ is missing: run `npm run build -w @perhekeskus/widgets` first.');
  process.exit(1);
});
const files = {};
for (const file of embedFiles.filter((f) => f.endsWith('.js'))) {
  files[`/${file}`] = await readFile(new URL(file, embedDir), 'utf8');
}

// The embed loads the finder's chunks when the tag first appears; the hidden one loads them before timing.
const page = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/perhekeskus.js"></script></head><body><pk-meeting-place-finder hidden></pk-meeting-place-finder><main id="host"></main></body></html>`;

const server = await serveStatic(files, page);

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const tab = await browser.newPage();
  await tab.goto(server.url);
  await tab.waitForFunction(() => customElements.get('pk-meeting-place-finder'));
  const times = await tab.evaluate(
    async ({ runs, count }) => {
      const codes = ['046', '097', '178', '213', '491', '507', '588', '593', '623', '681', '740', '768'];
      const places = Array.from({ length: count }, (_, i) => ({
        id: `place-${i}`,
        name: { fi: `Kohtaamispaikka ${i}`, sv: `Mötesplats ${i}` },
        municipalityCode: codes[i % codes.length],
        organiserIds: [],
        audiences: ['families'],
        offerings: ['open-activity'],
        languages: ['fi'],
        accessibility: [],
        contacts: [],
        activities: [
          {
            id: 'open',
            name: { fi: 'Avoin aamupäivä' },
            offering: 'open-activity',
            weekday: (i % 5) + 1,
            start: '09:00',
            end: '11:30',
          },
        ],
        example: true,
        source: { document: 'benchmark', assumption: 'generated example data' },
      }));
      const host = document.getElementById('host');
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const out = [];
      for (let run = 0; run < runs; run++) {
        host.replaceChildren();
        await frame();
        const t0 = performance.now();
        const el = document.createElement('pk-meeting-place-finder');
        el.places = places;
        host.append(el);
        while (!el.shadowRoot?.querySelector('[part~="results"] li'))
          await el.updateComplete.then(() => new Promise((r) => setTimeout(r, 0)));
        await frame();
        out.push(performance.now() - t0);
      }
      return out;
    },
    { runs: RUNS, count: PLACES },
  );
  const sorted = times.slice(1).sort((a, b) => a - b); // the first run warms the JIT
  const median = sorted[Math.floor(sorted.length / 2)];
  const version = browser.version();
  console.log(
    `\nFinder first render, ${PLACES} places (Chromium ${version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length})\n`,
  );
  console.log('| case | runs | median ms | min ms | max ms |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(
    `| create, validate ${PLACES} places, render and paint | ${sorted.length} | ${median.toFixed(1)} | ${sorted[0].toFixed(1)} | ${sorted.at(-1).toFixed(1)} |`,
  );
} finally {
  await browser.close();
  server.close();
}
