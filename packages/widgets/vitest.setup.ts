// Runs after the shared setup (scripts/vitest-fail-on-console.mjs), which fails a test on console
// output. Lit's one-off "dev mode" notice is printed when the module loads, outside any test;
// silence only it, so the real dev-mode warnings (such as "change-in-update") still fail tests.
(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set(['dev-mode']);
