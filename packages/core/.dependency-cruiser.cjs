// The folders of src/, bottom first: a folder may import only from folders below it (and from
// itself), so arrows point down and no two folders import each other (issue 13, point 4). `npm run
// lint` runs `depcruise` with this file; `src/architecture.test.ts` proves that it fails on an upward
// import, on a cycle, on a folder missing from the list and on the main entry importing the built-in
// data. The comment beside each folder says why it sits where it does. Tests and src/test are left
// out: a test may reach anywhere.
/** @type {readonly string[]} */
const LAYERS = [
  'validation', // coded issues, the format table, ValidationError: every check of the model needs them
  'reference', // Finland's municipalities and counties: the Region schema checks codes against them
  'model', // zod schemas and their types
  'time', // Helsinki time
  'i18n', // the issue catalogue (fi, sv, en) and the date and time formatters
  'schedule', // holidays, cadences, the evaluation calendar, a place's openings
  'describe', // words about schedules: cadences, meeting modes, move reasons (calendar and export use them)
  'rules', // agreement rules and the region's references
  'search', // place search and filters, the places file
  'calendar', // calendar entries, grids, the year clock
  'export', // iCalendar, JSON-LD
  'publish', // the published files
  'migrate', // older region files
  'import', // PTV, Linked Events
  'data', // the built-in Etelä-Savo region: only the ./etela-savo entry imports it
];

const any = (folders) => `^src/(${folders.join('|')})/`;
/** A module in a folder of src/ that LAYERS does not list (src/test holds test helpers only). */
const UNLISTED = `^src/(?!(?:${[...LAYERS, 'test'].join('|')})/)[^/]+/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A module must not reach itself through its imports (type-only imports count).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `no-upward-import-from-${layer}`,
      comment: `${layer}/ may import only from ${LAYERS.slice(0, i).join(', ') || 'no other folder'}.`,
      severity: 'error',
      from: { path: any([layer]) },
      to: { path: any(LAYERS.slice(i + 1)) },
    })),
    // Every folder of src/ is in LAYERS, so that it has a place in the order. A module of a folder that
    // is not either imports something, is imported, or is an orphan: one rule for each.
    ...[
      { from: { path: UNLISTED }, to: {} },
      { from: { path: '^src/' }, to: { path: UNLISTED } },
      { from: { path: UNLISTED, orphan: true }, to: {} },
    ].map((rule) => ({
      name: 'folder-has-a-layer',
      comment: 'Every folder of src/ is in LAYERS (.dependency-cruiser.cjs), so that it has a place in the order.',
      severity: 'error',
      ...rule,
    })),
    {
      name: 'main-entry-without-data',
      comment: 'The built-in region is for the ./etela-savo entry only: the main entry stays small.',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/data/' },
    },
    {
      name: 'no-unresolvable-import',
      comment: 'Every import resolves to a file or a declared dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['\\.test\\.ts$', '^src/test/'] },
    doNotFollow: { path: 'node_modules' },
  },
};
