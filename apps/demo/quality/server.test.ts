// The demo server (scripts/serve.mjs) over HTTP, as `npm start` runs it on the built site: a folder
// asked for without its trailing slash is redirected to it (and never to another site), a path that
// names nothing gets the not-found page in its folder's language with status 404, every response
// carries the Permissions-Policy, and a half-sent request is dropped within the server's timeouts.
// No browser needed; the requests are raw so that paths like `//example.com` reach the server as sent.
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { CONTENT_SECURITY_POLICY, startServer } from '../scripts/serve.mjs';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the path exactly as given (fetch would resolve `//example.com` to another host). */
function send(base: string, path: string, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** Opens a raw connection, writes `text` and resolves with everything the server sent once it closes the socket. */
function sendAndAwaitClose(base: string, text: string): Promise<string> {
  const { hostname, port } = new URL(base);
  const socket = connect({ host: hostname, port: Number(port) });
  onTestFinished(() => {
    socket.destroy();
  });
  return new Promise((done, fail) => {
    let received = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(text));
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('error', fail);
    socket.on('close', () => done(received));
  });
}

const PERMISSIONS_POLICY = 'geolocation=(self), camera=(), microphone=()';

describe('the demo server', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('a folder asked for without its trailing slash', () => {
    it.each([
      ['/sv', '/sv/'],
      ['/rantasalmi', '/rantasalmi/'],
      ['/esimerkki-pohjanmaa', '/esimerkki-pohjanmaa/'],
      ['/sv/osterbotten', '/sv/osterbotten/'],
      ['/en/upotus', '/en/upotus/'],
    ])('redirects %s permanently to %s, where the page is', async (path, location) => {
      const reply = await send(server.url, path);
      expect([301, 308]).toContain(reply.status);
      expect(reply.headers.location).toBe(location);
      expect((await send(server.url, location)).status).toBe(200);
    });

    it('keeps the query string (the finder’s filters) in the redirect', async () => {
      const reply = await send(server.url, '/rantasalmi?kunta=681&paiva=ma');
      expect(reply.headers.location).toBe('/rantasalmi/?kunta=681&paiva=ma');
    });

    it('so that the page’s relative links lead to the pages they name, not to the Finnish front page', async () => {
      const reply = await send(server.url, '/sv');
      const landed = new URL(String(reply.headers.location), server.url);
      // The Swedish front page links its configurator as `upotus/`: from /sv that was /upotus/ (Finnish).
      expect(new URL('upotus/', landed).pathname).toBe('/sv/upotus/');
    });

    it('answers HEAD with the same redirect', async () => {
      const reply = await send(server.url, '/sv', 'HEAD');
      expect(reply.headers.location).toBe('/sv/');
    });
  });

  describe('paths that look like another host', () => {
    it.each([
      { path: '//example.com', status: 404 },
      { path: '//example.com/', status: 404 },
      { path: '//example.com/sv', status: 404 },
      { path: '///example.com', status: 404 },
      { path: '/%2F%2Fexample.com', status: 404 },
      { path: '/%2f%2fexample.com/sv', status: 404 },
      { path: '/%5C%5Cexample.com', status: 404 },
      { path: '/\\example.com', status: 404 },
      { path: '//sv', location: '/sv/' },
      { path: '/%2F%2Fsv', location: '/sv/' },
      { path: '/%2Fsv', location: '/sv/' },
    ])('never redirect off the site: $path', async ({ path, status, location }) => {
      const reply = await send(server.url, path);
      // Whatever the server answers, a Location is a path of this origin, never `//host` or `/\\host`.
      if (reply.headers.location !== undefined) {
        expect(reply.headers.location).toMatch(/^\/(?![/\\])/);
        expect(new URL(String(reply.headers.location), server.url).origin).toBe(new URL(server.url).origin);
      }
      if (location) {
        // A folder of this site, named with extra slashes: redirected to its one canonical path.
        expect(reply.headers.location).toBe(location);
      } else {
        // Names nothing here: the not-found page, not the front page (`new URL('//example.com', base)` is `/`).
        expect(reply.status).toBe(status);
        expect(reply.headers.location).toBeUndefined();
        expect(reply.body).toContain('<h1>Sivua ei löytynyt</h1>');
      }
    });
  });

  describe('a path that names nothing', () => {
    it.each([
      { path: '/ei-ole', lang: 'fi', heading: 'Sivua ei löytynyt' },
      { path: '/rantasalmi/ei-ole/syvemmalla', lang: 'fi', heading: 'Sivua ei löytynyt' },
      { path: '/sv/ei-ole', lang: 'sv', heading: 'Sidan hittades inte' },
      { path: '/sv/osterbotten/finns-inte', lang: 'sv', heading: 'Sidan hittades inte' },
      { path: '/en/missing', lang: 'en', heading: 'Page not found' },
      { path: '/svenska', lang: 'fi', heading: 'Sivua ei löytynyt' },
    ])('gets the $lang not-found page with status 404 at $path', async ({ path, lang, heading }) => {
      const reply = await send(server.url, path);
      expect(reply.status).toBe(404);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.body).toMatch(new RegExp(`<html lang="${lang}">`));
      expect(reply.body).toContain(`<h1>${heading}</h1>`);
      // A real page of the site: its header, navigation and footer.
      expect(reply.body).toContain('class="skip-link" href="#main"');
      expect(reply.body).toContain('class="site-footer"');
    });

    it('links from the site root, since it is served at any depth', async () => {
      const reply = await send(server.url, '/sv/osterbotten/finns-inte/alls');
      const hrefs = [...reply.body.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] ?? '');
      expect(hrefs.length).toBeGreaterThan(5);
      const local = hrefs.filter((href) => !/^(https:|mailto:|#)/.test(href));
      expect(local.filter((href) => !href.startsWith('/') || href.startsWith('//'))).toEqual([]);
      expect(local).toContain('/sv/');
    });

    it('answers HEAD with the headers of the Swedish page, status 404 and no body', async () => {
      const page = await send(server.url, '/sv/ei-ole');
      const reply = await send(server.url, '/sv/ei-ole', 'HEAD');
      expect(reply.status).toBe(404);
      expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(page.body)));
      expect(reply.body).toBe('');
    });
  });

  it.each(['/', '/sv/', '/rantasalmi/', '/embed/perhekeskus.js', '/sv', '/sv/ei-ole'])(
    'sends the Permissions-Policy with the other security headers (%s)',
    async (path) => {
      const reply = await send(server.url, path);
      expect(reply.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    },
  );

  it('bounds the time for headers, for a whole request and for an idle keep-alive connection', () => {
    expect(server.server.headersTimeout).toBe(10_000);
    expect(server.server.requestTimeout).toBe(30_000);
    expect(server.server.keepAliveTimeout).toBe(5_000);
  });
});

describe('the demo server with short timeouts', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ port: 0, timeouts: { headers: 300, request: 600, keepAlive: 200 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  // The test's own timeout is the bound: Node's defaults (60 s for headers, checked every 30 s) would
  // keep these sockets open far past it.
  it.each([
    ['half a request line', 'GET /sv/ HT'],
    ['a request line and half the headers', 'GET /sv/ HTTP/1.1\r\nHost: localhost\r\nAccept: text/'],
  ])('drops a client that sends %s and stops', { timeout: 4_000 }, async (_, partial) => {
    const received = await sendAndAwaitClose(server.url, partial);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes an idle keep-alive connection after its keep-alive timeout', { timeout: 4_000 }, async () => {
    const received = await sendAndAwaitClose(
      server.url,
      'GET /sv/ HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n',
    );
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received).toContain('<html lang="sv">');
  });
});
