// Serves the built demo (apps/demo/dist) the way a careful municipal web server would: a strict
// Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval', nothing from other origins),
// gzip for text, and no directory listings or paths outside the site.
// Usage: node scripts/serve.mjs [--port 4173] [--host 127.0.0.1]   (PORT and HOST work too)
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
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
 * Starts the server; resolves to its URL and a `close()` function.
 *
 * @param {{ root?: string, port?: number, host?: string }} options - `port: 0` picks a free port
 */
export async function startServer({ root = defaultRoot, port = 4173, host = '127.0.0.1' } = {}) {
  const siteRoot = resolve(root);
  const gzipCache = new Map();
  const server = createServer(async (req, res) => {
    const headers = {
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cross-origin-opener-policy': 'same-origin',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    const file = await resolveFile(siteRoot, req.url ?? '/');
    if (!file) {
      const notFound = join(siteRoot, '404.html');
      const body = await readFile(notFound).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { ...headers, 'content-type': TYPES['.html'] }).end(req.method === 'HEAD' ? undefined : body);
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
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** The file a URL path names inside the site (`/sv/` → `sv/index.html`), or undefined. */
async function resolveFile(siteRoot, url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return undefined;
  }
  const candidate = resolve(siteRoot, `.${normalize(path)}`);
  if (candidate !== siteRoot && !candidate.startsWith(siteRoot + sep)) return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return file;
  }
  return undefined;
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
