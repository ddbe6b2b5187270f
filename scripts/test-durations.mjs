// Lists the slowest tests of the last `npm test`, per package, beside their timeouts: every
// workspace's reports/*durations.json (Vitest's tests and whole-file hooks, and the Storybook axe pass).
//   node scripts/test-durations.mjs [--top N] [--strict]
// A test that took more than a third of its timeout is marked `!`: on a busy 2-core CI machine it is
// the next to time out. --strict exits 1 when there is one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { top: { type: 'string', default: '20' }, strict: { type: 'boolean', default: false } },
});
const top = Number.parseInt(values.top, 10);
if (!Number.isInteger(top) || top < 1) {
  console.error(`--top needs a whole number of at least 1, not "${values.top}"`);
  process.exit(2);
}

const root = new URL('..', import.meta.url).pathname;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
let reports = 0;
let nearTimeout = 0;
for (const dir of ['packages', 'apps']) {
  if (!existsSync(join(root, dir))) continue;
  for (const name of readdirSync(join(root, dir)).sort()) {
    const folder = join(root, dir, name, 'reports');
    if (!existsSync(folder)) continue;
    const rows = readdirSync(folder)
      .filter((file) => file.endsWith('durations.json'))
      .flatMap((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')));
    if (rows.length === 0) continue;
    reports += 1;
    rows.sort((a, b) => b.duration - a.duration);
    const total = rows.filter((row) => row.kind === 'test').reduce((sum, row) => sum + row.duration, 0);
    const near = rows.filter((row) => row.duration > row.timeout / 3);
    nearTimeout += near.length;
    console.log(`\n${dir}/${name}: ${rows.length} timed, ${seconds(total).trim()} in tests; the slowest ${top}:`);
    for (const row of rows.slice(0, top)) {
      const share = `${Math.round((100 * row.duration) / row.timeout)}%`.padStart(4);
      const mark = row.duration > row.timeout / 3 ? '!' : ' ';
      const what = row.kind === 'test' ? '' : `[${row.kind}] `;
      console.log(
        `${mark}${seconds(row.duration)} ${share} of ${row.timeout / 1000} s  ${row.file} > ${what}${row.name}`,
      );
    }
  }
}
if (reports === 0) {
  console.error('No reports/*durations.json: run npm test first.');
  process.exit(1);
}
console.log(
  nearTimeout === 0
    ? '\nNo test took more than a third of its timeout.'
    : `\n! ${nearTimeout} took more than a third of their timeout: bound them before a busy machine times them out.`,
);
process.exit(values.strict && nearTimeout > 0 ? 1 : 0);
