// Property tests, bounded. Every property runs a number of times its test chose (fast-check's 100 when
// it chose none); `npm run test:deep` multiplies both (src/test/runs.ts). A property that still runs
// long, or a failure whose shrinking drags on, is cut off well before Vitest's timeout and fails with
// fast-check's own report (the seed and the smallest counterexample found so far) instead of a bare
// "Test timed out".
import fc from 'fast-check';
import { DEEP, runs } from './src/test/runs.js';

// `baseSize` caps every arbitrary that sets no bound of its own (strings and arrays about ten long);
// the ones that generate nested values set their depth and width themselves.
fc.configureGlobal({ numRuns: runs(100), baseSize: 'small' });

// Test files share one module graph (isolate: false in vitest.config.ts) and this file runs before
// each of them: install the plugin once.
const installed = Symbol.for('perhekeskus.fast-check-time-limit');
const scope = globalThis as { [installed]?: boolean };
if (!DEEP && !scope[installed]) {
  fc.installGlobalPlugin(fc.interruptAfterTimeLimit(15_000, { failOnInterrupt: true }));
  scope[installed] = true;
}
