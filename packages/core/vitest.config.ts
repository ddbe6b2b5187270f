import { configDefaults, defineConfig } from 'vitest/config';

// `vitest run --mode deep` (npm run test:deep): every property many times over, and the exhaustive
// sweeps in *.deep.test.ts. Opt-in; `npm test` and CI never run it.
export default defineConfig(({ mode }) => {
  const deep = mode === 'deep';
  const exclude = deep ? configDefaults.exclude : [...configDefaults.exclude, 'src/**/*.deep.test.ts'];
  // Set in each project: a project does not take testTimeout from the root.
  const testTimeout = deep ? 30 * 60_000 : 30_000;
  return {
    test: {
      setupFiles: [
        '../../scripts/vitest-fail-on-console.mjs',
        '../../scripts/vitest-record-timeout.mjs',
        './vitest.setup.ts',
      ],
      // Helsinki time is explicit in the code; a different TZ proves nothing depends on the machine's zone.
      env: { TZ: 'America/New_York', ...(deep ? { PERHEKESKUS_TEST_DEEP: '1' } : {}) },
      reporters: deep ? ['default', 'json'] : ['default', 'json', '../../scripts/vitest-durations-reporter.mjs'],
      outputFile: { json: deep ? 'reports/vitest-deep.json' : 'reports/vitest.json' },
      projects: [
        {
          extends: true,
          test: {
            name: 'core',
            include: ['src/**/*.test.ts'],
            exclude: [...exclude, 'src/**/*.mocked.test.ts'],
            // The code under test is pure functions: one module graph for every file saves two thirds
            // of the run (re-importing zod and the schemas per file), which on a shared CI machine
            // is time the other packages' tests get.
            isolate: false,
            testTimeout,
          },
        },
        {
          extends: true,
          // Files that replace a module with vi.mock need a module graph of their own.
          test: { name: 'core (mocked modules)', include: ['src/**/*.mocked.test.ts'], testTimeout },
        },
      ],
    },
  };
});
