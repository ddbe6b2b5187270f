import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['../../scripts/vitest-fail-on-console.mjs'],
    // The process tests run bin/perhekeskus.js, which needs dist/: build it once before them.
    globalSetup: ['./vitest.global-setup.ts'],
    // Helsinki time is explicit in the code; a different TZ proves nothing depends on the machine's zone.
    env: { TZ: 'America/New_York' },
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 30_000,
  },
});
