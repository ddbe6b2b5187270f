import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real program as a user runs it, on dist/ (built by the global setup). */
const BIN = fileURLToPath(new URL('../../bin/perhekeskus.js', import.meta.url));

/** What a run of the program gave: its exit code (null when it was killed) and its two streams. */
export interface SpawnResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node bin/perhekeskus.js ARGS` in its own process with the tests' time zone and no PTV key.
 * Only --from-file and local files: nothing here reaches the network. The streams go to files, not
 * pipes: a large import's report (tens of megabytes) is read back in one piece instead of in 64 KiB
 * chunks.
 */
export function perhekeskus(args: readonly string[], options: { timeoutMs?: number } = {}): SpawnResult {
  const dir = mkdtempSync(join(tmpdir(), 'perhekeskus-streams-'));
  const out = openSync(join(dir, 'stdout'), 'w');
  const err = openSync(join(dir, 'stderr'), 'w');
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      env: { ...process.env, TZ: 'America/New_York', PTV_API_KEY: '' },
      stdio: ['ignore', out, err],
      // A hung command fails the test instead of holding the suite; large imports give more time.
      timeout: options.timeoutMs ?? 20_000,
    });
    return {
      code: result.status,
      stdout: readFileSync(join(dir, 'stdout'), 'utf8'),
      stderr: readFileSync(join(dir, 'stderr'), 'utf8'),
    };
  } finally {
    closeSync(out);
    closeSync(err);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh temporary directory with the given files. */
export function directory(files: Readonly<Record<string, string>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'perhekeskus-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
