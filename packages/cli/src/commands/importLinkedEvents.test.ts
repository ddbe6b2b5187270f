import { checkCalendarEntries } from '@perhekeskus/core';
import { describe, expect, it } from 'vitest';
import { fixture, type Route, run } from '../test/harness.js';

const BASE = 'https://linkedevents.example.invalid/v1';
const QUERY = 'keyword=yso%3Ap4354&start=2026-03-01&end=2026-03-31';
const FIRST = `${BASE}/event/?page_size=100&include=location%2Ckeywords&${QUERY}`;
const SECOND = `${BASE}/event/?page=2&page_size=100&include=location%2Ckeywords&${QUERY}`;

const routes: Record<string, Route> = {
  [FIRST]: { fixture: 'linked-events-page1.json' },
  [SECOND]: { fixture: 'linked-events-page2.json' },
};
const args = [
  'import',
  'linked-events',
  '--base',
  BASE,
  '--keyword',
  'yso:p4354',
  '--from',
  '2026-03-01',
  '--to',
  '2026-03-31',
];

describe('perhekeskus import linked-events', () => {
  it('follows meta.next and writes valid calendar entries to stdout', async () => {
    const result = await run(args, { routes });
    expect(result.code).toBe(0);
    expect(result.requests.map((r) => r.url)).toEqual([FIRST, SECOND]);
    const output = JSON.parse(result.stdout);
    expect(output.$schema).toBe('https://perhekeskus.dev/schema/calendar-entries.json');
    const checked = checkCalendarEntries(output);
    expect(checked.issues).toEqual([]);
    // Four events, one cancelled: three entries, times in Helsinki.
    expect(checked.entries.map((e) => e.title.fi)).toEqual([
      'Vauvaperhekerho (esimerkki)',
      'Isä-lapsi-ilta (esimerkki)',
      'Perheliikuntapäivä (esimerkki)',
    ]);
    expect(checked.entries[0]?.start).toBe('2026-03-10T09:30:00+02:00');
  });

  it('reports the cancelled event on stderr and counts what was written', async () => {
    const result = await run([...args, '--lang', 'en'], { routes });
    expect(result.stderr).toMatch(/^Skipped entirely \(1\):$/m);
    expect(result.stderr.split('\n')).toContain(
      '  - Event example:1003, field event_status: the event was cancelled; it was not imported. (cancelled)',
    );
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('Wrote 3 calendar entries.');
  });

  it('reports the issues in Finnish by default', async () => {
    const result = await run(args, { routes });
    const lines = result.stderr.split('\n');
    expect(lines).toContain('Ohitettu kokonaan (1):');
    expect(lines).toContain(
      '  - Tapahtuma example:1003, kenttä event_status: tapahtuma on peruttu; sitä ei tuotu. (cancelled)',
    );
    expect(lines).toContain(
      '  - Tapahtuma example:1001, kenttä location.position: tietomallissamme ei ole paikkaa tälle tiedolle, joten sitä ei tuotu; lisää se tarvittaessa käsin. (unmapped-field)',
    );
    expect(result.stderr).not.toContain('The event was cancelled');
  });

  it('stops when meta.next leaves the server given in --base (exit 1)', async () => {
    const page = JSON.parse(fixture('linked-events-page1.json'));
    page.meta.next = 'https://elsewhere.example.invalid/v1/event/?page=2';
    const result = await run([...args, '--lang', 'en'], {
      routes: { [FIRST]: { status: 200, body: JSON.stringify(page) } },
    });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.requests).toHaveLength(1);
    expect(result.stderr).toContain(
      'https://elsewhere.example.invalid/v1/event/?page=2 is on another server than --base',
    );
  });

  it('stops when a page links back to itself, saying so with the pages fetched in every language', async () => {
    const page = JSON.parse(fixture('linked-events-page1.json'));
    page.meta.next = FIRST;
    const loop = { routes: { [FIRST]: { status: 200, body: JSON.stringify(page) } } };
    const said = {
      fi: `perhekeskus: seuraavan sivun osoite (meta.next) ${FIRST} vie jo haetulle sivulle; haku keskeytettiin 1 sivun jälkeen.\n`,
      sv: `perhekeskus: nästa sidas adress (meta.next) ${FIRST} leder till en sida som redan hämtats; hämtningen avbröts efter 1 sida.\n`,
      en: `perhekeskus: the next page's address (meta.next) ${FIRST} leads back to a page already fetched; stopped after 1 page.\n`,
    };
    for (const [lang, stderr] of Object.entries(said)) {
      const result = await run([...args, '--lang', lang], loop);
      expect(result, lang).toMatchObject({ code: 1, stdout: '', stderr });
      expect(result.requests).toHaveLength(1);
    }
  });

  it('counts the pages fetched when a later page links back to the first', async () => {
    const second = JSON.parse(fixture('linked-events-page2.json'));
    second.meta.next = FIRST;
    const result = await run([...args, '--lang', 'en'], {
      routes: { ...routes, [SECOND]: { status: 200, body: JSON.stringify(second) } },
    });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain('leads back to a page already fetched; stopped after 2 pages.');
    expect(result.requests).toHaveLength(2);
  });

  it('reads saved pages with --from-file and fetches nothing', async () => {
    const pages = `[${fixture('linked-events-page1.json')},${fixture('linked-events-page2.json')}]`;
    const result = await run(['import', 'linked-events', '--from-file', 'events.json'], {
      files: { 'events.json': pages },
    });
    expect(result).toMatchObject({ code: 0, requests: [] });
    expect(checkCalendarEntries(JSON.parse(result.stdout)).entries).toHaveLength(3);
  });

  it('filters saved events by --from and --to', async () => {
    const result = await run(
      ['import', 'linked-events', '--from-file', 'p.json', '--from', '2026-03-11', '--to', '2026-03-20'],
      {
        files: { 'p.json': fixture('linked-events-page1.json') },
      },
    );
    expect(checkCalendarEntries(JSON.parse(result.stdout)).entries.map((e) => e.title.fi)).toEqual([
      'Isä-lapsi-ilta (esimerkki)',
    ]);
  });

  it('shows progress per page with --progress', async () => {
    const result = await run([...args, '--progress', '--lang', 'en'], { routes });
    expect(result.stderr).toContain(
      'perhekeskus: fetched page 1 (2 records)\nperhekeskus: fetched page 2 (4 records)\n',
    );
  });

  it('rejects a wrong command line with exit code 2 and makes no request', async () => {
    const cases: [string[], string][] = [
      [[], 'option --base is missing.'],
      [['--base', 'api.hel.fi'], '--base: give a full http or https address'],
      [['--base', BASE, '--from', '1.3.2026'], '--from: the date must be given as YYYY-MM-DD'],
      [
        ['--base', BASE, '--from', '2026-03-31', '--to', '2026-03-01'],
        '--to (2026-03-01) cannot be before --from (2026-03-31).',
      ],
      [['--base', BASE, '--municipality', '681'], 'unknown option --municipality.'],
    ];
    for (const [extra, message] of cases) {
      const result = await run(['import', 'linked-events', ...extra, '--lang', 'en']);
      expect(result.code, extra.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.requests).toEqual([]);
    }
  });

  it('prints its help with --help and fetches nothing', async () => {
    const result = await run(['import', 'linked-events', '--help']);
    expect(result).toMatchObject({ code: 0, requests: [] });
    expect(result.stdout).toMatch(/^Käyttö: perhekeskus import linked-events --base URL/);
  });
});
