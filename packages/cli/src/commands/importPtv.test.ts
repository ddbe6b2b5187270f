import { checkPlaces } from '@perhekeskus/core';
import { describe, expect, it } from 'vitest';
import { fixture, type Route, run } from '../test/harness.js';

const V11 = 'https://api.palvelutietovaranto.suomi.fi/api/v11/ServiceChannel/list/area/Municipality/code/681';
const V12 = 'https://api.palvelutietovaranto.suomi.fi/api/v12/ServiceChannel/list/area/Municipality/code/681';

/** PTV v11 serving the two saved pages for Rantasalmi (681). */
const v11Routes: Record<string, Route> = {
  [`${V11}?page=1`]: { fixture: 'ptv-v11-681-page1.json' },
  [`${V11}?page=2`]: { fixture: 'ptv-v11-681-page2.json' },
};

const CHANNEL = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('perhekeskus import ptv', () => {
  it('pages through PTV v11 and writes a valid meeting-place list to stdout', async () => {
    const result = await run(['import', 'ptv', '--municipality', '681'], { routes: v11Routes });
    expect(result.code).toBe(0);
    expect(result.requests.map((r) => r.url)).toEqual([`${V11}?page=1`, `${V11}?page=2`]);
    expect(result.requests.every((r) => !('x-api-key' in r.headers))).toBe(true);

    const output = JSON.parse(result.stdout);
    expect(output.$schema).toBe('https://perhekeskus.dev/schema/meeting-places.json');
    const checked = checkPlaces(output);
    expect(checked.issues).toEqual([]);
    // Three service locations are places, the Swedish-only one with its Swedish name; the phone channel is not.
    expect(checked.places.map((p) => p.name.fi ?? p.name.sv)).toEqual([
      'Perhekahvila Pilke (esimerkki)',
      'Endast svenskt namn (exempel)',
      'Perheneuvola (esimerkki)',
    ]);
    expect(checked.places.every((p) => p.municipalityCode === '681')).toBe(true);
  });

  it('reports on stderr what was skipped and why, in the chosen language', async () => {
    const fi = await run(['import', 'ptv', '--municipality', '681'], { routes: v11Routes });
    const fiLines = fi.stderr.split('\n');
    expect(fiLines).toContain('Ohitettu kokonaan (1):');
    expect(fiLines).toContain(
      `  - Palvelupaikka ${CHANNEL(4)}, kenttä serviceChannelType: kanavan tyyppi on ”Phone” eikä palvelupiste (ServiceLocation), joten se ei ole käyntipaikka; kanava ohitettiin. (not-service-location)`,
    );
    expect(fi.stderr).toMatch(/^Kenttiä jäi pois \(\d+\):$/m);
    expect(fiLines).toContain(
      `  - Palvelupaikka ${CHANNEL(1)}, kenttä serviceHours: aukioloajat tuotiin toimintoina nimeltä ”Avoinna” (avoin toiminta). (defaulted)`,
    );
    expect(fi.stderr.trimEnd().split('\n').at(-1)).toBe('Kirjoitettu 3 kohtaamispaikkaa.');

    const en = await run(['import', 'ptv', '--municipality', '681', '--lang', 'en'], { routes: v11Routes });
    const enLines = en.stderr.split('\n');
    expect(enLines).toContain('Skipped entirely (1):');
    expect(en.stderr.trimEnd().split('\n').at(-1)).toBe('Wrote 3 meeting places.');
  });

  it('writes every issue line in the chosen language, never the importer’s English sentence', async () => {
    const fi = await run(['import', 'ptv', '--municipality', '681'], { routes: v11Routes });
    const sv = await run(['import', 'ptv', '--municipality', '681', '--lang', 'sv'], { routes: v11Routes });
    const en = await run(['import', 'ptv', '--municipality', '681', '--lang', 'en'], { routes: v11Routes });
    const issueLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('  - '));
    expect(issueLines(fi.stderr).length).toBeGreaterThan(2);
    expect(issueLines(fi.stderr)).toHaveLength(issueLines(en.stderr).length);
    expect(issueLines(fi.stderr).every((line) => line.startsWith('  - Palvelupaikka '))).toBe(true);
    expect(issueLines(sv.stderr).every((line) => line.startsWith('  - Serviceställe '))).toBe(true);
    expect(issueLines(en.stderr).every((line) => line.startsWith('  - Service location '))).toBe(true);
    // The importer's English wording of a skipped channel appears in no language.
    for (const result of [fi, sv, en]) expect(result.stderr).not.toContain('MeetingPlace.name needs fi');
  });

  it('writes a file that perhekeskus validate accepts', async () => {
    const imported = await run(['import', 'ptv', '--municipality', '681'], { routes: v11Routes });
    const validated = await run(['validate', 'places.json', '--lang', 'en'], {
      files: { 'places.json': imported.stdout },
    });
    expect(validated).toMatchObject({ code: 0, stdout: 'OK: places.json — meeting-place list, 3 places.\n' });
  });

  it('sends the key as x-api-key to v12, from --key or PTV_API_KEY', async () => {
    const routes: Record<string, Route> = {
      [`${V12}?page=1&pageSize=100`]: { fixture: 'ptv-v11-681-page1.json' },
      [`${V12}?page=2&pageSize=100`]: { fixture: 'ptv-v11-681-page2.json' },
    };
    const withKey = await run(['import', 'ptv', '--municipality', '681', '--api', 'v12', '--key', 'secret'], {
      routes,
    });
    expect(withKey.code).toBe(0);
    expect(withKey.requests.map((r) => [r.url, r.headers['x-api-key']])).toEqual([
      [`${V12}?page=1&pageSize=100`, 'secret'],
      [`${V12}?page=2&pageSize=100`, 'secret'],
    ]);
    const fromEnv = await run(['import', 'ptv', '--municipality', '681', '--api', 'v12'], {
      routes,
      env: { PTV_API_KEY: 'from-env' },
    });
    expect(fromEnv.requests[0]?.headers['x-api-key']).toBe('from-env');
  });

  it('refuses v12 without a key before any request (exit 2)', async () => {
    const result = await run(['import', 'ptv', '--municipality', '681', '--api', 'v12', '--lang', 'en']);
    expect(result).toMatchObject({ code: 2, stdout: '', requests: [] });
    expect(result.stderr).toContain('the PTV v12 API needs an API key');
  });

  it('fails with the status and address when PTV answers an error (exit 1), and hints at the key on 401', async () => {
    const failing = await run(['import', 'ptv', '--municipality', '681', '--lang', 'en'], {
      routes: { [`${V11}?page=1`]: { status: 500 } },
    });
    expect(failing).toMatchObject({ code: 1, stdout: '' });
    expect(failing.stderr).toBe(`perhekeskus: the server answered 500 Error for ${V11}?page=1.\n`);
    const denied = await run(['import', 'ptv', '--municipality', '681', '--api', 'v12', '--key', 'x', '--lang', 'en'], {
      routes: { [`${V12}?page=1&pageSize=100`]: { status: 401 } },
    });
    expect(denied.code).toBe(1);
    expect(denied.stderr).toContain('Check the API key (--key or PTV_API_KEY).');
  });

  it('fails on a response that is not JSON or not a PTV page (exit 1)', async () => {
    const html = await run(['import', 'ptv', '--municipality', '681', '--lang', 'en'], {
      routes: { [`${V11}?page=1`]: { status: 200, body: '<html>maintenance</html>' } },
    });
    expect(html).toMatchObject({ code: 1, stdout: '' });
    expect(html.stderr).toContain('is not JSON');
    const other = await run(['import', 'ptv', '--municipality', '681', '--lang', 'en'], {
      routes: { [`${V11}?page=1`]: { status: 200, body: '{"items": []}' } },
    });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('expected { itemList, pageCount }');
  });

  it('reads a saved page, or a list of saved pages, with --from-file and fetches nothing', async () => {
    const pages = `[${fixture('ptv-v11-681-page1.json')},${fixture('ptv-v11-681-page2.json')}]`;
    const all = await run(['import', 'ptv', '--from-file', 'pages.json'], { files: { 'pages.json': pages } });
    expect(all).toMatchObject({ code: 0, requests: [] });
    expect(checkPlaces(JSON.parse(all.stdout)).places).toHaveLength(3);
    const one = await run(['import', 'ptv', '--from-file', 'p1.json'], {
      files: { 'p1.json': fixture('ptv-v11-681-page1.json') },
    });
    expect(checkPlaces(JSON.parse(one.stdout)).places.map((p) => p.name.fi ?? p.name.sv)).toEqual([
      'Perhekahvila Pilke (esimerkki)',
      'Endast svenskt namn (exempel)',
    ]);
  });

  it('keeps only the chosen municipality’s channels from a file', async () => {
    const result = await run(['import', 'ptv', '--from-file', 'p.json', '--municipality', '491'], {
      files: { 'p.json': fixture('ptv-v11-681-page1.json') },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).places).toEqual([]);
  });

  it('shows progress per page with --progress or on a terminal, and not otherwise', async () => {
    const quiet = await run(['import', 'ptv', '--municipality', '681'], { routes: v11Routes });
    expect(quiet.stderr).not.toContain('haettu sivu');
    const asked = await run(['import', 'ptv', '--municipality', '681', '--progress'], { routes: v11Routes });
    expect(asked.stderr).toContain(
      'perhekeskus: haettu sivu 1/2 (2 tietuetta)\nperhekeskus: haettu sivu 2/2 (4 tietuetta)\n',
    );
    const tty = await run(['import', 'ptv', '--municipality', '681', '--lang', 'en'], {
      routes: v11Routes,
      stderrIsTTY: true,
    });
    expect(tty.stderr).toContain('perhekeskus: fetched page 2 of 2 (4 records)');
  });

  it('exits 1 with --strict when something was skipped', async () => {
    const result = await run(['import', 'ptv', '--municipality', '681', '--strict'], { routes: v11Routes });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).places).toHaveLength(3);
  });

  it('uses --base instead of the public API', async () => {
    const base = 'https://ptv.example.invalid/';
    const url = `https://ptv.example.invalid/api/v11/ServiceChannel/list/area/Municipality/code/681?page=1`;
    const result = await run(['import', 'ptv', '--municipality', '681', '--base', base], {
      routes: { [url]: { status: 200, body: '{"pageNumber":1,"pageCount":1,"itemList":null}' } },
    });
    expect(result.code).toBe(0);
    expect(result.requests.map((r) => r.url)).toEqual([url]);
    expect(JSON.parse(result.stdout).places).toEqual([]);
  });

  it('rejects a wrong command line with exit code 2 and makes no request', async () => {
    const cases: [string[], string][] = [
      [[], 'option --municipality is missing.'],
      [['--municipality', 'Rantasalmi'], '--municipality: the municipality code must be'],
      [['--municipality', '681', '--api', 'v13'], '--api: use v11 or v12; got “v13”.'],
      [['--municipality', '681', '--base', 'ftp://x'], '--base: give a full http or https address'],
      [['--municipality', '681', '--keyword', 'x'], 'unknown option --keyword.'],
    ];
    for (const [args, message] of cases) {
      const result = await run(['import', 'ptv', ...args, '--lang', 'en']);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain('Help: perhekeskus import ptv --help');
      expect(result.requests).toEqual([]);
    }
  });

  it('prints its help with --help and fetches nothing', async () => {
    const result = await run(['import', 'ptv', '--help', '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, requests: [] });
    expect(result.stdout).toMatch(/^Usage: perhekeskus import ptv --municipality CODE/);
    expect(result.stdout).toContain('https://api.palvelutietovaranto.suomi.fi');
  });

  describe('holiday hours (PTV v12 names them, our exceptions are dated)', () => {
    /** One invented v12 channel, closed on Midsummer Eve. */
    const channel = JSON.stringify({
      itemList: [
        {
          id: '00000000-0000-4000-8000-0000000000f1',
          serviceChannelType: 'ServiceLocation',
          serviceChannelNames: { fi: 'Perhekahvila Kesä (keksitty)' },
          areas: [{ type: 'Municipality', code: '681' }],
          languages: ['fi'],
          addresses: [],
          serviceHours: [{ serviceHourType: 'Holiday', holiday: 'MidsummerEve', isClosed: true, openingHour: [] }],
          publishingStatus: 'Published',
          modified: '2026-01-15T10:00:00.000Z',
        },
      ],
      pageCount: 1,
    });
    const closedDays = (stdout: string) =>
      (JSON.parse(stdout).places[0].exceptions ?? [])
        .filter((e: { closed: boolean }) => e.closed)
        .map((e: { date: string }) => e.date);

    it('dates them in this year and next by default (Helsinki time)', async () => {
      const result = await run(['import', 'ptv', '--from-file', 'v12.json'], {
        files: { 'v12.json': channel },
        now: '2026-11-25T10:00:00Z',
      });
      expect(result.code).toBe(0);
      // Midsummer Eve is the Friday between 19 and 25 June.
      expect(closedDays(result.stdout)).toEqual(['2026-06-19', '2027-06-25']);
    });

    it('dates them in the years --holiday-years names, and refuses a malformed list', async () => {
      const result = await run(['import', 'ptv', '--from-file', 'v12.json', '--holiday-years', '2028'], {
        files: { 'v12.json': channel },
      });
      expect(closedDays(result.stdout)).toEqual(['2028-06-23']);
      const bad = await run(['import', 'ptv', '--from-file', 'v12.json', '--holiday-years', '28', '--lang', 'en'], {
        files: { 'v12.json': channel },
      });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(
        '--holiday-years: give years separated by commas (e.g. 2026,2027), 1900–2200; got “28”.',
      );
    });
  });
});
