// Runs the browser tests when a Chromium is available. Without one, a developer's `npm test` skips them
// loudly (and runs only the Node tests), but CI (CI=true) fails: a green CI must mean the widgets were
// tested in a browser.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const candidates = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
const chromium = candidates.find((path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
});

if (!chromium) {
  const banner = '!'.repeat(78);
  const ci = process.env.CI === 'true';
  const verdict = ci ? 'FAILED (CI=true needs a browser):' : 'SKIPPED';
  console.error(
    `${banner}\n${verdict} browser tests: no Chromium found (set CHROME_PATH or apt-get install chromium)\n${banner}`,
  );
  // The Node tests (scripts/*.test.mjs) need no browser: run them all the same.
  const node = spawnSync('npx', ['vitest', 'run', '--project', 'node', ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(ci ? 1 : (node.status ?? 1));
}

const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chromium },
});
process.exit(result.status ?? 1);
