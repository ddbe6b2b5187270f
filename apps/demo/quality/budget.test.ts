// The regional page's JavaScript budget (gzip bytes on the wire, as served): a size, not a time, so it
// is a test. Time to first widget render is measured by `npm run bench` (scripts/bench.mjs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoSettled, openSite, type Site, skipWithoutBrowser } from './harness.js';

/** kB of JavaScript the regional page may transfer (gzip bodies as served; measured 92.5 kB on 2026-11-25). */
export const REGIONAL_PAGE_JS_BUDGET_KB = 100;

describe.skipIf(skipWithoutBrowser)('regional page weight', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it(`transfers at most ${REGIONAL_PAGE_JS_BUDGET_KB} kB of JavaScript, all from the embed folder`, async () => {
    const context = await site.browser.newContext({ timezoneId: 'Europe/Helsinki' });
    try {
      const page = await context.newPage();
      const pending: Promise<{ url: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) => {
        if (request.resourceType() !== 'script') return;
        pending.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })));
      });
      await gotoSettled(page, site.url);
      const scripts = await Promise.all(pending);
      const total = scripts.reduce((sum, s) => sum + s.bytes, 0) / 1000;
      expect(scripts.length).toBeGreaterThan(1);
      for (const s of scripts) expect(new URL(s.url).pathname).toMatch(/^\/(embed|assets)\//);
      expect(total).toBeLessThanOrEqual(REGIONAL_PAGE_JS_BUDGET_KB);
    } finally {
      await context.close();
    }
  });
});
