// Issue 13 §6: the search functions of `@perhekeskus/core/trusted` carry no validator. Bundled as an
// app would bundle them, no module of zod (nor core's parseInput) may be in the output. The built
// entry (dist/trusted.js, with the calendar's functions) is checked the same way by
// scripts/check-treeshake.mjs in `npm run lint`.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The source modules that put bytes into a minified bundle of `code`. */
async function bundledModules(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

const zodOrChecks = (path: string) => /node_modules\/zod\/|validation\/parseInput|validation\/formats/.test(path);

describe('the trusted search entry', () => {
  it('bundles without zod or argument checks, every function together', async () => {
    const modules = await bundledModules("export * from './index.js';");
    expect(modules.some((path) => path.includes('search/trusted/filterPlaces'))).toBe(true);
    expect(modules.filter(zodOrChecks)).toEqual([]);
  });

  it('is caught when a module of it does reach a schema (the check itself works)', async () => {
    const modules = await bundledModules(
      "export * from './index.js'; export { MunicipalityCode } from '../../model/common.js';",
    );
    expect(modules.some((path) => path.includes('node_modules/zod/'))).toBe(true);
  });
});
