import { defineConfig } from 'tsup';

// One output module per source module (like date-fns): with `sideEffects: false` a bundler drops
// every module an app does not import, so importing one rule never pulls in the schemas of the
// rest. Declarations come from `tsc` (tsconfig.build.json), which keeps the same layout.
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/fixtures.ts', '!src/test/**'],
  bundle: false,
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
});
