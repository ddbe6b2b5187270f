/**
 * How hard the property tests try. `npm test` runs each property the number of times its test asks
 * for, chosen so the test takes well under a second on a quiet 2-core machine and stays far from its
 * timeout on a busy one; `npm run test:deep` (Vitest's `--mode deep`) runs every property
 * {@link DEEP_FACTOR} times as often, and the exhaustive sweeps in `*.deep.test.ts`. CI runs only the
 * first.
 */
export const DEEP = process.env['PERHEKESKUS_TEST_DEEP'] === '1';

/** How many times more runs a property gets in `npm run test:deep`. */
export const DEEP_FACTOR = 50;

/**
 * The number of runs for a property: `n` in `npm test`, `n` × {@link DEEP_FACTOR} in `npm run test:deep`.
 *
 * @example
 * fc.assert(fc.property(fc.integer(), (n) => n + 0 === n), { numRuns: runs(300) });
 */
export function runs(n: number): number {
  return DEEP ? n * DEEP_FACTOR : n;
}
