/**
 * The real-browser quality gate's shared tools: Debian's Chromium through playwright-core, the built
 * demo served with its strict Content-Security-Policy (scripts/serve.mjs), and checks that look
 * inside the widgets' shadow roots.
 */
import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page, type Response } from 'playwright-core';
import { expect } from 'vitest';
import { startServer } from '../scripts/serve.mjs';

/** Every page of the demo, as `npm start` serves it, and the HTTP status it is served with. */
export const PAGES = [
  { name: 'regional-fi', path: '/', lang: 'fi', status: 200 },
  { name: 'regional-sv', path: '/sv/', lang: 'sv', status: 200 },
  { name: 'regional-en', path: '/en/', lang: 'en', status: 200 },
  { name: 'rantasalmi', path: '/rantasalmi/', lang: 'fi', status: 200 },
  { name: 'professionals', path: '/ammattilaisille/', lang: 'fi', status: 200 },
  { name: 'configurator', path: '/upotus/', lang: 'fi', status: 200 },
  { name: 'accessibility-statement', path: '/saavutettavuus/', lang: 'fi', status: 200 },
  // Another county's site: only the embed tag and the county's published folder (the Pohjanmaa example).
  { name: 'county-example-sv', path: '/sv/osterbotten/', lang: 'sv', status: 200 },
  { name: 'county-example-fi', path: '/esimerkki-pohjanmaa/', lang: 'fi', status: 200 },
  // The not-found page the server sends with status 404, in the language of the path's folder.
  { name: 'not-found-fi', path: '/ei-ole/', lang: 'fi', status: 404 },
  { name: 'not-found-sv', path: '/sv/finns-inte/alls', lang: 'sv', status: 404 },
] as const;

/** Where the screenshots go (named in apps/demo/README.md; CI keeps the folder as an artifact). */
export const SCREENSHOT_DIR = new URL('../reports/screenshots/', import.meta.url);

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Debian's Chromium, or CHROME_PATH / CHROMIUM_PATH; undefined when there is none. */
export const chromiumPath = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/usr/bin/chromium']
  .filter((path): path is string => Boolean(path))
  .find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

/** True when the gate cannot run here: a developer's machine without Chromium (CI must have one). */
export const skipWithoutBrowser = (() => {
  if (chromiumPath) return false;
  if (process.env.CI === 'true') {
    throw new Error('The quality gate needs Chromium under CI=true (apt-get install chromium or set CHROME_PATH).');
  }
  process.stderr.write(
    `${'!'.repeat(78)}\nSKIPPED demo quality gate: no Chromium found (set CHROME_PATH)\n${'!'.repeat(78)}\n`,
  );
  return true;
})();

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Site {
  browser: Browser;
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** Starts the server on a free port and launches headless Chromium. */
export async function openSite(): Promise<Site> {
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  return {
    browser,
    url: server.url,
    origin: new URL(server.url).origin,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenedPage {
  page: Page;
  /** Requests the page tried to make to any other origin (all were blocked). */
  offOrigin: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
  /** Content-Security-Policy violations reported by the page. */
  cspViolations: () => Promise<string[]>;
  close: () => Promise<void>;
}

/**
 * Opens a demo page in a fresh context (Helsinki time, the page's language) and waits until every
 * widget on it has rendered its data. Requests to other origins are recorded and aborted. Fails
 * unless the page is served with `options.status` (200 unless given; the not-found page's is 404).
 */
export async function openPage(
  site: Site,
  path: string,
  options: { width?: number; height?: number; forcedColors?: boolean; lang?: string; status?: number } = {},
): Promise<OpenedPage> {
  const context = await site.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.lang === 'sv' ? 'sv-FI' : options.lang === 'en' ? 'en-GB' : 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    forcedColors: options.forcedColors ? 'active' : 'none',
    acceptDownloads: true,
    serviceWorkers: 'block',
  });
  const offOrigin: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === site.origin)
      return route.continue();
    offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
  // Init scripts run outside the page's CSP, so this listener sees every violation from the start.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __pkCsp: string[] }).__pkCsp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  const url = new URL(path, site.url).href;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium reports a page served with an error status (the not-found page) as a console error
    // about the page itself; its status is checked below instead. Any other is an error.
    if (message.text().startsWith('Failed to load resource') && message.location().url === url) return;
    errors.push(`console.error: ${message.text()}`);
  });
  const response = await gotoSettled(page, url);
  const expected = options.status ?? 200;
  if (response?.status() !== expected) {
    await context.close();
    throw new Error(`${path} was served with HTTP status ${response?.status()}, expected ${expected}`);
  }
  return {
    page,
    offOrigin,
    errors,
    cspViolations: () => page.evaluate(() => [...(window as unknown as { __pkCsp: string[] }).__pkCsp]),
    close: () => context.close(),
  };
}

/**
 * Loads a page, waits until it has settled and returns the page's own response. Settled: no request
 * open, every widget rendered, and a whole such pass started no new request (a widget fetches its
 * data only once its own code has arrived).
 * Conditions rather than Playwright's `networkidle`, a fixed 500 ms without traffic: a slow machine
 * only takes longer, a fast one does not wait.
 */
export async function gotoSettled(page: Page, url: string): Promise<Response | null> {
  const inflight = new Set<unknown>();
  let started = 0;
  const onRequest = (request: unknown) => {
    started += 1;
    inflight.add(request);
  };
  const onDone = (request: unknown) => inflight.delete(request);
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    for (;;) {
      const before = started;
      await expect.poll(() => inflight.size, { timeout: 30_000, interval: 25 }).toBe(0);
      await widgetsReady(page);
      if (started === before && inflight.size === 0) return response;
    }
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
  }
}

/** Waits until every `pk-*` element is defined and has finished its pending updates. */
export async function widgetsReady(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('pk-'))
      .every((el) => customElements.get(el.localName) && (el.shadowRoot?.childElementCount ?? 0) > 0),
  );
  await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('pk-'));
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        widgets.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete),
      );
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
  });
}

/** axe-core over the whole page, open shadow roots included: the WCAG 2.1 A/AA violations, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // page.evaluate runs through the DevTools protocol, outside the page's CSP: no inline script needed.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}): ${n.target.join(' > ')} — ${n.failureSummary?.split('\n')[1] ?? v.help}`,
      ),
    );
  }, WCAG_TAGS);
}

/** Saves a full-page screenshot as reports/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = new URL(`${name}.png`, SCREENSHOT_DIR).pathname;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The focused element, followed into shadow roots: its tag, label or text, `part`, and the nearest ancestor's `part`. */
export function focused(
  page: Page,
): Promise<{ tag: string; name: string; text: string; part: string; within: string; value: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return { tag: '', name: '', text: '', part: '', within: '', value: '' };
    const root = el.getRootNode() as Document | ShadowRoot;
    const id = el.getAttribute('id');
    const label = id ? root.querySelector(`label[for="${id}"]`)?.textContent : null;
    return {
      tag: el.localName,
      name: el.getAttribute('name') ?? '',
      text: (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      part: el.getAttribute('part') ?? '',
      within: el.parentElement?.closest('[part]')?.getAttribute('part') ?? '',
      value: (el as HTMLInputElement).value ?? '',
    };
  });
}

/** Presses Tab until the focused element matches, or fails after `max` presses. */
export async function tabTo(
  page: Page,
  matches: (el: Awaited<ReturnType<typeof focused>>) => boolean,
  what: string,
  { max = 120, backwards = false } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what} in ${max} presses`);
}
