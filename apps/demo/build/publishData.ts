/**
 * The demo's published data: the built-in Etelä-Savo region goes through the same command a county's
 * web team runs, `perhekeskus publish`, into the site's `data/etela-savo/` folder, so the deployed
 * demo serves `index.json` and the files it lists beside the embed. A second, invented county
 * (examples/pohjanmaa/region.json, marked as example data) is published the same way into
 * `data/pohjanmaa-example/`, for the pages that show another county's site (sv/osterbotten/,
 * esimerkki-pohjanmaa/) and for the configurator.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliIo, main, nodeFileSystem } from '@perhekeskus/cli';
import { etelaSavo } from '@perhekeskus/core/etela-savo';

/** Where the published files live in the site, from its root. */
export const PUBLISHED_DATA_PATH = 'data/etela-savo';

/** What `publishSiteData` gives: the command's output, for the build log. */
export interface PublishRun {
  readonly stdout: string;
}

/** Where the example county's published files live in the site, from its root. */
export const EXAMPLE_COUNTY_DATA_PATH = 'data/pohjanmaa-example';

/** The example county's region file, as a county would keep it in its repository. */
export const EXAMPLE_COUNTY_FILE = fileURLToPath(new URL('../../../examples/pohjanmaa/region.json', import.meta.url));

/**
 * Runs `perhekeskus publish FILE --out DIR` in-process through the CLI's `main`, with this process's
 * clock, file system and environment (so `SOURCE_DATE_EPOCH` fixes the moment, as for the rest of the
 * build).
 *
 * @param file - the region file
 * @param outDir - the folder to publish into (replaced as a whole)
 * @returns the command's standard output
 * @throws Error with the command's messages when it fails
 * @example
 * await publishRegionFile('examples/pohjanmaa/region.json', 'dist/data/pohjanmaa-example');
 */
export async function publishRegionFile(file: string, outDir: string): Promise<PublishRun> {
  let stdout = '';
  let stderr = '';
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
  if (code !== 0) throw new Error(`perhekeskus publish ${file} failed with exit code ${code}:\n${stderr}`);
  return { stdout };
}

/**
 * Writes a region as a region file (the JSON a county keeps) and publishes it into `outDir` with
 * {@link publishRegionFile}.
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
  try {
    writeFileSync(file, `${JSON.stringify(region, null, 2)}\n`);
    return await publishRegionFile(file, outDir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A folder of published data in the site: where it lives, and how to publish it into a folder. */
export interface PublishedFolder {
  /** From the site's root, without slashes at the ends (`data/etela-savo`). */
  readonly path: string;
  readonly publish: (outDir: string) => Promise<PublishRun>;
}

/** Every folder of published data the demo serves. */
export const publishedFolders: readonly PublishedFolder[] = [
  { path: PUBLISHED_DATA_PATH, publish: (outDir) => publishSiteData(outDir) },
  { path: EXAMPLE_COUNTY_DATA_PATH, publish: (outDir) => publishRegionFile(EXAMPLE_COUNTY_FILE, outDir) },
];
