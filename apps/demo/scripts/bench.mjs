// Lighthouse-style page budget, offline (not a test: times vary by machine). Loads the built regional
// page from the local server in fresh headless-Chromium contexts, under Lighthouse's mobile
// throttling (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower) and without it, and
// reports medians of: time to the first widget rendered, time to every widget rendered, and the
// JavaScript transferred (gzip, as served).
// Usage: npm run build (at the root) && npm run bench -w @perhekeskus/demo   (BENCH_RUNS=9 by default)
import os from 'node:os';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? (process.env.BENCH_QUICK ? 3 : 9));
/** Budgets under mobile throttling; the run fails when a median is over. */
const BUDGET = { firstWidgetMs: 3000, allWidgetsMs: 4500, javascriptKb: 100 };
const PAGE = process.env.BENCH_PAGE ?? '/';

const server = await startServer({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

/** Records when the first and the last `pk-*` element had rendered content (ms since navigation start). */
function watchWidgets() {
  const marks = { first: null, all: null };
  window.__pkMarks = marks;
  const tick = () => {
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('pk-'));
    // "Rendered" = the shadow root holds more than a loading notice: a list, grid, table or figure.
    const done = widgets.filter((el) => el.shadowRoot?.querySelector('ol, ul, table, svg, [role="grid"]'));
    if (done.length > 0 && marks.first === null) marks.first = performance.now();
    if (widgets.length > 0 && done.length === widgets.length) {
      marks.all = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function load(throttled) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.addInitScript(watchWidgets);
  const scriptSizes = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') scriptSizes.push(request.sizes().then((s) => s.responseBodySize));
  });
  await page.goto(new URL(PAGE, server.url).href, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => window.__pkMarks.all !== null, null, { timeout: 60_000 });
  const marks = await page.evaluate(() => window.__pkMarks);
  const javascript = (await Promise.all(scriptSizes)).reduce((sum, bytes) => sum + bytes, 0);
  await context.close();
  return { first: marks.first, all: marks.all, javascript: javascript / 1000 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const rows = [];
let over = false;
try {
  for (const throttled of [false, true]) {
    await load(throttled); // warm-up: server gzip cache, Chromium's code cache is off with cache disabled
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await load(throttled));
    const row = {
      case: throttled ? 'mobile throttling (150 ms RTT, 1.6 Mbit/s, CPU ×4)' : 'no throttling',
      first: median(runs.map((r) => r.first)),
      all: median(runs.map((r) => r.all)),
      javascript: median(runs.map((r) => r.javascript)),
    };
    rows.push(row);
    if (throttled) {
      over = row.first > BUDGET.firstWidgetMs || row.all > BUDGET.allWidgetsMs || row.javascript > BUDGET.javascriptKb;
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `\nDemo page ${PAGE}: medians of ${RUNS} loads (${browser.version?.() ?? 'Chromium'}, ${os.cpus()[0]?.model.trim()} × ${os.cpus().length})\n`,
);
console.log('| case | first widget rendered ms | all widgets rendered ms | JavaScript kB (gzip) |');
console.log('|---|---:|---:|---:|');
for (const r of rows)
  console.log(`| ${r.case} | ${r.first.toFixed(0)} | ${r.all.toFixed(0)} | ${r.javascript.toFixed(1)} |`);
console.log(
  `\nBudget under throttling: first widget ≤ ${BUDGET.firstWidgetMs} ms, all ≤ ${BUDGET.allWidgetsMs} ms, JavaScript ≤ ${BUDGET.javascriptKb} kB: ${over ? 'OVER' : 'within'}`,
);
if (over) process.exitCode = 1;
