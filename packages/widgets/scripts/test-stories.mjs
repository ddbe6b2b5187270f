// Checks the built Storybook (storybook-static, from `npm run build-storybook`): every story in index.json
// is shown in headless Chromium, served by a tiny static server on 127.0.0.1 (nothing else is fetched).
// Its widget must render into its shadow root (a story can build "successfully" and still be blank), it
// must not throw, and axe-core must find no WCAG 2.1 A/AA violation. The last line is
// `N stories checked, N violations` (violations are axe rules broken, per story); the exit code is 1 on
// any violation, blank story or page error. Without a Chromium it skips loudly, except with CI=true,
// where it fails (as scripts/test.mjs does).
import { accessSync, constants, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** How long a story may take to show its widget, and to finish loading its data. */
const RENDER_TIMEOUT_MS = 15_000;
/** Timers up to this long count as a widget's pending work (the finder's result-count announcement is one). */
const SHORT_TIMER_MS = 2_000;
/** A story's requests (built-in data by dynamic import, `src` by fetch) count as done after this long without any. */
const QUIET_MS = 150;
const PARALLEL_PAGES = 3;

const candidates = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
const executablePath = candidates.find((path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
});
if (!executablePath) {
  const banner = '!'.repeat(78);
  const ci = process.env.CI === 'true';
  const verdict = ci ? 'FAILED (CI=true needs a browser):' : 'SKIPPED';
  console.error(
    `${banner}\n${verdict} story check: no Chromium found (set CHROME_PATH or apt-get install chromium)\n${banner}`,
  );
  process.exit(ci ? 1 : 0);
}
if (!existsSync(join(root, 'index.json'))) {
  console.error(`No ${join(root, 'index.json')}: run npm run build-storybook -w @perhekeskus/widgets first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** storybook-static as files, and a plain 404 for anything else (the failed-`src` stories rely on it). */
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const browser = await chromium.launch({ ...chromiumLaunchOptions, executablePath, headless: true });

let violationCount = 0;
const failures = [];

/**
 * A page with Storybook's preview loaded once: stories are then switched through Storybook's own channel
 * (as its test runner does), which saves re-parsing the preview bundle for every story. `a11y.manual`
 * stops the a11y addon's own axe run, so it cannot overlap ours.
 */
async function openPreview() {
  const page = await browser.newPage();
  await page.addInitScript(trackShortTimers, SHORT_TIMER_MS);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const inflight = new Set();
  const traffic = { started: 0 };
  page.on('request', (request) => {
    traffic.started += 1;
    inflight.add(request);
  });
  page.on('requestfinished', (request) => inflight.delete(request));
  page.on('requestfailed', (request) => inflight.delete(request));
  await page.goto(`${base}iframe.html?globals=a11y.manual:!true`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__ && window.__STORYBOOK_ADDONS_CHANNEL__);
  await page.evaluate(() => window.__STORYBOOK_PREVIEW__.ready());
  await page.addScriptTag({ path: axePath });
  return { page, pageErrors, inflight, traffic };
}

/**
 * Runs in the page before Storybook: keeps `window.__pkShortTimers`, the ids of pending timeouts of at
 * most `limit` ms. Debounced work in a widget (an announcement after typing pauses) is such a timer;
 * when none is pending, the page has settled, however slow the machine is.
 */
function trackShortTimers(limit) {
  const pending = new Set();
  const { setTimeout: set, clearTimeout: clear } = window;
  window.setTimeout = (handler, delay = 0, ...args) => {
    if (typeof handler !== 'function' || Number(delay) > limit) return set(handler, delay, ...args);
    const id = set(
      (...callArgs) => {
        pending.delete(id);
        handler(...callArgs);
      },
      delay,
      ...args,
    );
    pending.add(id);
    return id;
  };
  window.clearTimeout = (id) => {
    pending.delete(id);
    clear(id);
  };
  window.__pkShortTimers = pending;
}

/** Resolves once no request has been open for QUIET_MS (or at the deadline). */
async function networkQuiet(inflight, deadline) {
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inflight.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= QUIET_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Waits until the story has settled, and says whether it did within RENDER_TIMEOUT_MS: no request
 * open (built-in data and `src` files arrive by dynamic import or fetch), no short timer pending, every
 * widget rendered — and a whole such pass started no new request, since a widget may fetch its data
 * only once its own code has arrived. Conditions, not a fixed wait: a slow machine only takes longer.
 */
async function settle({ page, inflight, traffic }) {
  const deadline = Date.now() + RENDER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const started = traffic.started;
    await networkQuiet(inflight, deadline);
    const timersDone = await page
      .waitForFunction(() => window.__pkShortTimers.size === 0, undefined, {
        timeout: Math.max(1, deadline - Date.now()),
        polling: 50,
      })
      .then(() => true)
      .catch(() => false);
    await page.evaluate(async () => {
      for (const el of document.querySelectorAll('#storybook-root *')) {
        if (el.localName.startsWith('pk-')) await el.updateComplete;
      }
    });
    if (timersDone && traffic.started === started && inflight.size === 0) return true;
  }
  return false;
}

/** Shows one story and returns what is wrong with it (empty when nothing is). */
async function check(preview, story) {
  const { page, pageErrors } = preview;
  const problems = [];
  pageErrors.length = 0;
  const outcome = await page.evaluate(
    ({ id, timeout }) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const listeners = {
          storyRendered: () => done('rendered'),
          storyErrored: (error) => done(`Storybook error: ${error?.title ?? ''} ${error?.description ?? ''}`),
          storyThrewException: (error) => done(`Storybook error: ${error?.message ?? error}`),
          storyMissing: () => done('Storybook error: story missing'),
        };
        const timer = setTimeout(() => done('Storybook error: the story did not finish rendering'), timeout);
        function done(result) {
          clearTimeout(timer);
          for (const [name, listener] of Object.entries(listeners)) channel.off(name, listener);
          resolve(result);
        }
        for (const [name, listener] of Object.entries(listeners)) channel.on(name, listener);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    { id: story.id, timeout: RENDER_TIMEOUT_MS },
  );
  if (outcome !== 'rendered') return [outcome, ...pageErrors.map((message) => `page error: ${message}`)];

  const shown = await page
    .waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) =>
          el.localName.startsWith('pk-'),
        );
        if (widgets.length === 0) return false;
        return widgets.every((el) => el.shadowRoot?.querySelector('*') && el.shadowRoot.textContent.trim() !== '');
      },
      undefined,
      { timeout: RENDER_TIMEOUT_MS, polling: 50 },
    )
    .then(() => true)
    .catch(() => false);
  if (!shown) {
    problems.push('blank: no pk-* element with content in its shadow root');
  } else {
    // Built-in data and `src` files arrive by dynamic import or fetch; let them land, then let Lit finish.
    if (!(await settle(preview))) {
      problems.push(`unsettled after ${RENDER_TIMEOUT_MS / 1000} s: a request open or a short timer pending`);
    }
    const violations = await page.evaluate(async (tags) => {
      const result = await window.axe.run(
        // The a11y addon's own context: the page body without Storybook's own elements.
        { include: document.body, exclude: [['.sb-wrapper'], ['#storybook-docs'], ['#storybook-highlights-root']] },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' ')),
      }));
    }, WCAG_TAGS);
    for (const v of violations) {
      violationCount += 1;
      problems.push(`axe ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.join('\n      ')}`);
    }
  }
  for (const message of pageErrors) problems.push(`page error: ${message}`);
  return problems;
}

const started = Date.now();
// A few pages at once: most of a story's time is spent waiting for the page to settle, not computing.
const results = new Array(stories.length);
const durations = new Array(stories.length);
let next = 0;
async function worker() {
  let preview = await openPreview();
  while (next < stories.length) {
    const i = next++;
    const start = performance.now();
    results[i] = await check(preview, stories[i]);
    durations[i] = performance.now() - start;
    // A story that failed may have left the page in any state: start the next one on a fresh page.
    if (results[i].length > 0) {
      await preview.page.close();
      preview = await openPreview();
    }
  }
  await preview.page.close();
}
await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
stories.forEach((story, i) => {
  const problems = results[i];
  if (problems.length > 0) {
    failures.push(story.id);
    console.log(`✗ ${story.id}\n    ${problems.join('\n    ')}`);
  } else {
    console.log(`✓ ${story.id}`);
  }
});
await browser.close();
server.close();

// Beside Vitest's reports/durations.json, for scripts/test-durations.mjs.
mkdirSync(fileURLToPath(new URL('../reports/', import.meta.url)), { recursive: true });
writeFileSync(
  fileURLToPath(new URL('../reports/stories-durations.json', import.meta.url)),
  `${JSON.stringify(
    stories.map((story, i) => ({
      kind: 'story',
      file: 'storybook-static',
      name: story.id,
      duration: durations[i],
      timeout: RENDER_TIMEOUT_MS,
      retries: 0,
      state: results[i].length === 0 ? 'passed' : 'failed',
    })),
    null,
    1,
  )}\n`,
);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\n${failures.length} of ${stories.length} stories failed (${seconds} s)`);
console.log(`${stories.length} stories checked, ${violationCount} violations`);
process.exit(failures.length > 0 ? 1 : 0);
