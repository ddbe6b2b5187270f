// Builds the package: the npm ESM entries (Lit and core left as imports), the one-file embed as an ES
// module and as a classic script (everything bundled), a measurement bundle for size-limit, the
// `.d.ts` files and custom-elements.json.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';
import { compactHtmlTemplates } from './compact-html-templates.mjs';

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

/**
 * A fully minified single file with everything bundled (application mode: library mode keeps the
 * whitespace of ES output).
 */
function standalone({ entry, outDir, fileName, format, external = [] }) {
  return build({
    ...shared,
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
        output: { format, entryFileNames: fileName, codeSplitting: false },
      },
    },
  });
}

// <script type="module" src=".../perhekeskus.js">: one self-contained file.
await standalone({ entry: 'src/embed.ts', outDir: 'dist/embed', fileName: 'perhekeskus.js', format: 'es' });

// <script src=".../perhekeskus.iife.js"> for sites whose CMS strips type="module". Library mode here:
// application mode would wrap the (inlined) dynamic import in a preload helper that uses import.meta.
await build({
  ...shared,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    target: 'es2022',
    cssMinify,
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    copyPublicDir: false,
    lib: { entry: 'src/embed.ts', formats: ['iife'], name: 'Perhekeskus', fileName: () => 'perhekeskus.iife.js' },
  },
});

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
