// Issue 13, "Done when": a Swedish page of another county's site, with only the embed tag and its
// published data folder, shows Närpes, Korsholm and the county's own groups and year clock, in
// Swedish, and nothing of Etelä-Savo; a Swedish-only name on a Finnish page carries lang="sv".
// The county is the invented Pohjanmaa example (examples/pohjanmaa/region.json), which the build
// publishes with `perhekeskus publish` into /data/pohjanmaa-example/ (build/publishData.ts).
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openSite, type Site, skipWithoutBrowser, widgetsReady } from './harness.js';

const FOLDER = new URL('../dist/data/pohjanmaa-example/', import.meta.url);
const WIDGETS = ['pk-meeting-place-finder', 'pk-calendar', 'pk-year-clock'] as const;
/** Words of the demo's own region that another county's page must not show. */
const ETELA_SAVO = ['Etelä-Savo', 'Södra Savolax', 'Mikkeli', 'S:t Michel', 'Eloisa'];

interface Listed {
  path: string;
  kind: string;
  name?: Record<string, string>;
}

/** The county's published manifest, as the build wrote it. */
function manifest(): { files: Listed[] } {
  return JSON.parse(readFileSync(new URL('index.json', FOLDER), 'utf8')) as { files: Listed[] };
}

/** The Swedish titles of each group's meetings, by group id, from the published group files. */
function groupTitles(): Map<string, Set<string>> {
  const titles = new Map<string, Set<string>>();
  for (const file of manifest().files.filter((f) => f.kind === 'group-calendar')) {
    const { entries } = JSON.parse(readFileSync(new URL(file.path, FOLDER), 'utf8')) as {
      entries: { title: Record<string, string> }[];
    };
    titles.set(file.path, new Set(entries.map((e) => e.title['sv'] ?? Object.values(e.title)[0]!)));
  }
  return titles;
}

/** All text in a widget's shadow root (nested ones too), with the names given by attributes. */
function shadowText(widget: Locator): Promise<string> {
  return widget.evaluate((host) => {
    const parts: string[] = [];
    const walk = (root: ShadowRoot) => {
      parts.push(root.textContent ?? '');
      for (const el of root.querySelectorAll('*')) {
        for (const name of ['aria-label', 'title', 'alt', 'download', 'href'])
          if (el.hasAttribute(name)) parts.push(el.getAttribute(name)!);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (host.shadowRoot) walk(host.shadowRoot);
    return parts.join('\n').replace(/\s+/g, ' ');
  });
}

/** The texts of the elements matching `selector` in a widget's shadow root. */
function textsIn(widget: Locator, selector: string): Promise<string[]> {
  return widget.evaluate(
    (host, sel) =>
      [...(host.shadowRoot?.querySelectorAll(sel) ?? [])].map(
        (el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      ),
    selector,
  );
}

/** The calendar's event titles on screen now. */
const eventTitles = (calendar: Locator) => textsIn(calendar, '.screen-view [part~="event"] .event-title strong');

/** Steps the calendar a month on with its "next" button and waits until the new month has loaded. */
async function nextMonth(page: Page, calendar: Locator): Promise<void> {
  const title = (await textsIn(calendar, '[part="title"]'))[0];
  await calendar.locator('[part="nav-button"]').nth(2).click();
  await expect.poll(async () => (await textsIn(calendar, '[part="title"]'))[0]).not.toBe(title);
  await widgetsReady(page);
  await expect
    .poll(() => calendar.evaluate((el) => el.shadowRoot?.querySelector('.calendar')?.getAttribute('aria-busy')))
    .toBe('false');
}

describe.skipIf(skipWithoutBrowser)('another county’s site with only the embed tag and its published folder', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('shows Närpes, Korsholm, the county’s groups and year clock in Swedish, and nothing of Etelä-Savo', async () => {
    const opened = await openPage(site, '/sv/osterbotten/', { lang: 'sv' });
    try {
      const { page } = opened;
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
      // The page is the embed tag and the three widgets reading the county's folder, nothing else.
      const setup = await page.evaluate(() => ({
        scripts: [...document.scripts].map((s) => s.getAttribute('src')),
        widgets: [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('pk-'))
          .map((el) => `${el.localName} ${el.getAttribute('src')}`),
        notice: document.querySelector('.demo-notice')?.textContent ?? '',
      }));
      expect(setup.scripts).toEqual(['/embed/perhekeskus.js']);
      expect(setup.widgets).toEqual(WIDGETS.map((tag) => `${tag} /data/pohjanmaa-example/index.json`));
      expect(setup.notice).toContain('påhittade uppgifter');

      const [finder, calendar, clock] = WIDGETS.map((tag) => page.locator(tag));

      // The finder: the county's places, with Närpes and Korsholm, under one note that they are examples.
      const meta = await textsIn(finder!, '[part="meta"]');
      expect(meta.some((m) => m.startsWith('Närpes'))).toBe(true);
      expect(meta.some((m) => m.startsWith('Korsholm'))).toBe(true);
      expect(await textsIn(finder!, '[part~="name"]')).toEqual(
        expect.arrayContaining(['Familjeträffen i Närpes', 'Öppet hus i Korsholm']),
      );
      expect(await textsIn(finder!, '[part="example-note"]')).toHaveLength(1);
      expect(await textsIn(finder!, 'select[name="municipality"] option')).toEqual(
        expect.arrayContaining(['Närpes', 'Korsholm']),
      );

      // The year clock: the county's clock, drawn (its two entries) and named.
      expect(await clock!.evaluate((el) => el.shadowRoot?.querySelectorAll('[part~="arc"]').length)).toBe(2);
      const clockText = await shadowText(clock!);
      for (const entry of ['Vårträff', 'Höstträff']) expect(clockText).toContain(entry);

      // The interface is Swedish: each widget names the region with "Område", and the form is in Swedish.
      for (const widget of [finder!, calendar!, clock!]) {
        expect((await shadowText(widget)).replace(/\s+/g, ' ')).toContain('Område: Österbotten');
      }
      expect(await textsIn(finder!, 'label[for$="-municipality"]')).toEqual(['Kommun']);

      // The calendar: every group of the county has its meetings in it, month by month (at most a year),
      // read from its list view.
      await calendar!.locator('[part~="view-button"]', { hasText: 'Lista' }).click();
      await expect.poll(() => textsIn(calendar!, '[part="agenda"]')).toHaveLength(1);
      const groups = groupTitles();
      expect(groups.size).toBe(4);
      const seen = new Set<string>();
      const missing = () => [...groups].filter(([, titles]) => ![...titles].some((t) => seen.has(t))).map(([g]) => g);
      for (let month = 0; month < 12 && missing().length > 0; month++) {
        if (month > 0) await nextMonth(page, calendar!);
        for (const title of await eventTitles(calendar!)) seen.add(title);
      }
      expect(missing()).toEqual([]);

      // Nothing of Etelä-Savo, in the widgets or on the page, and none of its files fetched.
      for (const widget of [finder!, calendar!, clock!]) {
        const text = await shadowText(widget);
        for (const word of ETELA_SAVO) expect(text, word).not.toContain(word);
      }
      const body = await page.evaluate(() => document.body.textContent ?? '');
      for (const word of ETELA_SAVO) expect(body, word).not.toContain(word);
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect(fetched.some((url) => url.includes('/data/pohjanmaa-example/'))).toBe(true);
      expect(fetched.filter((url) => url.includes('etela-savo'))).toEqual([]);
      expect(opened.errors).toEqual([]);
      expect(opened.offOrigin).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('marks a Swedish-only name as Swedish on the Finnish page, whose interface is Finnish', async () => {
    const opened = await openPage(site, '/esimerkki-pohjanmaa/', { lang: 'fi' });
    try {
      const { page } = opened;
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
      const finder = page.locator('pk-meeting-place-finder');
      // "Familjeträffen i Närpes" has only a Swedish name: it is shown as is, inside lang="sv".
      const marked = await finder.evaluate((host) =>
        [...(host.shadowRoot?.querySelectorAll('*') ?? [])]
          .filter((el) => el.childElementCount === 0 && el.textContent?.trim() === 'Familjeträffen i Närpes')
          .map((el) => el.closest('[lang]')?.getAttribute('lang') ?? ''),
      );
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.every((lang) => lang === 'sv')).toBe(true);
      // A name the data has in Finnish is shown in Finnish, with nothing to mark.
      expect(await textsIn(finder, '[part~="name"]')).toContain('Avoimet ovet Mustasaaressa');
      expect(await textsIn(finder, 'label[for$="-municipality"]')).toEqual(['Kunta']);
      for (const tag of WIDGETS) {
        const text = await shadowText(page.locator(tag));
        expect(text).toContain('Alue: Pohjanmaa');
        for (const word of ETELA_SAVO) expect(text, word).not.toContain(word);
      }
      expect(opened.errors).toEqual([]);
      expect(opened.offOrigin).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
