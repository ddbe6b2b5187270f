// Builds the package: the npm ESM entries (Lit and core left as imports), the embed (an ES module
// autoloader with its chunks, and a classic-script loader for it), a measurement bundle for size-limit, the
// `.d.ts` files and custom-elements.json.
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';
import { compactHtmlTemplates } from './compact-html-templates.mjs';
import { publishBuiltIn } from './publish-built-in.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const finder = 'src/components/meeting-place-finder/meeting-place-finder.ts';
const yearClock = 'src/components/year-clock/year-clock.ts';
const calendar = 'src/components/calendar/calendar.ts';

const shared = {
  root,
  configFile: false,
  logLevel: 'warn',
  // Bundle @perhekeskus/core from its TypeScript source: no stale dist can slip into the embed.
  resolve: { conditions: ['@perhekeskus/source', ...defaultClientConditions] },
  plugins: [compactHtmlTemplates()],
};

/** Stylesheets come in as `?inline` strings; minify them in every output, the unminified npm ESM included. */
const cssMinify = 'lightningcss';

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

// npm: tree-shakeable ESM (library mode); consumers bundle Lit and core once for all their components.
await build({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    cssMinify,
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    copyPublicDir: false,
    lib: {
      entry: { index: 'src/index.ts', 'meeting-place-finder': finder, 'year-clock': yearClock, calendar },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@perhekeskus\/core(\/|$)/],
      output: {
        chunkFileNames: (chunk) =>
          `chunks/${['built-in-data', 'year-clock.data', 'calendar-built-in-data'].includes(chunk.name) ? chunk.name : 'shared'}-[hash].js`,
      },
    },
  },
});

/** A fully minified build in application mode (library mode keeps the whitespace of ES output). */
function standalone({ entry, outDir, fileName, format, external = [], codeSplitting = false }) {
  return build({
    ...shared,
    // Chunks import each other by relative URL, so the embed folder can live under any path.
    base: './',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      copyPublicDir: false,
      modulePreload: false,
      rolldownOptions: {
        input: entry,
        external,
        preserveEntrySignatures: false,
        output: {
          format,
          entryFileNames: fileName,
          codeSplitting,
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  });
}

// <script type="module" src=".../perhekeskus.js">: a small autoloader; each component and the
// built-in data load from chunks/ on first use.
const embedBuild = await standalone({
  entry: 'src/embedding/perhekeskus.ts',
  outDir: 'dist/embed',
  fileName: 'perhekeskus.js',
  format: 'es',
  codeSplitting: true,
});
await writeEmbedGraph(embedBuild);
// The built-in data beside the embed's code, as a county's published folder would be.
await publishBuiltIn(fileURLToPath(new URL('../dist/embed/data/etela-savo', import.meta.url)));

// <script src=".../perhekeskus.iife.js"> for a CMS that strips type="module": loads perhekeskus.js.
await build({
  ...shared,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/embedding/perhekeskus-classic.ts',
      formats: ['iife'],
      name: 'Perhekeskus',
      fileName: () => 'perhekeskus.iife.js',
    },
  },
});

/**
 * Writes `dist/size/embed-graph.json`: for each tag, the files a page with that tag loads (the entry,
 * the component's chunk and its static imports), data chunks apart. `.size-limit.js` reads it.
 */
async function writeEmbedGraph(result) {
  const output = (Array.isArray(result) ? result[0] : result).output;
  const byName = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const closure = (fileName, seen = new Set()) => {
    if (seen.has(fileName)) return seen;
    seen.add(fileName);
    for (const dep of byName.get(fileName)?.imports ?? []) closure(dep, seen);
    return seen;
  };
  const entry = byName.get('perhekeskus.js');
  const graph = { entry: 'perhekeskus.js', components: {}, data: [] };
  for (const dynamic of entry.dynamicImports) {
    const chunk = byName.get(dynamic);
    const tag = ['meeting-place-finder', 'calendar', 'year-clock'].find((name) => chunk.name === name);
    if (!tag) throw new Error(`embed: unexpected dynamic chunk ${dynamic}`);
    graph.components[tag] = [...closure(dynamic)].filter((f) => f !== 'perhekeskus.js');
  }
  for (const chunk of byName.values()) {
    if (!chunk.isEntry && !Object.values(graph.components).flat().includes(chunk.fileName))
      graph.data.push(chunk.fileName);
  }
  await mkdir(new URL('../dist/size', import.meta.url), { recursive: true });
  await writeFile(new URL('../dist/size/embed-graph.json', import.meta.url), `${JSON.stringify(graph, null, 2)}\n`);
}

// Measurement only (not published): the finder with Lit and core, without the built-in data.
await standalone({
  entry: finder,
  outDir: 'dist/size',
  fileName: 'meeting-place-finder.js',
  format: 'es',
  external: [/built-in-data/],
});

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs']);
