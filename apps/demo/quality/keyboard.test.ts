// The keyboard-only journey of issue 6 on the regional page: find a meeting place open on Tuesday in
// Mikkeli, open its details, add it to a calendar — Tab, typing and Enter only, no mouse. Run in
// normal and in forced-colours mode.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, openPage, openSite, type Site, skipWithoutBrowser, tabTo } from './harness.js';

describe.skipIf(skipWithoutBrowser)('keyboard-only journey on the regional page', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it.each([
    { mode: 'normal colours', forcedColors: false },
    { mode: 'forced colours', forcedColors: true },
  ])('finds a place open on Tuesday in Mikkeli, opens it and downloads its .ics ($mode)', async ({ forcedColors }) => {
    const opened = await openPage(site, '/', { lang: 'fi', forcedColors });
    try {
      const { page } = opened;
      const finder = page.locator('pk-meeting-place-finder').first();

      await tabTo(page, (el) => el.tag === 'select' && el.name === 'municipality', 'the municipality select');
      await page.keyboard.type('Mikkeli');
      await expect.poll(async () => (await focused(page)).value).toBe('491');

      await tabTo(page, (el) => el.tag === 'select' && el.name === 'day', 'the day select');
      await page.keyboard.type('tiistai');
      await expect.poll(async () => (await focused(page)).value).toBe('2');

      // Every result now is in Mikkeli and open on Tuesday; the live region says how many.
      const listed = () =>
        finder.evaluate((el) => ({
          status: el.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim() ?? '',
          results: [...(el.shadowRoot?.querySelectorAll('li.result') ?? [])].map(
            (li) => li.textContent?.replace(/\s+/g, ' ') ?? '',
          ),
        }));
      await expect
        .poll(async () => {
          const { status, results } = await listed();
          return (
            results.length > 0 &&
            results.every((text) => text.includes('Mikkeli')) &&
            status.startsWith(String(results.length))
          );
        })
        .toBe(true);
      for (const text of (await listed()).results) expect(text).toMatch(/\bti \d/);

      // Open the first result's details with Enter.
      await tabTo(
        page,
        (el) => el.tag === 'summary' && el.within === 'details',
        'the first result’s “more information” summary',
      );
      const place = (await focused(page)).text.split(':').slice(1).join(':').trim();
      expect(place.length).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
      expect(
        await finder.evaluate(
          (el) => el.shadowRoot?.querySelector<HTMLDetailsElement>('details[part="details"]')?.open,
        ),
      ).toBe(true);

      // Its "add to calendar" link: before the details in the DOM, so Shift+Tab back to it.
      const isLink = (el: Awaited<ReturnType<typeof focused>>) =>
        el.part === 'calendar-link' && el.text.includes(place);
      const forward = await finder.evaluate((el) => {
        const links = [...(el.shadowRoot?.querySelectorAll('[part="calendar-link"]') ?? [])];
        const summary = el.shadowRoot?.querySelector('details[part="details"] summary');
        return summary && links[0]
          ? Boolean(summary.compareDocumentPosition(links[0]) & Node.DOCUMENT_POSITION_FOLLOWING)
          : true;
      });
      await tabTo(page, isLink, `the “add to calendar” link of ${place}`, { backwards: !forward });

      const download = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.ics$/);
      const ics = await readFile((await file.path()) as string, 'utf8');
      expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(ics).toContain('BEGIN:VEVENT');
      // A Tuesday opening is among its events (DTSTART in Helsinki time; 2026-12-01 was a Tuesday).
      const tuesdays = [...ics.matchAll(/DTSTART;TZID=Europe\/Helsinki:(\d{4})(\d{2})(\d{2})T/g)].filter(
        ([, y, m, d]) => new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay() === 2,
      );
      expect(tuesdays.length).toBeGreaterThan(0);
      expect(opened.errors).toEqual([]);
      expect(opened.offOrigin).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
