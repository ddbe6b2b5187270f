// Times the whole `npm test` (turbo: typecheck, lint, test; cache off) at several turbo concurrencies,
// optionally with one core kept busy by another process, as CI's shared 2-core machine is.
//   node scripts/bench-test-suite.mjs [--concurrency 1,2,10] [--runs 1] [--busy]
// For each run: the wall time, whether it passed, and the test that came closest to its timeout
// (from the reports that scripts/test-durations.mjs reads). Logs go to reports/test-suite-bench/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '1,2,10' },
    runs: { type: 'string', default: '1' },
    busy: { type: 'boolean', default: false },
  },
});
const levels = values.concurrency.split(',').map((level) => level.trim());
const runs = Number.parseInt(values.runs, 10);
if (levels.some((level) => !/^\d+%?$/.test(level)) || !(runs >= 1)) {
  console.error('--concurrency takes numbers (or percentages) separated by commas, --runs a whole number');
  process.exit(2);
}

const root = new URL('..', import.meta.url).pathname;
const logs = join(root, 'reports', 'test-suite-bench');
mkdirSync(logs, { recursive: true });

/** The timed rows of every workspace's last reports/*durations.json. */
function durationRows() {
  const rows = [];
  for (const dir of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, dir))) {
      const folder = join(root, dir, name, 'reports');
      if (!existsSync(folder)) continue;
      for (const file of readdirSync(folder).filter((f) => f.endsWith('durations.json'))) {
        for (const row of JSON.parse(readFileSync(join(folder, file), 'utf8'))) rows.push({ ...row, package: name });
      }
    }
  }
  return rows;
}

function run(level, index) {
  return new Promise((resolve) => {
    const log = join(logs, `c${level.replace('%', 'pct')}-${index}${values.busy ? '-busy' : ''}.log`);
    const started = performance.now();
    const child = spawn('npx', ['turbo', 'run', 'typecheck', 'lint', 'test', '--force', `--concurrency=${level}`], {
      cwd: root,
      env: { ...process.env, CI: 'true', TURBO_TELEMETRY_DISABLED: '1' },
    });
    const out = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => out.push(chunk));
    child.on('close', (code) => {
      writeFileSync(log, Buffer.concat(out));
      resolve({ code, seconds: (performance.now() - started) / 1000, log });
    });
  });
}

// Clear the reports so a run that fails early cannot show the last run's durations.
for (const dir of ['packages', 'apps']) {
  for (const name of readdirSync(join(root, dir))) {
    const folder = join(root, dir, name, 'reports');
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('durations.json'))) {
      writeFileSync(join(folder, file), '[]\n');
    }
  }
}

const busy = values.busy ? spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }) : undefined;
const results = [];
try {
  for (let index = 1; index <= runs; index++) {
    for (const level of levels) {
      const result = await run(level, index);
      const rows = durationRows();
      const worst = rows.reduce(
        (a, b) => (b.duration / b.timeout > (a?.duration ?? 0) / (a?.timeout ?? 1) ? b : a),
        undefined,
      );
      const slowest = [...rows].sort((a, b) => b.duration - a.duration).slice(0, 5);
      results.push({ level, index, ...result, worst, slowest });
      console.log(
        `concurrency ${level.padStart(3)}  run ${index}: ${result.seconds.toFixed(1)} s, ${result.code === 0 ? 'passed' : `FAILED (${result.log})`}` +
          (worst
            ? `; closest to its timeout: ${((100 * worst.duration) / worst.timeout).toFixed(0)}% (${worst.package} ${worst.name})`
            : ''),
      );
    }
  }
} finally {
  busy?.kill();
}
writeFileSync(join(logs, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
for (const level of levels) {
  const times = results
    .filter((r) => r.level === level)
    .map((r) => r.seconds)
    .sort((a, b) => a - b);
  const failed = results.filter((r) => r.level === level && r.code !== 0).length;
  console.log(
    `concurrency ${level}: median ${times[Math.floor((times.length - 1) / 2)].toFixed(1)} s over ${times.length} run(s), ${failed} failed${values.busy ? ' (one core busy)' : ''}`,
  );
}
