import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The modification times of the files under `dir` whose names pass `keep`. */
function mtimes(dir: string, keep: (name: string) => boolean): number[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(keep)
    .map((name) => statSync(join(dir, name)).mtimeMs);
}

/**
 * Builds dist/ (tsc, a few seconds) before the tests when it is missing or older than the sources,
 * so the process tests run the bin exactly as it ships. Under `npm test`, turbo has already built it
 * (packages/cli/turbo.json): building it again would rewrite dist/ while the lint task reads it.
 */
export default function setup(): void {
  const root = import.meta.dirname;
  const dist = join(root, 'dist');
  if (existsSync(dist)) {
    const built = mtimes(dist, (name) => name.endsWith('.js'));
    const sources = mtimes(join(root, 'src'), (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    if (built.length > 0 && Math.min(...built) >= Math.max(...sources)) return;
  }
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
