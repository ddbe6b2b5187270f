// Benchmark of the schedule engine, run against the BUILT package (`npm run build` first): `npm run bench`.
// Not a test: it prints medians and the goals, and exits 0 either way. BENCH_QUICK=1 runs fewer samples.
//
// 1. A monthly cadence (2nd Tuesday) over 4 years: our expandCadence vs rrule expanding
//    FREQ=MONTHLY;BYDAY=2TU over the same 4 years with a fresh RRule object each run (goal: ours ≥ 2×
//    faster, although ours also validates its input, moves meetings off holidays and writes strings).
// 2. The built-in Etelä-Savo schedule 2026–2029 (goal < 5 ms).
// 3. A synthetic national schedule: 21 counties × 20 groups × 10 years (goal < 100 ms), with nobody
//    named (no conflicts to settle) and with five people each convening four groups of a county.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import rrulePkg from 'rrule';

const { RRule } = rrulePkg;
const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('index.js', dist))) {
  console.error('dist/index.js is missing: run `npm run build` in packages/core first.');
  process.exit(1);
}
const { expandCadence, scheduleFor } = await import(new URL('index.js', dist).href);
const quick = process.env.BENCH_QUICK === '1';

/**
 * Median time of one call of `fn`, in milliseconds. Each sample times `batch` calls (so that fast
 * functions are above the timer's resolution) after a warm-up; the median of the samples is returned.
 */
function median(fn, { samples, batch = 1, warmup = Math.max(5, samples / 5) }) {
  for (let i = 0; i < warmup * batch; i++) fn();
  const times = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push((performance.now() - t0) / batch);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

const rows = [];
const ms = (x) => (x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(2)} ms`);

// --- 1. monthly, ours vs rrule ---------------------------------------------------------------------
{
  const cadence = { kind: 'monthly', mode: 'remote', weekday: 2, weekOfMonth: 2 };
  const period = { from: '2026-01-01', to: '2029-12-31' };
  const options = {
    ...RRule.parseString('FREQ=MONTHLY;BYDAY=2TU'),
    dtstart: new Date(Date.UTC(2026, 0, 1, 9, 0)),
    until: new Date(Date.UTC(2029, 11, 31, 23, 59)),
  };
  const ours = expandCadence(cadence, period);
  const theirs = new RRule(options).all();
  if (ours.length !== 48 || theirs.length !== 48)
    throw new Error(`expected 48 and 48, got ${ours.length} and ${theirs.length}`);
  const samples = quick ? 30 : 200;
  const oursMs = median(() => expandCadence(cadence, period), { samples, batch: 50 });
  const rruleMs = median(() => new RRule(options).all(), { samples, batch: 50 });
  const ratio = rruleMs / oursMs;
  rows.push(['monthly 2nd Tuesday, 4 years (48 meetings): expandCadence', ms(oursMs), '', '']);
  rows.push(['same with rrule (fresh RRule each run)', ms(rruleMs), '', '']);
  rows.push(['ratio rrule / ours', `${ratio.toFixed(1)}×`, '≥ 2×', ratio >= 2 ? 'met' : 'MISSED']);
}

// --- 2. Etelä-Savo 2026–2029 -----------------------------------------------------------------------
{
  const entry = new URL('etela-savo.js', dist);
  const mod = existsSync(entry) ? await import(entry.href) : {};
  if (mod.etelaSavo) {
    const period = { from: '2026-01-01', to: '2029-12-31' };
    const count = scheduleFor(mod.etelaSavo, period).length;
    const t = median(() => scheduleFor(mod.etelaSavo, period), { samples: quick ? 20 : 100 });
    rows.push([`Etelä-Savo schedule 2026–2029 (${count} meetings)`, ms(t), '< 5 ms', t < 5 ? 'met' : 'MISSED']);
  } else {
    rows.push(['Etelä-Savo schedule 2026–2029', 'skipped: dist/etela-savo.js has no `etelaSavo`', '< 5 ms', '–']);
  }
}

// --- 3. synthetic national: 21 counties × 20 groups × 10 years -------------------------------------
{
  const source = { document: 'synthetic' };
  const name = (s) => ({ fi: s, sv: s, en: s });
  const cadences = [
    { kind: 'monthly', mode: 'remote', skipMonths: [7] },
    { kind: 'monthly', mode: 'hybrid', weekday: 4, weekOfMonth: -1, time: '13:00' },
    { kind: 'times-per-year', times: 4, inPerson: 1, mode: 'remote', skipMonths: [7] },
    { kind: 'times-per-year', times: 3, mode: 'remote', weekday: 3 },
    { kind: 'times-per-year', times: 10, inPerson: 2, mode: 'hybrid', months: { from: 8, to: 5 } },
    {
      kind: 'windows',
      windows: [
        { window: { from: 1, to: 2 }, mode: 'hybrid' },
        { window: { from: 4, to: 5 }, mode: 'hybrid' },
        { window: { from: 8, to: 9 }, mode: 'hybrid' },
        { window: { from: 11, to: 12 }, mode: 'hybrid' },
      ],
    },
    {
      kind: 'windows',
      windows: [
        { window: { from: 3, to: 4 }, mode: 'in-person' },
        { window: { from: 10, to: 10 }, mode: 'remote' },
      ],
    },
    { kind: 'every-n-years', every: 2, phaseYear: 2027, window: { from: 9, to: 11 } },
  ];
  const regions = Array.from({ length: 21 }, (_, c) => ({
    id: `county-${c + 1}`,
    name: name(`County ${c + 1}`),
    county: { id: `county-${c + 1}`, name: name(`County ${c + 1}`), source },
    municipalities: [],
    areas: [],
    parties: [],
    agreements: [],
    people: [],
    roleAssignments: [],
    groups: Array.from({ length: 20 }, (_, g) => ({
      id: `group-${g + 1}`,
      name: name(`Group ${g + 1}`),
      kind: 'network',
      level: 'county',
      convener: 'coordinator',
      members: [],
      cadence: { ...cadences[(c + g) % cadences.length], weekday: ((c + g) % 5) + 1 },
      source,
    })),
    yearClocks: [],
    evaluationActivities: [],
    meetingPlaces: [],
    digitalServices: [],
    source,
  }));
  const period = { from: '2026-01-01', to: '2035-12-31' };
  const run = () => {
    let n = 0;
    for (const region of regions) n += scheduleFor(region, period).length;
    return n;
  };
  const count = run();
  const t = median(run, { samples: quick ? 10 : 40, warmup: quick ? 2 : 5 });
  rows.push([
    `national: 21 counties × 20 groups × 10 years (${count} meetings)`,
    ms(t),
    '< 100 ms',
    t < 100 ? 'met' : 'MISSED',
  ]);
  // The same, with five people each convening four groups of their county: the conflicts are settled.
  const shared = regions.map((region) => ({
    ...region,
    groups: region.groups.map((group, g) => ({
      ...group,
      members: [{ role: 'coordinator', personId: `person-${g % 5}`, source }],
    })),
  }));
  const runShared = () => {
    let n = 0;
    for (const region of shared) n += scheduleFor(region, period).filter((o) => o.moved?.reason === 'conflict').length;
    return n;
  };
  const moved = runShared();
  const ts = median(runShared, { samples: quick ? 10 : 40, warmup: quick ? 2 : 5 });
  rows.push([
    `same, each person convening 4 groups (${moved} meetings moved by conflicts)`,
    ms(ts),
    '< 100 ms',
    ts < 100 ? 'met' : 'MISSED',
  ]);
}

const cpus = os.cpus();
console.log(
  `\nnode ${process.version}, ${cpus[0]?.model ?? 'unknown cpu'} × ${cpus.length}, ${os.platform()} ${os.arch()}${quick ? ', BENCH_QUICK' : ''}\n`,
);
console.log('| case | median | goal | |');
console.log('|---|---:|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
