// Issue 7's three steps for a municipal web team, end to end: the `perhekeskus` CLI imports saved
// (invented) PTV and Linked Events responses, `perhekeskus validate` accepts its output, and the
// finder and the calendar on a page read the published files with `src=` — under the strict CSP,
// from the page's own origin, with no error shown.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../scripts/serve.mjs';
import { axeViolations, gotoSettled, openSite, skipWithoutBrowser } from './harness.js';

const cli = join(
  dirname(createRequire(import.meta.url).resolve('@perhekeskus/cli/package.json')),
  'bin/perhekeskus.js',
);
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

/** Runs the CLI as a team would, returning its exit code and output. */
function perhekeskus(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('import → validate → publish', () => {
  const dir = mkdtempSync(join(tmpdir(), 'perhekeskus-real-data-'));
  const placesFile = join(dir, 'places.json');
  const eventsFile = join(dir, 'events.json');
  let places = '';
  let events = '';

  beforeAll(() => {
    const ptv = perhekeskus(
      'import',
      'ptv',
      '--municipality',
      '681',
      '--from-file',
      fixture('ptv-v11-681.json'),
      '--lang',
      'en',
    );
    expect(ptv.status, ptv.stderr).toBe(0);
    places = ptv.stdout;
    writeFileSync(placesFile, places);
    const linked = perhekeskus('import', 'linked-events', '--from-file', fixture('linked-events.json'), '--lang', 'en');
    expect(linked.status, linked.stderr).toBe(0);
    events = linked.stdout;
    writeFileSync(eventsFile, events);
  });

  it('imports both places and both events, and says which fields were defaulted', () => {
    expect(JSON.parse(places).places.map((p: { name: { fi: string } }) => p.name.fi)).toEqual([
      'Testiperhekahvila Kotilo (keksitty)',
      'Testikerhotila Pesä (keksitty)',
    ]);
    expect(JSON.parse(events).entries).toHaveLength(2);
    const ptvReport = perhekeskus(
      'import',
      'ptv',
      '--municipality',
      '681',
      '--from-file',
      fixture('ptv-v11-681.json'),
    ).stderr;
    expect(ptvReport).toMatch(/defaulted/);
  });

  it('validates the imported files (exit 0), and rejects a broken one naming row and field', () => {
    expect(perhekeskus('validate', placesFile, '--lang', 'en').status).toBe(0);
    expect(perhekeskus('validate', eventsFile, '--lang', 'en').status).toBe(0);
    const broken = JSON.parse(places);
    broken.places[1].municipalityCode = 'Rantasalmi';
    const brokenFile = join(dir, 'broken.json');
    writeFileSync(brokenFile, JSON.stringify(broken));
    const result = perhekeskus('validate', brokenFile, '--lang', 'en');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/2 .*Testikerhotila Pesä.*municipalityCode/);
  });

  describe.skipIf(skipWithoutBrowser)('published next to a page', () => {
    it('the finder and the calendar read them with src= and show every row', async () => {
      const site = await openSite();
      const context = await site.browser.newContext({ timezoneId: 'Europe/Helsinki', locale: 'fi-FI' });
      try {
        // The team's page and files, served from the demo's origin with the same CSP.
        const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY };
        await context.route(`${site.origin}/kunta/**`, (route) => {
          const path = new URL(route.request().url()).pathname;
          if (path.endsWith('places.json'))
            return route.fulfill({ body: places, contentType: 'application/json', headers });
          if (path.endsWith('events.json'))
            return route.fulfill({ body: events, contentType: 'application/json', headers });
          return route.fulfill({
            contentType: 'text/html; charset=utf-8',
            headers,
            body: `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Perhepalvelut</title></head><body><main>
              <h1>Perhepalvelut</h1>
              <pk-meeting-place-finder src="/kunta/places.json" municipality="681"></pk-meeting-place-finder>
              <pk-calendar src="/kunta/events.json" view="agenda" month="2027-03"></pk-calendar>
              <script type="module" src="/embed/perhekeskus.js"></script></main></body></html>`,
          });
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await gotoSettled(page, `${site.origin}/kunta/`);
        const text = (tag: string) =>
          page.locator(tag).evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
        const alerts = (tag: string) =>
          page.locator(tag).evaluate((el) => el.shadowRoot?.querySelectorAll('[role="alert"]').length ?? -1);
        await expect.poll(() => text('pk-meeting-place-finder')).toContain('Testikerhotila Pesä (keksitty)');
        expect(await text('pk-meeting-place-finder')).toContain('Testiperhekahvila Kotilo (keksitty)');
        await expect.poll(() => text('pk-calendar')).toContain('Testivauvakerho (keksitty)');
        expect(await text('pk-calendar')).toContain('Testiperheilta (keksitty)');
        // 07:30Z on 9 March 2027 is 9.30 in Helsinki.
        expect(await text('pk-calendar')).toMatch(/9\.30/);
        expect(await alerts('pk-meeting-place-finder')).toBe(0);
        expect(await alerts('pk-calendar')).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
        await site.close();
      }
    });
  });
});
