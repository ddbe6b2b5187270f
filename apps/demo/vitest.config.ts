import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // build/ and src/: unit tests of the page generator and the configurator's logic.
    // quality/: the real-browser gate over the built site (dist/), served with its CSP.
    include: ['build/**/*.test.ts', 'src/**/*.test.ts', 'quality/**/*.test.ts'],
    setupFiles: ['../../scripts/vitest-fail-on-console.mjs', '../../scripts/vitest-record-timeout.mjs'],
    // Helsinki time is explicit in the code; a different TZ proves nothing depends on the machine's zone.
    env: { TZ: 'America/New_York' },
    reporters: ['default', 'json', '../../scripts/vitest-durations-reporter.mjs'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: each gate file starts its own browser and server.
    fileParallelism: false,
  },
});
