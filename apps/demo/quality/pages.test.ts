// Every demo page, served as a municipal server would serve it (strict CSP, own origin only), in
// headless Chromium: axe-core finds no WCAG 2.1 A/AA violation at 1280 px, at 320 px (what 400 %
// zoom gives a 1280 px window) and in forced-colours mode; nothing is blocked by the CSP; nothing
// leaves the origin; every widget renders without an error. Screenshots land in reports/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, openSite, PAGES, type Site, screenshot, skipWithoutBrowser } from './harness.js';

/** The widgets each page must show (a page that lost one fails, not just one that broke). */
const WIDGETS: Record<(typeof PAGES)[number]['name'], string[]> = {
  'regional-fi': ['pk-meeting-place-finder', 'pk-calendar', 'pk-year-clock'],
  'regional-sv': ['pk-meeting-place-finder', 'pk-calendar', 'pk-year-clock'],
  'regional-en': ['pk-meeting-place-finder', 'pk-calendar', 'pk-year-clock'],
  rantasalmi: ['pk-meeting-place-finder', 'pk-calendar'],
  professionals: ['pk-agreement-status', 'pk-year-clock'],
  configurator: ['pk-meeting-place-finder'],
  'accessibility-statement': [],
  'county-example-sv': ['pk-meeting-place-finder', 'pk-calendar', 'pk-year-clock'],
  'county-example-fi': ['pk-meeting-place-finder', 'pk-calendar', 'pk-year-clock'],
  'not-found-fi': [],
  'not-found-sv': [],
};

describe.skipIf(skipWithoutBrowser)('demo pages in Chromium under a strict Content-Security-Policy', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('prints the regional page without navigation, with the widgets and the demo notice on paper', async () => {
    const opened = await openPage(site, '/', { lang: 'fi' });
    try {
      const { page } = opened;
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const visible = (selector: string) =>
          [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none');
        return {
          nav: visible('.main-nav') || visible('.lang-nav') || visible('.skip-link'),
          main: visible('main'),
          widgets: ['pk-meeting-place-finder', 'pk-calendar', 'pk-year-clock'].every(visible),
          notice: document.body.textContent?.includes('Esimerkkisivusto') ?? false,
        };
      });
      expect(shown).toEqual({ nav: false, main: true, widgets: true, notice: true });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await opened.close();
    }
  });

  describe.each(PAGES)('$name ($path)', ({ name, path, lang, status }) => {
    it('renders its widgets with no axe violation, CSP violation, error or off-origin request at 1280 px', async () => {
      const opened = await openPage(site, path, { lang, status });
      try {
        const { page } = opened;
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        const shown = await page.evaluate(() =>
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('pk-'))
            .map((el) => ({
              tag: el.localName,
              alerts: [...(el.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])].map((a) => a.textContent?.trim()),
            })),
        );
        for (const tag of WIDGETS[name]) expect(shown.map((w) => w.tag)).toContain(tag);
        expect(shown.flatMap((w) => w.alerts)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        expect(await opened.cspViolations()).toEqual([]);
        expect(opened.errors).toEqual([]);
        expect(opened.offOrigin).toEqual([]);
        await screenshot(page, `${name}-1280`);
      } finally {
        await opened.close();
      }
    });

    it('reflows at 320 px without horizontal scrolling and passes axe there', async () => {
      const opened = await openPage(site, path, { lang, status, width: 320, height: 640 });
      try {
        const { page } = opened;
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        expect(opened.errors).toEqual([]);
        await screenshot(page, `${name}-320`);
      } finally {
        await opened.close();
      }
    });

    it('passes axe in forced-colours mode, with visible borders on every form control', async () => {
      const opened = await openPage(site, path, { lang, status, forcedColors: true });
      try {
        const { page } = opened;
        expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        // In forced colours backgrounds vanish; a control without a border would be invisible.
        const borderless = await page.evaluate(() => {
          const roots: (Document | ShadowRoot)[] = [document];
          for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
          return roots
            .flatMap((root) => [
              ...root.querySelectorAll(
                'input:not([type=checkbox]):not([type=radio]):not([type=color]), select, button',
              ),
            ])
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .filter((el) => {
              const style = getComputedStyle(el);
              return ['Top', 'Right', 'Bottom', 'Left'].every(
                (side) => style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none',
              );
            })
            .map((el) => `${el.localName}${el.id ? `#${el.id}` : ''} ${el.textContent?.trim().slice(0, 30) ?? ''}`);
        });
        expect(borderless).toEqual([]);
        await screenshot(page, `${name}-1280-forced-colors`);
      } finally {
        await opened.close();
      }
    });
  });
});
