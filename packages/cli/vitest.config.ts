import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['../../scripts/vitest-fail-on-console.mjs', '../../scripts/vitest-record-timeout.mjs'],
    // The process tests run bin/perhekeskus.js, which needs dist/: build it once before them.
    globalSetup: ['./vitest.global-setup.ts'],
    // Helsinki time is explicit in the code; a different TZ proves nothing depends on the machine's zone.
    env: { TZ: 'America/New_York' },
    reporters: ['default', 'json', '../../scripts/vitest-durations-reporter.mjs'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 30_000,
    // The commands take their streams and files as arguments and keep no state between runs: one module
    // graph for every file halves the run, CPU that the other packages' tests share on a CI machine.
    // A file that replaces a module with vi.mock would need isolation back.
    isolate: false,
  },
});
