// Meeting-place finder benchmark: how long one keystroke of filtering 10,000 places takes (the
// budget is well under one 16 ms frame), and how long validating a 10,000-row places.json takes.
// Run after `npm run build`: `node bench/search.mjs`. PK_CORE_ENTRY may point at another build.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const PLACES = 10_000;
const QUERY = 'perhe kerho';
const TODAY = '2026-03-10';

const FIRST = ['Perhe', 'Vauva', 'Lapsi', 'Äiti', 'Isä', 'Mummola', 'Nuoriso', 'Kylä', 'Öljymäen', 'Ålands'];
const SECOND = ['kahvila', 'kerho', 'tupa', 'paikka', 'olohuone', 'piha', 'talo', 'kammari'];
const CODES = ['178', '491', '507', '681', '740', '593'];
const AUDIENCES = ['families', 'babies', 'under-school-age', 'school-age', 'young-people'];
const OFFERINGS = ['open-activity', 'family-club', 'peer-support', 'guidance', 'volunteering'];
const LANGUAGES = ['sv', 'en', 'ru', 'uk'];
const FEATURES = ['step-free-entrance', 'accessible-toilet', 'pram-parking', 'baby-care-room', 'lift'];

/** `count` valid places as plain JSON, deterministic (a linear congruential generator). */
export function generatePlaces(count, seed = 1) {
  let state = seed >>> 0;
  const next = (n) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return (state >>> 8) % n;
  };
  const pick = (items) => items[next(items.length)];
  const some = (items) => items.filter(() => next(3) === 0);
  const hh = (h) => String(h).padStart(2, '0');
  return Array.from({ length: count }, (_, i) => {
    const activities = Array.from({ length: 1 + next(3) }, (_, a) => {
      const hour = 8 + next(8);
      return {
        id: `activity-${a}`,
        name: { fi: `${pick(FIRST)}${pick(SECOND)}` },
        offering: pick(OFFERINGS),
        weekday: 1 + next(7),
        start: `${hh(hour)}:00`,
        end: `${hh(hour + 2)}:30`,
      };
    });
    return {
      id: `place-${i}`,
      name: { fi: `${pick(FIRST)}${pick(SECOND)} ${i}`, sv: `Plats ${i}` },
      description: { fi: `${pick(FIRST)} ja ${pick(SECOND)} yhdessä` },
      municipalityCode: pick(CODES),
      organiserIds: [`organiser-${next(20)}`],
      coordinates: { lat: 61 + next(1000) / 1000, lon: 27 + next(2000) / 1000 },
      audiences: [pick(AUDIENCES), ...some(AUDIENCES)],
      offerings: [pick(OFFERINGS)],
      languages: ['fi', ...some(LANGUAGES)],
      accessibility: some(FEATURES),
      contacts: [],
      activities,
      exceptions: next(5) === 0 ? [{ date: TODAY, closed: true }] : [],
      source: { document: 'bench', assumption: 'Generated for the benchmark' },
    };
  });
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { runs: sorted.length, median: at(0.5), p95: at(0.95) };
}

function time(fn) {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

/**
 * Runs the benchmark and returns its rows and a markdown table (it prints nothing itself).
 * @param {{ entry?: string, rounds?: number }} [options]
 */
export async function run(options = {}) {
  const entry = options.entry ?? process.env.PK_CORE_ENTRY ?? new URL('../dist/index.js', import.meta.url).href;
  const core = await import(entry.startsWith('file:') ? entry : pathToFileURL(entry).href);
  for (const name of ['createPlaceIndex', 'filterPlaces', 'checkPlaces']) {
    if (typeof core[name] !== 'function') throw new Error(`${entry} does not export ${name}: build the package first`);
  }
  const rounds = options.rounds ?? 30;
  const raw = JSON.parse(JSON.stringify(generatePlaces(PLACES)));

  const validation = [];
  let places = [];
  for (let i = 0; i < Math.max(3, Math.round(rounds / 3)); i++) {
    const { ms, result } = time(() => core.checkPlaces({ places: raw }));
    validation.push(ms);
    places = result.places;
  }
  if (places.length !== PLACES) throw new Error(`checkPlaces kept ${places.length} of ${PLACES} rows`);

  const indexing = [];
  let index;
  for (let i = 0; i < Math.max(3, Math.round(rounds / 3)); i++) {
    const { ms, result } = time(() => core.createPlaceIndex(places));
    indexing.push(ms);
    index = result;
  }

  const prefixes = Array.from({ length: QUERY.length }, (_, i) => QUERY.slice(0, i + 1));
  const typing = [];
  const typingWithFilters = [];
  const filters = { municipalities: ['178', '491'], audiences: ['babies'], openToday: true };
  for (let round = 0; round < rounds; round++) {
    for (const text of prefixes) {
      typing.push(time(() => core.filterPlaces(index, { text }, { today: TODAY })).ms);
      typingWithFilters.push(time(() => core.filterPlaces(index, { ...filters, text }, { today: TODAY })).ms);
    }
  }

  const rows = [
    { task: `filterPlaces, one keystroke of “${QUERY}”`, ...stats(typing) },
    { task: 'filterPlaces, keystroke + municipality, audience, open today', ...stats(typingWithFilters) },
    { task: 'createPlaceIndex (once per data load)', ...stats(indexing) },
    { task: 'checkPlaces (once per data load)', ...stats(validation) },
  ];
  const fmt = (ms) => ms.toFixed(2);
  const markdown = [
    `Meeting-place search, ${PLACES.toLocaleString('en')} places (Node ${process.version})`,
    '',
    '| task | runs | median ms | p95 ms |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.task} | ${r.runs} | ${fmt(r.median)} | ${fmt(r.p95)} |`),
  ].join('\n');
  return { places: PLACES, rows, markdown };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { markdown } = await run();
  console.log(markdown);
}
