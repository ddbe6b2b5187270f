import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, run } from './test/harness.js';
import { directory, perhekeskus } from './test/spawn.js';

/** More records than `push(...records)` can pass as arguments (the stack gave out at about 120,000). */
const LARGE = 150_000;
/** Every this many records is a full one that becomes a row; the others are skipped cheaply. */
const FULL_EVERY = 1_000;

/** A channel of the saved PTV page, given id `n`. */
function ptvChannel(n: number): string {
  const channel = JSON.parse(fixture('ptv-v11-681-page1.json')).itemList[0];
  return JSON.stringify({ ...channel, id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` });
}

/** `count` PTV channels as JSON list items: phone channels (skipped), every FULL_EVERY-th a service location. */
function ptvChannels(count: number): string {
  const items: string[] = [];
  for (let n = 0; n < count; n++)
    items.push(n % FULL_EVERY === 0 ? ptvChannel(n) : `{"id":"phone-${n}","serviceChannelType":"Phone"}`);
  return `[${items.join(',')}]`;
}

/** `count` Linked Events events: nameless ones (skipped), every FULL_EVERY-th a complete one. */
function linkedEvents(count: number): string {
  const event = JSON.parse(fixture('linked-events-page1.json')).data[0];
  const items: string[] = [];
  for (let n = 0; n < count; n++)
    items.push(n % FULL_EVERY === 0 ? JSON.stringify({ ...event, id: `example:${n}` }) : `{"id":"example:${n}"}`);
  return `[${items.join(',')}]`;
}

const LARGE_ROWS = LARGE / FULL_EVERY;
/** How long a large import's process may take before it is stopped: well inside the tests' 90 s. */
const LARGE_SPAWN = { timeoutMs: 80_000 };

// Each case spawns a Node process that reads 150,000 records: about 2 s on an idle 2-core machine, 15 s
// when CI shares it with a second suite. The timeout bounds that work with room to spare.
describe('a large import', { timeout: 90_000 }, () => {
  it(`imports ${LARGE.toLocaleString('en')} saved PTV channels in one process without overflowing the stack`, () => {
    const dir = directory({ 'ptv.json': ptvChannels(LARGE) });
    const result = perhekeskus(['import', 'ptv', '--from-file', join(dir, 'ptv.json'), '--lang', 'en'], LARGE_SPAWN);
    expect(result.stderr).not.toContain('RangeError');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).places).toHaveLength(LARGE_ROWS);
    expect(result.stderr).toContain(`Skipped entirely (${LARGE - LARGE_ROWS}):`);
    expect(result.stderr.endsWith(`Wrote ${LARGE_ROWS} meeting places.\n`)).toBe(true);
  });

  it(`imports ${LARGE.toLocaleString('en')} saved Linked Events events into an --out file`, () => {
    const dir = directory({ 'events.json': linkedEvents(LARGE) });
    const out = join(dir, 'entries.json');
    const result = perhekeskus(
      ['import', 'linked-events', '--from-file', join(dir, 'events.json'), '--out', out],
      LARGE_SPAWN,
    );
    expect(result.stderr).not.toContain('RangeError');
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).entries).toHaveLength(LARGE_ROWS);
  });
});

describe('import --out', () => {
  /** Bytes no import would write, so a test sees whether the file was touched. */
  const PREVIOUS = '{"places":["the previous import"]}\n\u00e4\u0000';

  it('writes the file whole and nothing to standard output', () => {
    const dir = directory({ 'ptv.json': fixture('ptv-v11-681-page1.json'), 'places.json': PREVIOUS });
    const out = join(dir, 'places.json');
    const result = perhekeskus(['import', 'ptv', '--from-file', join(dir, 'ptv.json'), '--out', out, '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('Wrote 2 meeting places.');
    expect(JSON.parse(readFileSync(out, 'utf8')).places).toHaveLength(2);
    expect(readdirSync(dir).sort()).toEqual(['places.json', 'ptv.json']);
  });

  it('leaves the previous file byte-identical when the import fails', () => {
    const dir = directory({
      'broken.json': '{"itemList": [',
      'other.json': '{"something": "else"}',
      'places.json': PREVIOUS,
    });
    const out = join(dir, 'places.json');
    for (const input of ['missing.json', 'broken.json', 'other.json']) {
      const result = perhekeskus(['import', 'ptv', '--from-file', join(dir, input), '--out', out]);
      expect(result, input).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr, input).toMatch(/^perhekeskus: /);
      expect(readFileSync(out, 'utf8'), input).toBe(PREVIOUS);
      expect(readdirSync(dir).sort(), input).toEqual(['broken.json', 'other.json', 'places.json']);
    }
  });

  it('leaves the previous file as it was when the server fails part-way', async () => {
    const dir = directory({ 'events.json': PREVIOUS });
    const out = join(dir, 'events.json');
    const base = 'https://linkedevents.example.invalid/v1';
    const first = `${base}/event/?page_size=100&include=location%2Ckeywords`;
    const page = JSON.parse(fixture('linked-events-page1.json'));
    page.meta.next = `${base}/event/?page=2`;
    const result = await run(['import', 'linked-events', '--base', base, '--out', out, '--lang', 'en'], {
      routes: { [first]: { status: 200, body: JSON.stringify(page) }, [`${base}/event/?page=2`]: { status: 503 } },
    });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain('503');
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
    expect(readdirSync(dir)).toEqual(['events.json']);
  });

  it('needs a file name (exit 2)', async () => {
    for (const source of ['ptv', 'linked-events']) {
      const result = await run(['import', source, '--from-file', 'x.json', '--out', '', '--lang', 'en']);
      expect(result.code, source).toBe(2);
      expect(result.stderr, source).toContain('option --out needs a value.');
    }
  });

  it('says which file could not be written, and writes nothing to standard output', async () => {
    const dir = directory();
    const out = join(dir, 'no-such-folder', 'places.json');
    writeFileSync(join(dir, 'ptv.json'), fixture('ptv-v11-681-page1.json'));
    const result = await run(['import', 'ptv', '--from-file', 'ptv.json', '--out', out, '--lang', 'en'], {
      files: { 'ptv.json': fixture('ptv-v11-681-page1.json') },
    });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain(`perhekeskus: could not write ${out}: `);
  });
});
