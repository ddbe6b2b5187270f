// The import entry (`@perhekeskus/core/import`) words importer issues from the one catalogue, whose
// files per language also hold the data-issue sentences: a bundle of the entry must still carry only
// the importer sentences, and a bundle of the main entry none of them.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const CORE = new URL('../../', import.meta.url).pathname;

/** The minified bundle of `code`, resolved from the package's root, tree-shaken as an app's bundler would. */
async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: CORE, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const IMPORTER_SENTENCE = 'aukioloaika jatkuu yli puolenyön';
const DATA_ISSUE_SENTENCES = ['postinumerossa pitää olla viisi numeroa', 'postnumret ska bestå av fem siffror'];

describe('the import entry', () => {
  it('bundles the importer sentences without the data-issue sentences of the same files', async () => {
    const text = await bundle("export { importIssueMessage } from './src/import/index.ts';");
    expect(text).toContain(IMPORTER_SENTENCE);
    for (const sentence of DATA_ISSUE_SENTENCES) expect(text).not.toContain(sentence);
  });

  it('leaves the importer sentences out of the main entry', async () => {
    const text = await bundle("export * from './src/index.ts';");
    expect(text).toContain(DATA_ISSUE_SENTENCES[0]);
    expect(text).not.toContain(IMPORTER_SENTENCE);
  });
});
