// The embed configurator (upotus/, sv/upotus/, en/upotus/) serves any county: with the demo's own
// published data it offers Etelä-Savo's municipalities; given the address of a second county's
// published folder (the Pohjanmaa example, which the build publishes with the CLI into the site) it offers
// that county's municipalities, groups and year clock, and the snippet uses them. Failures are clear
// messages in the page's language and the rest of the form keeps working. axe finds no violation on
// the three language pages, and keyboard-only use works. Waits are for conditions, never for time.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { displayText } from '@perhekeskus/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, focused, openPage, openSite, type Site, skipWithoutBrowser, tabTo } from './harness.js';

const DIST = new URL('../dist/', import.meta.url);
/** The second county's folder in the built site, written by `perhekeskus publish` in the build (build/publishData.ts). */
const COUNTY_DIR = new URL('data/pohjanmaa-example/', DIST);
/** A manifest of a format version the configurator does not know. */
const FUTURE_DIR = new URL('data/configurator-test-future/', DIST);

const LANG_PAGES = [
  { path: '/upotus/', lang: 'fi' },
  { path: '/sv/upotus/', lang: 'sv' },
  { path: '/en/upotus/', lang: 'en' },
] as const;

/** The text of an element of the page. */
function textOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

/** Waits until the data has loaded (the status line names the county) and returns the status line. */
async function waitForCounty(page: Page, prefix: string, county: string): Promise<string> {
  await expect.poll(() => textOf(page, '#data-status'), { timeout: 30_000 }).toContain(`${prefix} ${county}.`);
  return textOf(page, '#data-status');
}

/** Waits until the data field shows a problem and returns its message. */
async function waitForProblem(page: Page, containing: string): Promise<string> {
  await expect.poll(() => textOf(page, '#data-error'), { timeout: 30_000 }).toContain(containing);
  return textOf(page, '#data-error');
}

/** Types an address into the data field with the keyboard and presses Enter (the form's "load"). */
async function loadAddress(page: Page, address: string): Promise<void> {
  await page.locator('#data-url').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(address);
  await page.keyboard.press('Enter');
}

const optionTexts = (page: Page, selector: string) =>
  page.locator(`${selector} option`).evaluateAll((options) => options.map((o) => o.textContent ?? ''));

const snippet = (page: Page) => page.locator('#snippet-code').evaluate((el) => el.textContent ?? '');

/** The preview element's attributes, without the ones only the preview sets. */
const previewAttributes = (page: Page) =>
  page.locator('#preview > *').evaluate((el) => ({
    tag: el.localName,
    attributes: [...el.attributes]
      .filter((a) => a.name !== 'heading-level' && a.name !== 'style')
      .map((a) => [a.name, a.value]),
  }));

/** The element line of a snippet as the preview sees it: tag and attributes, decoded by the browser's own parser. */
const snippetElement = async (page: Page) =>
  page.evaluate(
    (code) => {
      const doc = new DOMParser().parseFromString(code, 'text/html');
      const el = doc.body.querySelector('[src]:not(script)') ?? doc.head.querySelector('[src]:not(script)');
      return el ? { tag: el.localName, attributes: [...el.attributes].map((a) => [a.name, a.value]) } : undefined;
    },
    await snippet(page),
  );

describe.skipIf(skipWithoutBrowser)('the embed configurator with any county’s published data', () => {
  let site: Site;

  beforeAll(async () => {
    const manifest = JSON.parse(readFileSync(new URL('index.json', COUNTY_DIR), 'utf8')) as Record<string, unknown>;
    mkdirSync(FUTURE_DIR, { recursive: true });
    writeFileSync(new URL('index.json', FUTURE_DIR), JSON.stringify({ ...manifest, formatVersion: 2 }));
    site = await openSite();
  }, 120_000);

  afterAll(async () => {
    await site?.close();
    rmSync(FUTURE_DIR, { recursive: true, force: true });
  });

  it("offers Etelä-Savo's municipalities on the Swedish page with the default address, and writes the snippet", async () => {
    const opened = await openPage(site, '/sv/upotus/', { lang: 'sv' });
    try {
      const { page } = opened;
      const status = await waitForCounty(page, 'Uppgifterna hämtade:', 'Södra Savolax');
      expect(status).toMatch(/\d+ kommuner, \d+ grupper, 1 årsklocka\./);
      const index = `${site.origin}/data/etela-savo/index.json`;
      expect(await page.locator('#data-url').inputValue()).toBe(index);

      const places = JSON.parse(readFileSync(new URL('data/etela-savo/places.json', DIST), 'utf8')) as {
        municipalities: { code: string; name: { fi?: string; sv?: string } }[];
      };
      const names = places.municipalities.map((m) => displayText(m.name, 'sv').text);
      const offered = await optionTexts(page, '#municipality');
      expect(offered[0]).toBe('Hela Södra Savolax');
      expect(offered.slice(1).sort()).toEqual(names.sort());
      expect(offered).toContain('Nyslott');

      await page.locator('#municipality').selectOption({ label: 'Nyslott' });
      const code = places.municipalities.find((m) => m.name.sv === 'Nyslott')!.code;
      await expect
        .poll(() => snippet(page))
        .toBe(
          `<script type="module" src="${site.origin}/embed/perhekeskus.js"></script>\n` +
            `<pk-meeting-place-finder src="${index}" municipality="${code}" lang="sv"></pk-meeting-place-finder>\n`,
        );
      // The preview shows the snippet's widget.
      expect(await previewAttributes(page)).toEqual(await snippetElement(page));

      expect(await opened.cspViolations()).toEqual([]);
      expect(opened.errors).toEqual([]);
      expect(opened.offOrigin).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("offers a second county's municipalities, groups and year clock with the keyboard only, and the snippet uses them", async () => {
    const opened = await openPage(site, '/sv/upotus/', { lang: 'sv' });
    try {
      const { page } = opened;
      await waitForCounty(page, 'Uppgifterna hämtade:', 'Södra Savolax');
      const index = `${site.origin}/data/pohjanmaa-example/index.json`;

      // Tab to the field, type the folder's address, Enter.
      await tabTo(page, (el) => el.tag === 'input' && el.name === 'data-url', 'the data address field');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('/data/pohjanmaa-example/');
      await page.keyboard.press('Enter');
      const status = await waitForCounty(page, 'Uppgifterna hämtade:', 'Österbotten (exempel)');
      expect(status).toContain('3 kommuner, 4 grupper, 1 årsklocka. Uppgifterna är påhittade exempel.');
      expect(await textOf(page, '#data-error')).toBe('');

      // The finder: type the municipality's name in the select.
      expect(await optionTexts(page, '#municipality')).toEqual([
        'Hela Österbotten (exempel)',
        'Korsholm',
        'Närpes',
        'Vasa',
      ]);
      await tabTo(page, (el) => el.tag === 'select' && el.name === 'municipality', 'the municipality select');
      // The select's type-ahead: "N" is enough. (Playwright sends a letter outside the US layout, such as
      // "ä", as inserted text, which Chromium gives to the last text field instead of the focused select.)
      await page.keyboard.type('N');
      await expect.poll(async () => (await focused(page)).value).toBe('545');
      await expect
        .poll(() => snippet(page))
        .toContain(`<pk-meeting-place-finder src="${index}" municipality="545" lang="sv"></pk-meeting-place-finder>`);
      expect(await previewAttributes(page)).toEqual(await snippetElement(page));

      // The calendar: back to the tool, arrow to "Kalender", Tab to the groups, Space unchecks the first.
      await tabTo(page, (el) => el.tag === 'input' && el.name === 'widget', 'the tool', { backwards: true });
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('input[name="widget"]:checked').inputValue()).toBe('calendar');
      const groupNames = await page
        .locator('#groups label')
        .evaluateAll((labels) => labels.map((l) => l.textContent?.trim()));
      expect(groupNames).toEqual([
        'Familjerådet i Vasa',
        'Koordinationsgruppen för södra Österbotten',
        'Ledningsgruppen för familjecentralerna',
        'Samarbetsgruppen för bildning, social- och hälsovård',
      ]);
      await expect
        .poll(() => snippet(page))
        .toContain(
          `<pk-calendar src="${index}" groups="family-council,sisote,south-area,steering-group" lang="sv"></pk-calendar>`,
        );
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'input', name: 'group', value: 'family-council' });
      await page.keyboard.press('Space');
      await expect
        .poll(() => snippet(page))
        .toContain(`<pk-calendar src="${index}" groups="sisote,south-area,steering-group" lang="sv"></pk-calendar>`);
      expect(await previewAttributes(page)).toEqual(await snippetElement(page));

      // The year clock: the county's one clock.
      await tabTo(page, (el) => el.tag === 'input' && el.name === 'widget', 'the tool', { backwards: true });
      await page.keyboard.press('ArrowDown');
      await tabTo(page, (el) => el.tag === 'select' && el.name === 'clock', 'the year clock select');
      expect((await focused(page)).value).toBe('family-council-year');
      expect(await optionTexts(page, '#clock')).toEqual(['Familjerådets årsklocka']);
      await expect
        .poll(() => snippet(page))
        .toContain(`<pk-year-clock src="${index}" clock="family-council-year" lang="sv"></pk-year-clock>`);
      expect(await previewAttributes(page)).toEqual(await snippetElement(page));

      // The language: "the page's language" writes no lang.
      await tabTo(page, (el) => el.tag === 'select' && el.name === 'lang', 'the language select');
      await page.keyboard.type('Sidans');
      await expect
        .poll(() => snippet(page))
        .toContain(`<pk-year-clock src="${index}" clock="family-council-year"></pk-year-clock>`);

      expect(await axeViolations(page)).toEqual([]);
      expect(await opened.cspViolations()).toEqual([]);
      expect(opened.errors).toEqual([]);
      expect(opened.offOrigin).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('says clearly what is wrong with an address, in the page’s language, and the rest of the form keeps working', async () => {
    const opened = await openPage(site, '/en/upotus/', { lang: 'en' });
    try {
      const { page } = opened;
      await waitForCounty(page, 'Data loaded:', 'Etelä-Savo');
      const good = `${site.origin}/data/etela-savo/index.json`;
      const blocked = () => textOf(page, '#snippet-blocked');

      await loadAddress(page, 'https://example.org/data/index.json');
      expect(await waitForProblem(page, 'another server')).toBe(
        'The address is on another server (https://example.org). This page may fetch data only from its own server, ' +
          'because its Content-Security-Policy (CSP) allows connections to no other address. Publish the data on the same server as the page.',
      );
      expect(await page.locator('#data-url').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#snippet-section').isHidden()).toBe(true);
      expect(await blocked()).toContain('the data has been loaded from the address in the field');

      await loadAddress(page, '/data/nope/index.json');
      await waitForProblem(page, `No file was found at ${site.origin}/data/nope/index.json (404).`);
      await loadAddress(page, '/en/upotus/index.html');
      await waitForProblem(page, `What ${site.origin}/en/upotus/index.html holds is not a JSON file.`);
      await loadAddress(page, '/data/etela-savo/places.json');
      await waitForProblem(
        page,
        `The JSON file at ${site.origin}/data/etela-savo/places.json is not the list of a published folder`,
      );
      await loadAddress(page, '/data/configurator-test-future/');
      await waitForProblem(page, 'is in version 2 of the format; this tool knows only version 1.');
      expect(await axeViolations(page)).toEqual([]);

      // Meanwhile the preview keeps the last data that loaded, and the colour checks still run.
      expect((await previewAttributes(page)).attributes).toContainEqual(['src', good]);
      await page.locator('#colour-accent').fill('#7fb2d0');
      await expect.poll(() => textOf(page, '#contrast-error')).toContain('The colour contrast is too low');
      expect(await blocked()).toContain('the colour contrast is enough');
      await page.locator('#reset-colours').click();
      await expect.poll(() => textOf(page, '#contrast-error')).toBe('');

      // A good address again: the snippet comes back.
      await loadAddress(page, '/data/etela-savo/');
      await waitForCounty(page, 'Data loaded:', 'Etelä-Savo');
      expect(await textOf(page, '#data-error')).toBe('');
      expect(await page.locator('#data-url').getAttribute('aria-invalid')).toBeNull();
      await expect.poll(() => snippet(page)).toContain(`<pk-meeting-place-finder src="${good}" lang="en">`);

      expect(await opened.cspViolations()).toEqual([]);
      // The 404 above is logged by the browser itself; nothing else may be.
      expect(opened.errors.filter((e) => !/Failed to load resource: .* 404/.test(e))).toEqual([]);
      expect(opened.offOrigin).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  describe.each(LANG_PAGES)('$path', ({ path, lang }) => {
    it('is in its language, links its other language versions, and axe finds no violation at 1280 px and 320 px', async () => {
      for (const width of [1280, 320]) {
        const opened = await openPage(site, path, { lang, width, height: width === 320 ? 640 : 900 });
        try {
          const { page } = opened;
          // The snippet is offered once the default data has loaded.
          await page.waitForFunction(() => (document.querySelector('#snippet-code')?.textContent ?? '') !== '');
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
          const languageLinks = await page
            .locator('.lang-nav a')
            .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
          expect(languageLinks.sort()).toEqual(
            LANG_PAGES.filter((p) => p.lang !== lang)
              .map((p) => p.path)
              .sort(),
          );
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          expect(await axeViolations(page)).toEqual([]);
          expect(await opened.cspViolations()).toEqual([]);
          expect(opened.errors).toEqual([]);
          expect(opened.offOrigin).toEqual([]);
        } finally {
          await opened.close();
        }
      }
    });
  });
});
