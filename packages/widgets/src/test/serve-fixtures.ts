import type { Plugin } from 'vite';
import { makePlace, threePlaces } from './fixtures.js';

/**
 * Serves test data from the Vite server that runs the browser tests, so `src=` is fetched over real
 * HTTP: `/__pk__/places.json` (valid), `/__pk__/invalid.json` (one bad row), `/__pk__/not-json`,
 * `/__pk__/status/<code>`, and `/__pk__/flaky/<id>.json`, which fails the first time for each id.
 */
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
