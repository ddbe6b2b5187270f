import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MeetingPlaceList } from '@perhekeskus/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { run } from '../test/harness.js';
import { POHJANMAA_TEXT, pohjanmaa } from '../test/pohjanmaa.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'perhekeskus-hsds-import-'));
/** The invented English family-hub feed of core's importer tests (example data). */
const FEED = readFileSync(
  new URL('../../../core/src/import/hsds/fixtures/riverside-family-hubs.json', import.meta.url),
  'utf8',
);

describe('perhekeskus import hsds', () => {
  it('imports the folder export hsds wrote back to the region’s meeting places', async () => {
    const dir = join(scratch(), 'hsds');
    await run(['export', 'hsds', 'region.json', '--out', dir], { files: { 'region.json': POHJANMAA_TEXT } });
    const out = join(scratch(), 'places.json');
    const result = await run(['import', 'hsds', dir, '--out', out, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const list = z.parse(MeetingPlaceList, JSON.parse(readFileSync(out, 'utf8')));
    const region = pohjanmaa();
    expect(list.places.map((p) => p.id)).toEqual(region.meetingPlaces.map((p: { id: string }) => p.id));
    expect(result.stderr).toMatch(/HSDS service [0-9a-f-]{36}, field audiences: the source lacks this value/);
    expect(result.stderr).toMatch(/Wrote \d+ meeting places?\.\n$/);
  });

  it('imports a foreign feed (invented example data) and reports what it skipped, translated', async () => {
    const result = await run(
      ['import', 'hsds', 'feed.json', '--text-lang', 'en', '--municipality', '091', '--example'],
      { files: { 'feed.json': FEED } },
    );
    expect(result.code).toBe(0);
    const list = z.parse(MeetingPlaceList, JSON.parse(result.stdout));
    expect(list.places.map((p) => [p.id, p.example, p.municipalityCode])).toEqual([
      ['example-riverside-family-hub', true, '091'],
    ]);
    expect(result.stderr).toContain('toistosääntö ”freq=MONTHLY” ei ole viikoittainen');
    expect(result.stderr).toContain('(unsupported-recurrence)');
    const strict = await run(['import', 'hsds', 'feed.json', '--municipality', '091', '--strict'], {
      files: { 'feed.json': FEED },
    });
    expect(strict.code).toBe(1); // the helpline at no location was skipped
  });

  it('reads a folder of table files, and refuses one without any', async () => {
    const dir = scratch();
    const feed = JSON.parse(FEED) as Record<string, unknown>;
    for (const table of ['service', 'location', 'service_at_location', 'address', 'schedule'])
      writeFileSync(join(dir, `${table}.json`), JSON.stringify(feed[table]));
    const result = await run(['import', 'hsds', dir, '--municipality', '091', '--text-lang', 'en']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).places).toHaveLength(1);
    const empty = scratch();
    mkdirSync(join(empty, 'sub'));
    const none = await run(['import', 'hsds', empty, '--lang', 'en']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('holds no HSDS table file');
  });

  it('checks its command line and names hsds among the sources', async () => {
    const noFile = await run(['import', 'hsds', '--lang', 'en']);
    expect(noFile.code).toBe(2);
    const badCode = await run(['import', 'hsds', 'feed.json', '--municipality', '12'], {
      files: { 'feed.json': FEED },
    });
    expect(badCode.code).toBe(2);
    const unknown = await run(['import', 'csv', '--lang', 'en']);
    expect(unknown.stderr).toContain('the sources are ptv, linked-events and hsds.');
    const help = await run(['import', 'hsds', '--help', '--lang', 'sv']);
    expect(help.stdout).toContain('Användning: perhekeskus import hsds FIL-ELLER-KATALOG');
  });
});
