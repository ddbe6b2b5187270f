/**
 * The demo's published data: the built-in Etelä-Savo region goes through the same command a county's
 * web team runs, `perhekeskus publish`, into the site's `data/etela-savo/` folder, so the deployed
 * demo serves `index.json` and the files it lists beside the embed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CliIo, main, nodeFileSystem } from '@perhekeskus/cli';
import { etelaSavo } from '@perhekeskus/core/etela-savo';

/** Where the published files live in the site, from its root. */
export const PUBLISHED_DATA_PATH = 'data/etela-savo';

/** What `publishSiteData` gives: the command's output, for the build log. */
export interface PublishRun {
  readonly stdout: string;
}

/**
 * Writes a region as a region file (the JSON a county keeps) and runs `perhekeskus publish` on it
 * into `outDir`, in-process through the CLI's `main` with this process's clock, file system and
 * environment (so `SOURCE_DATE_EPOCH` fixes the moment, as for the rest of the build).
 *
 * @param outDir - the folder to publish into (replaced as a whole)
 * @param region - the region to publish; the built-in Etelä-Savo region by default
 * @returns the command's standard output
 * @throws Error with the command's messages when it fails
 * @example
 * await publishSiteData('dist/data/etela-savo'); // { stdout: 'Julkaistu dist/data/etela-savo: 16 tiedostoa …' }
 */
export async function publishSiteData(outDir: string, region: unknown = etelaSavo): Promise<PublishRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'perhekeskus-demo-'));
  const file = path.join(dir, 'etela-savo.json');
  let stdout = '';
  let stderr = '';
  try {
    writeFileSync(file, `${JSON.stringify(region, null, 2)}\n`);
    const io: CliIo = {
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      fetch: (url, init) => fetch(url, init),
      readFile: (p) => readFile(p, 'utf8'),
      now: () => new Date(),
      env: process.env,
      files: nodeFileSystem(),
    };
    const code = await main(['publish', file, '--out', outDir, '--lang', 'en'], io);
    if (code !== 0) throw new Error(`perhekeskus publish failed with exit code ${code}:\n${stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { stdout };
}
