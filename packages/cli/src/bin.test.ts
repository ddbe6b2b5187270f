import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { etelaSavoMeetingPlaces } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import { fixture } from './test/harness.js';

/**
 * The real program: `node bin/perhekeskus.js` as a user runs it, on dist/ (built by the global setup).
 * Only --from-file and local files: these tests never reach the network.
 */
const BIN = fileURLToPath(new URL('../bin/perhekeskus.js', import.meta.url));

function perhekeskus(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'America/New_York', PTV_API_KEY: '' },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh directory with the given files. */
function directory(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'perhekeskus-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('bin/perhekeskus.js', () => {
  it('prints its help and exits 0', () => {
    const result = perhekeskus(['--help', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^perhekeskus — a tool for family-centre cooperation data/);
  });

  it('validates a good file (exit 0) and a bad one (exit 1)', () => {
    const places = etelaSavoMeetingPlaces.slice(0, 2);
    const dir = directory({
      'good.json': JSON.stringify({ places }),
      'bad.json': JSON.stringify({ places: [{ ...places[0], municipalityCode: 'x' }] }),
      'broken.json': '{"places": [}',
    });
    const good = perhekeskus(['validate', join(dir, 'good.json')]);
    expect(good).toMatchObject({ code: 0, stderr: '' });
    expect(good.stdout).toBe(`OK: ${join(dir, 'good.json')} — kohtaamispaikkaluettelo, 2 kohdetta.\n`);
    const bad = perhekeskus(['validate', join(dir, 'bad.json'), '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Place 1 (“');
    expect(bad.stdout).toContain('field municipalityCode');
    const broken = perhekeskus(['validate', join(dir, 'broken.json'), '--lang', 'en']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(
      `perhekeskus: ${join(dir, 'broken.json')}:1:13: JSON syntax error: unexpected character “}”.\n`,
    );
  });

  it('exits 2 on an unknown option', () => {
    const result = perhekeskus(['schedule', '--colour']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('perhekeskus: tuntematon valinta --colour.\nOhje: perhekeskus schedule --help\n');
  });

  it('writes an iCalendar file with CRLF line ends', () => {
    const result = perhekeskus(['ics', '--group', 'steering-group', '--from', '2026-01-01', '--to', '2026-12-31']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(result.stdout.match(/\r\nBEGIN:VEVENT\r\n/g)?.length).toBeGreaterThan(0);
  });

  it('imports saved PTV pages with --from-file', () => {
    const dir = directory({
      'ptv.json': `[${fixture('ptv-v11-681-page1.json')},${fixture('ptv-v11-681-page2.json')}]`,
    });
    const result = perhekeskus(['import', 'ptv', '--from-file', join(dir, 'ptv.json'), '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).places).toHaveLength(3);
    expect(result.stderr).toContain('Wrote 3 meeting places.');
  });

  it('imports saved Linked Events pages with --from-file', () => {
    const dir = directory({ 'le.json': fixture('linked-events-page1.json') });
    const result = perhekeskus(['import', 'linked-events', '--from-file', join(dir, 'le.json'), '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).entries).toHaveLength(2);
    expect(result.stderr).toContain('Wrote 2 calendar entries.');
  });
});
