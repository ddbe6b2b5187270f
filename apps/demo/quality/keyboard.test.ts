// The keyboard-only journey of issue 6 on the regional page: find a meeting place open on Tuesday in
// Mikkeli, open its details (the place's name in its compact row is the button that shows them), add it
// to a calendar — Tab, typing and Enter only, no mouse. Run in normal and in forced-colours mode.
import { readFile } from 'node:fs/promises';
import { displayText, helsinkiToday, upcomingOpenings } from '@perhekeskus/core';
import { etelaSavoMeetingPlaces } from '@perhekeskus/core/etela-savo';
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

      // The results are exactly the places in Mikkeli (491) with a Tuesday activity — built-in example
      // rows included, as the finder shows them by default — and the live region says how many.
      const expected = etelaSavoMeetingPlaces
        .filter((p) => p.municipalityCode === '491' && p.activities.some((a) => a.weekday === 2))
        .map((p) => displayText(p.name, 'fi').text)
        .sort((a, b) => a.localeCompare(b, 'fi'));
      expect(expected.length).toBeGreaterThan(0);
      const listed = () =>
        finder.evaluate((el) => ({
          status: el.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim() ?? '',
          names: [...(el.shadowRoot?.querySelectorAll('li.result [part="name"]') ?? [])].map(
            (h) => h.textContent?.trim() ?? '',
          ),
        }));
      await expect
        .poll(async () => {
          const { status, names } = await listed();
          return status.startsWith(String(names.length)) ? [...names].sort((a, b) => a.localeCompare(b, 'fi')) : [];
        })
        .toEqual(expected);

      // Each place is a compact row whose name is a button that opens its details: Tab to the first
      // one and press Enter.
      await tabTo(page, (el) => el.tag === 'button' && el.part === 'toggle', 'the first result’s name button');
      const place = (await focused(page)).text;
      expect(expected).toContain(place);
      const row = () =>
        finder.evaluate((el, name) => {
          const toggle = [...(el.shadowRoot?.querySelectorAll('[part="toggle"]') ?? [])].find(
            (t) => t.textContent?.trim() === name,
          );
          const details = toggle && el.shadowRoot?.getElementById(toggle.getAttribute('aria-controls') ?? '');
          return {
            expanded: toggle?.getAttribute('aria-expanded'),
            detailsShown: details ? details.getClientRects().length > 0 : false,
            calendarLink: Boolean(details?.querySelector('[part="calendar-link"]')),
          };
        }, place);
      expect(await row()).toMatchObject({ expanded: 'false', detailsShown: false });
      await page.keyboard.press('Enter');
      // The details open below the name, and focus stays on the name; the calendar file is made on opening.
      await expect.poll(row).toEqual({ expanded: 'true', detailsShown: true, calendarLink: true });
      expect(await focused(page)).toMatchObject({ part: 'toggle', text: place });

      // Its "add to calendar" link is in the details, after the name in the DOM: Tab on to it.
      const isLink = (el: Awaited<ReturnType<typeof focused>>) =>
        el.part === 'calendar-link' && el.text.includes(place);
      await tabTo(page, isLink, `the “add to calendar” link of ${place}`, { max: 30 });
      // The link says how many weeks the file covers: "Lisää aukioloajat kalenteriin (8 viikkoa)".
      const weeks = Number(/\((\d+) viikkoa\)/.exec((await focused(page)).text)?.[1]);
      expect(weeks).toBeGreaterThan(0);

      const download = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.ics$/);
      const ics = await readFile((await file.path()) as string, 'utf8');
      expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(ics).toContain('BEGIN:VEVENT');
      // Its events are the place's openings of the weeks the link names, the Tuesday ones among them
      // unless exceptions close the place (the data decides; core says what to expect).
      const shownPlace = etelaSavoMeetingPlaces.find((p) => p.name.fi === place);
      expect(shownPlace).toBeDefined();
      const coming = upcomingOpenings(shownPlace!, { from: helsinkiToday(), days: weeks * 7 });
      const starts = [...ics.matchAll(/DTSTART;TZID=Europe\/Helsinki:(\d{4})(\d{2})(\d{2})T/g)].map(
        ([, y, m, d]) => `${y}-${m}-${d}`,
      );
      expect(starts).toEqual(coming.map((o) => o.date));
      if (coming.some((o) => new Date(`${o.date}T12:00:00Z`).getUTCDay() === 2)) {
        expect(starts.some((date) => new Date(`${date}T12:00:00Z`).getUTCDay() === 2)).toBe(true);
      }
      expect(opened.errors).toEqual([]);
      expect(opened.offOrigin).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
