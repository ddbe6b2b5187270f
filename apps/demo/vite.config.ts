import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { configuratorPages } from './build/configuratorPage.js';
import { demoSite } from './build/demoSite.js';
import { notFoundPages, pages } from './build/site.js';

const root = fileURLToPath(new URL('.', import.meta.url));

// One HTML entry per page of the site: `/` → index.html, `/sv/` → sv/index.html, …; and the
// not-found pages the server sends with status 404: `/404.html`, `/sv/404.html`, `/en/404.html`.
const input = Object.fromEntries([
  ...pages.map((page) => [
    page.path === '/' ? 'index' : page.path.slice(1, -1),
    `${root}${page.path.slice(1)}index.html`,
  ]),
  ...notFoundPages.map((page) => [page.path.slice(1, -'.html'.length), `${root}${page.path.slice(1)}`]),
]);

export default defineConfig({
  root,
  // The demo's own public folder stays empty: the embed is copied by the plugin from the widgets package.
  publicDir: false,
  plugins: [demoSite(), configuratorPages()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Files stay files (the favicon too), never data: URLs inside the pages.
    assetsInlineLimit: 0,
    rolldownOptions: { input },
  },
});
