import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../test/harness.js';
import { POHJANMAA_TEXT } from '../test/pohjanmaa.js';

const files = { 'region.json': POHJANMAA_TEXT };
const scratch = () => mkdtempSync(join(tmpdir(), 'perhekeskus-hsds-'));
const TABLES = [
  'accessibility.json',
  'address.json',
  'contact.json',
  'language.json',
  'location.json',
  'organization.json',
  'organization_identifier.json',
  'phone.json',
  'schedule.json',
  'service.json',
  'service_area.json',
  'service_at_location.json',
  'service_at_location_list.json',
];

/** Every file of a folder with its text. */
const folder = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );

describe('perhekeskus export hsds', () => {
  it('writes one JSON array per HSDS table and the nested list, and lists what HSDS cannot hold', async () => {
    const out = join(scratch(), 'hsds');
    const result = await run(['export', 'hsds', 'region.json', '--out', out, '--lang', 'en'], { files });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote 13 HSDS files to .*hsds\.\n/);
    const written = folder(out);
    expect(Object.keys(written)).toEqual(TABLES);
    for (const text of Object.values(written)) expect(Array.isArray(JSON.parse(text))).toBe(true);
    const services = JSON.parse(written['service.json']!) as { id: string; name: string }[];
    expect(services.length).toBeGreaterThan(0);
    expect(services[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Translated, naming the meeting place and our field.
    expect(result.stderr).toMatch(/^Not exported \(\d+\):\n/);
    expect(result.stderr).toMatch(/Meeting place [a-z0-9-]+, field offerings: HSDS 3\.0 has no place for this field/);
    const fi = await run(['export', 'hsds', 'region.json', '--out', join(scratch(), 'fi')], { files });
    expect(fi.stderr).toMatch(/^Ei viety \(\d+\):\n.*Kohtaamispaikka [a-z0-9-]+, kenttä /s);
  });

  it('writes the same bytes on every run, and replaces its own earlier export', async () => {
    const out = join(scratch(), 'hsds');
    await run(['export', 'hsds', 'region.json', '--out', out], { files });
    const first = folder(out);
    const again = await run(['export', 'hsds', 'region.json', '--out', out], { files });
    expect(again.code).toBe(0);
    expect(folder(out)).toEqual(first);
  });

  it('writes the text in the language asked for', async () => {
    const out = join(scratch(), 'sv');
    await run(['export', 'hsds', 'region.json', '--out', out, '--text-lang', 'sv'], { files });
    expect(readFileSync(join(out, 'service.json'), 'utf8')).toContain('"Familjeträffen i Närpes"');
  });

  it('refuses to replace a folder that holds other files, and leaves it as it was', async () => {
    const out = scratch();
    mkdirSync(join(out, 'keep'));
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const result = await run(['export', 'hsds', 'region.json', '--out', out, '--lang', 'en'], { files });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('holds files other than an HSDS export');
    expect(readdirSync(out).sort()).toEqual(['keep', 'notes.txt']);
  });

  it('says what is wrong with the command line, translated', async () => {
    const noOut = await run(['export', 'hsds', 'region.json', '--lang', 'en'], { files });
    expect([noOut.code, noOut.stderr]).toEqual([
      2,
      'perhekeskus: option --out is missing.\nHelp: perhekeskus export hsds --help\n',
    ]);
    const format = await run(['export', 'csv', 'region.json', '--lang', 'sv'], { files });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('okänt exportformat ”csv”');
    const textLang = await run(['export', 'hsds', 'region.json', '--out', scratch(), '--text-lang', 'de'], { files });
    expect(textLang.code).toBe(2);
    expect(textLang.stderr).toContain('--text-lang: käytä fi, sv, en, se, smn tai sms; nyt ”de”.');
    const noFile = await run(['export', 'hsds', '--out', scratch(), '--lang', 'en']);
    expect([noFile.code, noFile.stderr.split('\n')[0]]).toEqual([2, 'perhekeskus: give a file or folder to read.']);
  });

  it('exports places.json only with a region id, and rejects invalid input with exit code 1', async () => {
    const places = JSON.stringify({ places: [], municipalities: [], organisers: [] });
    const without = await run(['export', 'hsds', 'places.json', '--out', join(scratch(), 'a')], {
      files: { 'places.json': places },
    });
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('options.regionId');
    const withId = await run(['export', 'hsds', 'places.json', '--out', join(scratch(), 'b'), '--region-id', 'x'], {
      files: { 'places.json': places },
    });
    expect(withId.code).toBe(0);
  });

  it('prints its help and the export command’s', async () => {
    const help = await run(['export', 'hsds', '--help', '--lang', 'en']);
    expect(help.stdout).toContain('Usage: perhekeskus export hsds REGION-OR-PLACES.json --out DIR');
    const formats = await run(['export', '--help']);
    expect(formats.stdout).toContain('hsds            kohtaamispaikat Open Referral HSDS 3.0 -muodossa');
  });
});
