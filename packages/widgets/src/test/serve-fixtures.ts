import type { Plugin } from 'vite';
import { makePlace, threePlaces } from './fixtures.js';

/**
 * Serves test data from the Vite server that runs the browser tests, so `src=` is fetched over real
 * HTTP: `/__pk__/places.json` (valid), `/__pk__/invalid.json` (one bad row), `/__pk__/not-json`,
 * `/__pk__/status/<code>`, `/__pk__/flaky/<id>.json`, which fails the first time for each id,
 * `/__pk__/never`, which never answers, a small published folder at `/__pk__/published/index.json`,
 * `/__pk__/typed/<type>/<name>`: valid data for each widget (`places`, `entries`, `rings`) served with
 * the `Content-Type` `<type>` (`text~html` for `text/html`), and `/__pk__/flaky-data/<id>/<name>`,
 * which fails the first time for each id and then serves that data.
 */
/** A small published folder (`perhekeskus publish`'s format): a manifest and the places it lists. */
const PUBLISHED: Record<string, unknown> = {
  'index.json': {
    format: 'perhekeskus-published',
    formatVersion: 1,
    region: { id: 'test-region', name: { sv: 'Testregionen', fi: 'Testialue' } },
    example: true,
    publishedAt: '2026-03-01T10:00:00Z',
    sourceFile: { name: 'region.json', sha256: '0'.repeat(64) },
    libraryVersion: '0.0.0',
    years: [2026],
    files: [
      {
        path: 'places.json',
        kind: 'places',
        schema: 'https://perhekeskus.dev/schema/published-places.json',
        count: 3,
      },
    ],
  },
  'places.json': {
    // Published places carry no source, premises or evaluations.
    places: threePlaces().map(({ source: _s, premises: _p, evaluations: _e, ...place }) => place),
    municipalities: [],
    organisers: [],
  },
};

/** The page `/__pk__/csp-page` serves: it records console errors in `window.__errors`, then loads the embed. */
const CSP_PAGE = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>CSP</title>
<script>
  window.__errors = [];
  console.error = (...args) => window.__errors.push(args.map(String).join(' '));
  // Vitest's browser mode rewrites dynamic imports to go through its runner; outside its page, import plainly.
  window.__vitest_browser_runner__ = { wrapDynamicImport: (load) => load() };
  addEventListener('error', (event) => window.__errors.push(event.message));
</script>
</head><body>
<pk-meeting-place-finder src="/__pk__/places.json" today="2026-03-10"></pk-meeting-place-finder>
<pk-calendar src="/src/components/calendar/calendar.fixture.json" today="2026-03-10" view="agenda"></pk-calendar>
<pk-year-clock src="/src/components/year-clock/fixtures/rings.json" today="2026-03-10"></pk-year-clock>
<script type="module" src="/src/embedding/perhekeskus.ts"></script>
</body></html>`;

/** Small valid data for each widget's `src`. */
const DATA = {
  places: () => ({ places: threePlaces() }),
  entries: () => ({
    entries: [
      {
        id: 'kahvila',
        title: { fi: 'Perhekahvila' },
        start: '2026-03-10T09:30:00+02:00',
        end: '2026-03-10T11:00:00+02:00',
      },
    ],
  }),
  rings: () => ({
    rings: [
      {
        id: 'meetings',
        label: { fi: 'Kokoukset' },
        entries: [{ id: 'spring', window: { from: 3, to: 4 }, title: { fi: 'Kevätkokous' } }],
      },
    ],
  }),
};

export function serveFixtures(): Plugin {
  const seen = new Set<string>();
  return {
    name: 'pk-serve-fixtures',
    configureServer(server) {
      server.middlewares.use('/__pk__/', (req, res) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        const json = (status: number, body: unknown) => {
          res.statusCode = status;
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(body));
        };
        if (path === '/places.json') return json(200, { places: threePlaces() });
        if (path === '/invalid.json') {
          const bad = { ...makePlace({ id: 'bad-place' }), municipalityCode: 'Juva' };
          return json(200, { places: [makePlace(), bad] });
        }
        if (path === '/not-json') {
          res.statusCode = 200;
          res.setHeader('Content-Type', 'application/json');
          return res.end('{ "places": [');
        }
        const status = /^\/status\/(\d{3})$/.exec(path);
        if (status) return json(Number(status[1]), { error: 'test' });
        // A server that never answers (the request stays open until the client gives up).
        if (path === '/never') return;
        const published = /^\/published\/(.+)$/.exec(path);
        if (published) {
          const file = PUBLISHED[published[1] ?? ''];
          return file === undefined ? json(404, { error: 'not found' }) : json(200, file);
        }
        if (path === '/csp-page') {
          // A page under a Content-Security-Policy (`?policy=`), with all three widgets and the embed.
          const policy = new URL(req.url ?? '', 'http://x').searchParams.get('policy') ?? '';
          res.statusCode = 200;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Content-Security-Policy', policy);
          return res.end(CSP_PAGE);
        }
        const typed = /^\/typed\/([\w.+~-]+)\/(places|entries|rings)$/.exec(path);
        if (typed) {
          res.statusCode = 200;
          res.setHeader('Content-Type', (typed[1] ?? '').replace('~', '/'));
          return res.end(JSON.stringify(DATA[typed[2] as keyof typeof DATA]()));
        }
        const flakyData = /^\/flaky-data\/([\w-]+)\/(places|entries|rings)$/.exec(path);
        if (flakyData) {
          const id = `data-${flakyData[1]}`;
          if (!seen.has(id)) {
            seen.add(id);
            return json(503, { error: 'try again' });
          }
          return json(200, DATA[flakyData[2] as keyof typeof DATA]());
        }
        const flaky = /^\/flaky\/([\w-]+)\.json$/.exec(path);
        if (flaky) {
          const id = flaky[1] ?? '';
          if (!seen.has(id)) {
            seen.add(id);
            return json(503, { error: 'try again' });
          }
          return json(200, { places: threePlaces() });
        }
        return json(404, { error: 'not found' });
      });
    },
  };
}
