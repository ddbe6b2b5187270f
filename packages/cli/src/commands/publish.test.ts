import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PublishManifest, publishedFileSchema } from '@perhekeskus/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type CliFileSystem, nodeFileSystem } from '../io.js';
import { run } from '../test/harness.js';
import { POHJANMAA_TEXT, pohjanmaa, regionFile } from '../test/pohjanmaa.js';

const files = { 'region.json': POHJANMAA_TEXT };
const scratch = () => mkdtempSync(join(tmpdir(), 'perhekeskus-publish-'));

/** Every file under a folder with its text, by relative path. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    try {
      out[name] = readFileSync(path, 'utf8');
    } catch {
      // a folder
    }
  }
  return out;
}

describe('perhekeskus publish', () => {
  it('writes the manifest and every file it lists, each valid against its schema', async () => {
    const out = join(scratch(), 'site', 'data');
    const result = await run(['publish', 'region.json', '--out', out, '--lang', 'en'], { files });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The manifest and every file it lists (places, calendars, agreements…).
    expect(result.stdout).toMatch(/^Published .*: \d+ files \(calendars 2026, 2027\)\.\n/);
    expect(result.stdout).toContain('every published row is marked as an example');
    const written = tree(out);
    const manifest = z.parse(PublishManifest, JSON.parse(written['index.json']!));
    expect(manifest).toMatchObject({ region: { id: 'pohjanmaa-example' }, example: true, years: [2026, 2027] });
    expect(manifest.sourceFile).toEqual({
      name: 'region.json',
      sha256: createHash('sha256').update(POHJANMAA_TEXT).digest('hex'),
    });
    expect(Object.keys(written).sort()).toEqual(['index.json', ...manifest.files.map((f) => f.path)].sort());
    expect(result.stdout).toContain(`: ${manifest.files.length + 1} files`);
    expect(manifest.files.map((f) => f.path)).toContain('agreements.json');
    for (const listed of manifest.files) {
      // The HTML fragments and their stylesheet are text: checked below.
      if (listed.kind === 'html-fragment' || listed.kind === 'stylesheet') continue;
      const data = JSON.parse(written[listed.path]!);
      expect(z.safeParse(publishedFileSchema(listed.kind).schema, data).success, listed.path).toBe(true);
    }
    expect(Object.values(written).every((text) => !text.includes('"source"'))).toBe(true);
    expect(written['places.json']).toContain('"Familjeträffen i Närpes"');
    // The fragments for pages without JavaScript, as HTML text (not JSON strings), with their stylesheet.
    expect(written['html/sv/places.html']).toMatch(
      /^<section class="pk-fragment pk-places" lang="sv">\n<h2>Mötesplatser<\/h2>/,
    );
    expect(written['html/sv/places.html']).toContain('Familjeträffen i Närpes');
    expect(written['html/perhekeskus-fragments.css']).toContain('.pk-fragment');
  });

  it('gives the same bytes for the same file and moment; SOURCE_DATE_EPOCH fixes the moment', async () => {
    const [a, b] = [join(scratch(), 'a'), join(scratch(), 'b')];
    const env = { SOURCE_DATE_EPOCH: '1767261600' }; // 2026-01-01T10:00:00Z
    await run(['publish', 'region.json', '--out', a], { files, env, now: '2031-05-05T00:00:00Z' });
    await run(['publish', 'region.json', '--out', b], { files, env, now: '2032-06-06T00:00:00Z' });
    expect(tree(b)).toEqual(tree(a));
    expect(JSON.parse(tree(a)['index.json']!).publishedAt).toBe('2026-01-01T10:00:00Z');
  });

  it('covers the years of --years, and refuses a bad list or SOURCE_DATE_EPOCH with exit 2', async () => {
    const out = join(scratch(), 'y');
    const ok = await run(['publish', 'region.json', '--out', out, '--years', '2027,2029'], { files });
    expect(ok.code).toBe(0);
    expect(JSON.parse(tree(out)['index.json']!).years).toEqual([2027, 2029]);
    const bad = await run(['publish', 'region.json', '--out', out, '--years', '27', '--lang', 'sv'], { files });
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('--years: ange 1–10 år');
    const epoch = await run(['publish', 'region.json', '--out', out], { files, env: { SOURCE_DATE_EPOCH: 'soon' } });
    expect(epoch.code).toBe(2);
    expect(epoch.stderr).toContain('SOURCE_DATE_EPOCH');
  });

  it('refuses an invalid region with the validate messages and writes nothing', async () => {
    const region = pohjanmaa();
    region.meetingPlaces[1].municipalityCode = '681';
    const out = join(scratch(), 'never');
    const result = await run(['publish', 'region.json', '--out', out], {
      files: { 'region.json': regionFile(region) },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'region.json: meetingPlaces[1] (narpes-familjetraff): kenttä municipalityCode: kunta 681 (Rantasalmi) ei ole alueen kuntien luettelossa (municipalities).\n' +
        'perhekeskus: region.json ei kelpaa (1 virhe); mitään ei kirjoitettu.\n',
    );
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });

  it('replaces an earlier publish, but leaves it as it was when writing fails', async () => {
    const out = join(scratch(), 'data');
    await run(['publish', 'region.json', '--out', out, '--years', '2026'], { files });
    const before = tree(out);
    let writes = 0;
    const failing: CliFileSystem = {
      ...nodeFileSystem(),
      writeFile: async (path, text) => {
        if (++writes === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeFileSystem().writeFile(path, text);
      },
    };
    const failed = await run(['publish', 'region.json', '--out', out, '--years', '2027', '--lang', 'en'], {
      files,
      fileSystem: failing,
    });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^perhekeskus: could not write .*: ENOSPC: no space left on device\n$/);
    expect(tree(out)).toEqual(before);
    expect(readdirSync(join(out, '..'))).toEqual(['data']);

    const again = await run(['publish', 'region.json', '--out', out, '--years', '2027'], { files });
    expect(again.code).toBe(0);
    expect(JSON.parse(tree(out)['index.json']!).years).toEqual([2027]);
    expect(readdirSync(join(out, '..'))).toEqual(['data']);
  });

  it('writes and replaces a folder named with a trailing slash, leaving nothing beside or inside it', async () => {
    const parent = scratch();
    const out = `${join(parent, 'pohjanmaa-example')}/`;
    const first = await run(['publish', 'region.json', '--out', out, '--years', '2026', '--lang', 'en'], { files });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const again = await run(['publish', 'region.json', '--out', out, '--years', '2027', '--lang', 'en'], { files });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(readdirSync(parent)).toEqual(['pohjanmaa-example']);
    const written = tree(out);
    expect(JSON.parse(written['index.json']!).years).toEqual([2027]);
    expect(Object.keys(written).filter((name) => /\.(tmp|old)-/.test(name))).toEqual([]);
  });

  it('does not replace a folder that holds something else', async () => {
    const out = join(scratch(), 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<p>mine</p>');
    const result = await run(['publish', 'region.json', '--out', out, '--lang', 'en'], { files });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('holds no earlier publish (no index.json)');
    expect(tree(out)).toEqual({ 'index.html': '<p>mine</p>' });
  });

  it('needs a region file and --out', async () => {
    expect((await run(['publish', '--out', 'x'])).code).toBe(2);
    const noOut = await run(['publish', 'region.json', '--lang', 'en'], { files });
    expect(noOut).toMatchObject({
      code: 2,
      stderr: 'perhekeskus: option --out is missing.\nHelp: perhekeskus publish --help\n',
    });
  });
});
