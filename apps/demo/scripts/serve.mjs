// Serves the built demo (apps/demo/dist) the way a careful municipal web server would: a strict
// Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval', nothing from other origins), a
// Permissions-Policy, gzip for text, no directory listings or paths outside the site, a folder asked
// for without its trailing slash redirected to it (so its relative links resolve), the not-found page
// in the language of the path with status 404, and bounded timeouts for slow or half-sent requests.
// Usage: node scripts/serve.mjs [--port 4173] [--host 127.0.0.1]   (PORT and HOST work too)
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

/** The policy every response carries. The widgets need nothing more than the site's own origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The browser features the site may use: the finder's "near me" asks for the location; nothing else. */
export const PERMISSIONS_POLICY = 'geolocation=(self), camera=(), microphone=()';

/**
 * How long the server waits, in milliseconds (Node's `server.headersTimeout`, `server.requestTimeout`
 * and `server.keepAliveTimeout`): a client that sends its headers or its request too slowly, or keeps
 * an idle connection open, is dropped rather than holding a socket for Node's defaults (60 s, 300 s).
 */
export const DEFAULT_TIMEOUTS = Object.freeze({ headers: 10_000, request: 30_000, keepAlive: 5_000 });

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.ics', '.svg', '.txt']);

const defaultRoot = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Starts the server; resolves to its URL, the Node server and a `close()` function.
 *
 * @param {{ root?: string, port?: number, host?: string, timeouts?: Partial<typeof DEFAULT_TIMEOUTS> }} options -
 *   `port: 0` picks a free port; `timeouts` in milliseconds, by default {@link DEFAULT_TIMEOUTS}
 */
export async function startServer({ root = defaultRoot, port = 4173, host = '127.0.0.1', timeouts = {} } = {}) {
  const siteRoot = resolve(root);
  const { headers: headersTimeout, request: requestTimeout, keepAlive } = { ...DEFAULT_TIMEOUTS, ...timeouts };
  const gzipCache = new Map();
  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      keepAliveTimeout: keepAlive,
      // Node looks for requests past their time only this often (30 s by default), so a timeout is
      // honoured within a fraction of itself.
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(headersTimeout / 4))),
    },
    async (req, res) => {
      const headers = {
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'permissions-policy': PERMISSIONS_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'cross-origin-opener-policy': 'same-origin',
      };
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
        return;
      }
      const target = await resolveTarget(siteRoot, req.url ?? '/');
      if (target.redirect) {
        // Always a path of this site: it starts with one `/` and a folder's name, never `//host`.
        res.writeHead(301, { ...headers, location: target.redirect, 'cache-control': 'no-cache', 'content-length': 0 });
        res.end();
        return;
      }
      const file = target.file;
      if (!file) {
        const body = await readFile(join(siteRoot, target.notFound)).catch(() => Buffer.from('Not found'));
        res.writeHead(404, {
          ...headers,
          'content-type': TYPES['.html'],
          'cache-control': 'no-cache',
          'content-length': body.length,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      const ext = extname(file);
      headers['content-type'] = TYPES[ext] ?? 'application/octet-stream';
      // Hashed chunks never change; pages and the loader must be revalidated.
      headers['cache-control'] =
        file.includes(`${sep}chunks${sep}`) || file.includes(`${sep}assets${sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache';
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        let body = gzipCache.get(file);
        if (!body) {
          body = gzipSync(await readFile(file), { level: 9 });
          gzipCache.set(file, body);
        }
        res.writeHead(200, {
          ...headers,
          'content-encoding': 'gzip',
          vary: 'accept-encoding',
          'content-length': body.length,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      const { size } = await stat(file);
      res.writeHead(200, { ...headers, 'content-length': size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    },
  );
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/`,
    server,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** The not-found page of each language folder; any other path gets the Finnish one. */
const NOT_FOUND = { sv: 'sv/404.html', en: 'en/404.html' };

/**
 * What a request target names inside the site: `{ file }` (`/sv/` → `sv/index.html`); `{ redirect }`
 * for a folder of a page asked for other than as its canonical path (`/sv` → `/sv/`, the query string
 * kept), so that its relative links resolve; otherwise `{ notFound }`, the not-found page for the
 * path's language folder (`/sv/…` → `sv/404.html`).
 *
 * @param {string} siteRoot
 * @param {string} url - the request target as sent (`/sv?x=1`, `//example.com`)
 * @returns {Promise<{ file?: string, redirect?: string, notFound: string }>}
 */
async function resolveTarget(siteRoot, url) {
  let pathname;
  let search;
  let path;
  try {
    // Parsed as a path of this origin: `new URL('//example.com', base)` would read a host from it.
    ({ pathname, search } = new URL(url.startsWith('/') ? `http://site${url}` : url));
    path = normalize(decodeURIComponent(pathname));
  } catch {
    return { notFound: '404.html' };
  }
  const lang = /^\/(sv|en)\//.exec(path)?.[1];
  const notFound = NOT_FOUND[lang] ?? '404.html';
  const candidate = resolve(siteRoot, `.${path}`);
  if (candidate !== siteRoot && !candidate.startsWith(siteRoot + sep)) return { notFound };
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return { file: candidate, notFound };
  if (!info?.isDirectory()) return { notFound };
  const index = join(candidate, 'index.html');
  if (!(await stat(index).catch(() => undefined))?.isFile()) return { notFound };
  // Built from the folder's place in the site, not from the request, so it cannot name another host.
  const folders = relative(siteRoot, candidate).split(sep).filter(Boolean);
  const canonical = `/${folders.map((name) => `${encodeURIComponent(name)}/`).join('')}`;
  if (pathname !== canonical) return { redirect: `${canonical}${search}`, notFound };
  return { file: index, notFound };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 4173);
  const host = values.host ?? process.env.HOST ?? '127.0.0.1';
  const stats = await stat(defaultRoot).catch(() => undefined);
  if (!stats) {
    console.error('apps/demo/dist is missing: run `npm run build -w @perhekeskus/demo` (or `npm start` at the root).');
    process.exit(1);
  }
  const server = await startServer({ port, host });
  console.log(`perhekeskus demo: ${server.url}  (Ctrl+C stops; served with a strict Content-Security-Policy)`);
  for (const page of ['', 'sv/', 'en/', 'rantasalmi/', 'ammattilaisille/', 'upotus/', 'saavutettavuus/']) {
    console.log(`  ${server.url}${page}`);
  }
}
