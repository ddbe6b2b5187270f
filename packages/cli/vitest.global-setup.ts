import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * Builds dist/ (tsc, a few seconds) before the tests, so the process tests run the bin exactly as
 * it ships. turbo builds only the dependencies before `test`, not this package itself.
 */
export default function setup(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: import.meta.dirname, stdio: 'inherit' });
}
