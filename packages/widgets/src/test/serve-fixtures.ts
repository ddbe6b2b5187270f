import type { Plugin } from 'vite';
import { makePlace, threePlaces } from './fixtures.js';

/**
 * Serves test data from the Vite server that runs the browser tests, so `src=` is fetched over real
 * HTTP: `/__pk__/places.json` (valid), `/__pk__/invalid.json` (one bad row), `/__pk__/not-json`,
 * `/__pk__/status/<code>`, `/__pk__/flaky/<id>.json`, which fails the first time for each id,
 * `/__pk__/never`, which never answers, and a small published folder at `/__pk__/published/index.json`.
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
