// Builds the package: the npm ESM entries (Lit and core left as imports), the embed (an ES module
// autoloader with its chunks, and a classic-script loader for it), a measurement bundle for size-limit, the
// `.d.ts` files, custom-elements.json and the JSX types made from it.
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
const agreementStatus = 'src/components/agreement-status/agreement-status.ts';

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
      entry: {
        index: 'src/index.ts',
        'meeting-place-finder': finder,
        'year-clock': yearClock,
        calendar,
        'agreement-status': agreementStatus,
      },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@perhekeskus\/core(\/|$)/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

/**
 * A fully minified build for the browser. Library mode, so that Vite wraps no dynamic `import()` in its
 * preload helper (about 0.7 KB gzip in the entry, and a call in every chunk that loads another): the
 * chunks carry no CSS files and import each other directly. Library mode would keep the whitespace and
 * comments of ES output, so the output asks for full minification itself.
 */
function standalone({ entry, outDir, fileName, format, codeSplitting = false }) {
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
      lib: { entry, formats: [format], fileName: () => fileName },
      rolldownOptions: {
        preserveEntrySignatures: false,
        output: {
          format,
          entryFileNames: fileName,
          // Core's time functions serve every widget and most lazy parts: one chunk of them, rather than a
          // tiny chunk per set of importers, saves a request and about 0.5 KB gzip on a calendar or year-clock
          // page (bench/page-weight.mjs). Not the zod schemas of instants: a page of built-in data needs none.
          codeSplitting: codeSplitting && {
            groups: [
              // What every widget needs (Lit, the data source, the locale, the shared templates) in one
              // chunk: left to itself the bundler splits it by which lazy parts share each module, and
              // every extra chunk costs a page a request and its gzip overhead.
              {
                name: 'templates',
                test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]|widgets[\\/]src[\\/](internal[\\/](define|fetch-json|data-source|locale-controller|width-controller|published|localized-text|templates)\.ts|i18n[\\/](common\.ts|common[\\/]fi\.ts|index\.ts)|styles[\\/]base\.ts)|core[\\/]src[\\/](i18n[\\/]formatDate|model[\\/](termLabel|displayText))\.ts/,
              },
              { name: 'time', test: /core[\\/]src[\\/]time[\\/](?!instant|zonedDateTime)/ },
            ],
          },
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          comments: false,
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
 * Writes `dist/size/embed-graph.json`: for each tag, the files a Finnish page with that tag loads for
 * its code (the component's chunk, its static imports and its Finnish words), and the other lazy
 * chunks (the words of other languages, door checks, calendar files, the municipality reference).
 * The built-in data is fetched as JSON, not bundled. `.size-limit.mjs` reads it.
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
  const graph = { entry: 'perhekeskus.js', components: {}, lazy: [] };
  for (const dynamic of entry.dynamicImports) {
    const chunk = byName.get(dynamic);
    const tag = ['meeting-place-finder', 'calendar', 'year-clock', 'agreement-status'].find(
      (name) => chunk.name === name,
    );
    if (!tag) throw new Error(`embed: unexpected dynamic chunk ${dynamic}`);
    const files = closure(dynamic);
    const words = [...files]
      .flatMap((f) => byName.get(f)?.dynamicImports ?? [])
      .find((f) => byName.get(f)?.name === 'fi');
    if (!words) throw new Error(`embed: no Finnish words chunk for ${tag}`);
    graph.components[tag] = [...closure(words, files)].filter((f) => f !== 'perhekeskus.js');
  }
  const loaded = new Set(Object.values(graph.components).flat());
  for (const chunk of byName.values()) {
    if (!chunk.isEntry && !loaded.has(chunk.fileName)) graph.lazy.push(chunk.fileName);
  }
  await mkdir(new URL('../dist/size', import.meta.url), { recursive: true });
  await writeFile(new URL('../dist/size/embed-graph.json', import.meta.url), `${JSON.stringify(graph, null, 2)}\n`);
}

// Measurement only (not published): the finder with Lit and core in one file, its lazy parts (words,
// door check, calendar file) included; the built-in data is fetched, never bundled.
await standalone({
  entry: finder,
  outDir: 'dist/size',
  fileName: 'meeting-place-finder.js',
  format: 'es',
});

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs']);
// JSX types for React, Preact and Solid, from the manifest just written.
run('node', ['scripts/jsx-types.mjs']);
