// Vitest setup shared by every workspace (`setupFiles` in each vitest.config.ts): console output
// during a test fails it, as in zod's own test setup. It hides real warnings, and library code (the
// CLI included, which writes only to the streams it is given) has no business printing.
import { afterEach, beforeEach, vi } from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug'];
let calls = [];

beforeEach(() => {
  calls = [];
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args) => {
      calls.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) throw new Error(`Unexpected console output:\n${calls.join('\n')}`);
});
