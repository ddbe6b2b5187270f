// The built-in Etelä-Savo data as a published folder (`perhekeskus publish`'s files) inside the embed,
// made and validated at build time: a widget without `src` reads these files like a county's own.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { publishRegion } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';

/**
 * Writes the built-in region's published files under `dir` (replacing what was there).
 * `SOURCE_DATE_EPOCH` (seconds) fixes the moment, for reproducible builds; else the build's time.
 *
 * @param {string} dir - the folder to write, e.g. `dist/embed/data/etela-savo`
 * @returns {Promise<string[]>} the paths written, relative to `dir`
 */
export async function publishBuiltIn(dir) {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const now = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  const source = `${JSON.stringify(etelaSavo, null, 2)}\n`;
  const core = JSON.parse(await readFile(new URL('../../core/package.json', import.meta.url), 'utf8'));
  const { files } = publishRegion(etelaSavo, {
    now,
    sourceName: 'etela-savo.json',
    sourceSha256: createHash('sha256').update(source).digest('hex'),
    libraryVersion: core.version,
    // The HTML fragments are for a page's CMS, not for the widgets reading this folder.
    fragments: false,
  });
  await rm(dir, { recursive: true, force: true });
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    // Without indentation: a visitor downloads these files (gzip does not make the spaces free).
    await writeFile(path, `${JSON.stringify(file.data)}\n`);
  }
  return files.map((file) => file.path);
}
