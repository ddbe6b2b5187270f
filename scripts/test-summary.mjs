// Sums the vitest JSON reports of every workspace into one `N passed, N failed` line for CI.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
for (const dir of ['packages', 'apps']) {
  if (!existsSync(join(root, dir))) continue;
  for (const name of readdirSync(join(root, dir))) {
    const report = join(root, dir, name, 'reports', 'vitest.json');
    if (!existsSync(report)) continue;
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    lines.push(`${dir}/${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  }
}
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
