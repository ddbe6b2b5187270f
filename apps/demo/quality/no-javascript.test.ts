// Content without JavaScript (issue 16 §3): the regional page (fi, sv, en) in Chromium with JavaScript disabled
// shows the meeting places, the networks' coming meetings and the year clock's table — the HTML
// fragments `perhekeskus publish` writes, included inside the widget tags at build time and styled by
// the published perhekeskus-fragments.css. With JavaScript the widgets replace them, and no widget's
// box changes its height by more than the fragment it replaces.
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, openSite, type Site, skipWithoutBrowser } from './harness.js';

const WIDGETS = ['pk-meeting-place-finder', 'pk-calendar', 'pk-year-clock'] as const;

/** Each widget's box height and its fragment's (0 when hidden), and whether the fragment shows. */
async function boxes(page: Page) {
  return page.evaluate(
    (tags) => {
      return tags.map((tag) => {
        const el = document.querySelector(tag)!;
        const fragment = el.querySelector<HTMLElement>('.pk-fragment');
        return {
          tag,
          widget: el.getBoundingClientRect().height,
          fragment: fragment?.getBoundingClientRect().height ?? -1,
          fragmentShown: fragment?.checkVisibility() ?? false,
        };
      });
    },
    WIDGETS as unknown as string[],
  );
}

describe.skipIf(skipWithoutBrowser)('the regional page without JavaScript', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  /** The regional page in a context with JavaScript off; the caller closes it. */
  async function openWithoutScripts(path = '/', locale = 'fi-FI') {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
      locale,
      timezoneId: 'Europe/Helsinki',
    });
    const page = await context.newPage();
    const response = await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return { page, close: () => context.close() };
  }

  // The fragments' own words in each language (core's fragment labels); the pages are the regional page
  // and its Swedish and English translations.
  const LANGUAGES = [
    { path: '/', locale: 'fi-FI', lang: 'fi', municipality: 'Kunta', meetings: 'Tulevat kokoukset', topics: 'Aiheet' },
    { path: '/sv/', locale: 'sv-FI', lang: 'sv', municipality: 'Kommun', meetings: 'Kommande möten', topics: 'Ämnen' },
    {
      path: '/en/',
      locale: 'en-GB',
      lang: 'en',
      municipality: 'Municipality',
      meetings: 'Coming meetings',
      topics: 'Topics',
    },
  ] as const;

  it.each(LANGUAGES)('shows the places, the coming meetings and the year clock’s table ($path)', async (l) => {
    const { page, close } = await openWithoutScripts(l.path, l.locale);
    try {
      const places = page.locator('pk-meeting-place-finder .pk-places');
      await expect.poll(() => places.isVisible()).toBe(true);
      expect(await places.locator('li.pk-place').count()).toBe(etelaSavo.meetingPlaces.length);
      const name = etelaSavo.meetingPlaces[0]!.name;
      const first = name[l.lang] ?? name.fi!;
      expect(await places.getByRole('heading', { level: 4, name: first }).isVisible()).toBe(true);
      expect(await places.locator('dt', { hasText: l.municipality }).first().isVisible()).toBe(true);

      const meetings = page.locator('pk-calendar .pk-meetings');
      expect(await meetings.isVisible()).toBe(true);
      expect(await meetings.getByRole('heading', { level: 3, name: l.meetings }).isVisible()).toBe(true);
      expect(await meetings.locator('time[datetime]').count()).toBeGreaterThan(5);
      expect(await meetings.locator('time[datetime]').first().isVisible()).toBe(true);

      const table = page.locator('pk-year-clock .pk-year-clock table');
      expect(await table.isVisible()).toBe(true);
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
      expect(await table.getByRole('columnheader', { name: l.topics }).isVisible()).toBe(true);

      // The published stylesheet is applied (served from the data folder under the CSP).
      expect(await table.evaluate((t) => getComputedStyle(t).borderCollapse)).toBe('collapse');
      // The Place and Event JSON-LD are in the page for search engines.
      const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
      const types = new Set(ld.map((text) => (JSON.parse(text) as { '@type': string })['@type']));
      expect(types).toEqual(new Set(['Place', 'Event']));
    } finally {
      await close();
    }
  });

  it('with JavaScript, the widgets replace the fragments without a jump larger than the fragment itself', async () => {
    const without = await openWithoutScripts();
    const before = await boxes(without.page);
    const documentBefore = await without.page.evaluate(() => document.documentElement.scrollHeight);
    await without.close();
    for (const box of before) {
      expect(box.fragmentShown, box.tag).toBe(true);
      expect(box.fragment, box.tag).toBeGreaterThan(0);
    }

    const opened = await openPage(site, '/', { lang: 'fi' });
    try {
      const after = await boxes(opened.page);
      const documentAfter = await opened.page.evaluate(() => document.documentElement.scrollHeight);
      for (const [i, box] of after.entries()) {
        const was = before[i]!;
        expect(box.fragmentShown, box.tag).toBe(false);
        expect(box.fragment, box.tag).toBe(0);
        expect(box.widget, box.tag).toBeGreaterThan(0);
        expect(Math.abs(box.widget - was.widget), `${box.tag}: ${was.widget} → ${box.widget}`).toBeLessThanOrEqual(
          was.fragment,
        );
      }
      const fragments = before.reduce((sum, box) => sum + box.fragment, 0);
      expect(Math.abs(documentAfter - documentBefore)).toBeLessThanOrEqual(fragments);
      expect(opened.errors).toEqual([]);
      expect(await opened.cspViolations()).toEqual([]);
      // With the fragments inside the tags, the page still passes axe (no duplicate ids, headings in order).
      expect(await axeViolations(opened.page)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
