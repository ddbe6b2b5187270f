import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'etela-savo': 'src/etela-savo.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
});
