// Headless Chromium for the browser tests (vitest.config.ts) and the benchmarks (bench/*.mjs): one place
// for the launch options and the tiny static server the benchmarks load their bundles from.
import { createServer } from 'node:http';

/**
 * Playwright launch options for the machine's Chromium (nothing can download a browser here): as root,
 * without a sandbox, GPU or background traffic. CHROME_PATH overrides /usr/bin/chromium.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/**
 * Serves `files` (URL path → body; `.css` as text/css, anything else as JavaScript) and `page` as HTML
 * for every other path, on 127.0.0.1 and a free port.
 */
export async function serveStatic(files, page) {
  const server = createServer((req, res) => {
    const body = files[req.url ?? ''];
    if (body !== undefined) {
      const type = req.url.endsWith('.css') ? 'text/css' : 'text/javascript';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
      res.end(body);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
