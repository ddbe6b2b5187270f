/**
 * The Vite plugin that turns the page sources into the demo site:
 * - renders the shared header and footer and the professionals' group list, the steering group's agendas
 *   and the year's follow-up into the page markers;
 * - copies the widgets' embed folder (`@perhekeskus/widgets/dist/embed/`) to `dist/embed/` untouched,
 *   the way a municipal web team copies it to its own server;
 * - writes a calendar file per group to `dist/ics/`;
 * - publishes the built-in region with `perhekeskus publish` into `dist/data/etela-savo/`
 *   (`index.json` and the files it lists), and the example county (examples/pohjanmaa/region.json)
 *   into `dist/data/pohjanmaa-example/` (see build/publishData.ts);
 * - serves the same embed, calendar and published files from the dev server.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { helsinkiToday } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import type { Plugin } from 'vite';
import { renderAgendasSection, renderFollowUpSection } from './coordinator.js';
import { html } from './escapeHtml.js';
import { FRAGMENT_MARKER, fillFragments } from './fragments.js';
import {
  calendarFileName,
  formatDateFi,
  type GroupCalendarFile,
  groupCalendarFiles,
  renderGroupsSection,
  twelveMonthsFrom,
} from './professionals.js';
import { type PublishedFolder, publishedFolders } from './publishData.js';
import { pageAt, relativeHref, renderFooter, renderHeader } from './site.js';

/** Options of {@link demoSite}. */
export interface DemoSiteOptions {
  /** The build date (`YYYY-MM-DD`, Helsinki) the professionals' page counts from; see {@link buildDate}. */
  readonly today?: string;
  /** The folder to copy to `dist/embed/`; by default the installed widgets package's `dist/embed/`. */
  readonly embedDir?: string;
}

const MARKER = {
  header: '<!-- pk:header -->',
  footer: '<!-- pk:footer -->',
  groups: '<!-- pk:groups -->',
  agendas: '<!-- pk:agendas -->',
  followUp: '<!-- pk:follow-up -->',
  asOf: '<!-- pk:as-of -->',
} as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * The build date in Helsinki: from `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention)
 * when it is set, otherwise today.
 *
 * @param env - the environment to read
 * @param now - the current time
 * @returns `YYYY-MM-DD`
 * @example
 * buildDate({ SOURCE_DATE_EPOCH: '1788213600' }); // '2026-09-01'
 */
export function buildDate(env: Readonly<Record<string, string | undefined>> = process.env, now = new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, got ${epoch}`);
    return helsinkiToday(new Date(Number(epoch) * 1000));
  }
  return helsinkiToday(now);
}

/**
 * The installed widgets package's embed folder, found through its `package.json` export.
 *
 * @returns the absolute path of `@perhekeskus/widgets/dist/embed`
 * @example
 * widgetsEmbedDir(); // '/…/packages/widgets/dist/embed'
 */
export function widgetsEmbedDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@perhekeskus/widgets/package.json')), 'dist', 'embed');
}

/** Every file under a folder, as paths relative to it with `/` separators. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(path.join(dir, entry.name), rel) : [rel];
  });
}

/**
 * The calendar files: from the build date to the end of the current agreement period (2026–2029,
 * 002), or twelve months when that is later, so a subscription keeps working for the whole period.
 */
function calendarFiles(today: string): GroupCalendarFile[] {
  // ISO dates sort as strings: the last of the agreement ends and the twelve months is the latest day.
  const to = [...etelaSavo.agreements.map((a) => a.period.end), twelveMonthsFrom(today)].sort().at(-1)!;
  return groupCalendarFiles(etelaSavo, { from: today, to });
}

/**
 * Fills a page's markers: the shared header and footer on every page of the demo's own (not on
 * another county's page, which has none), and on the professionals' page the build date and the group list.
 *
 * @param source - the page's HTML
 * @param pagePath - its path (`/ammattilaisille/index.html`)
 * @param today - the build date (`YYYY-MM-DD`)
 * @returns the HTML with the markers replaced
 * @throws Error when the page lacks the header or footer marker
 * @example
 * fillPage('<body><!-- pk:header --><main id="main"></main><!-- pk:footer --></body>', '/', '2026-11-25');
 * // '<body><a class="skip-link" href="#main">Siirry pääsisältöön</a>…</body>'
 */
export function fillPage(source: string, pagePath: string, today: string): string {
  const page = pageAt(pagePath);
  // Another county's page is as its web team wrote it: nothing of the demo's is put into it.
  if (page.standalone) {
    const marker = [...Object.values(MARKER), ...(source.match(FRAGMENT_MARKER) ?? [])].find((m) => source.includes(m));
    if (marker) throw new Error(`${pagePath} is another county's page and must not hold the ${marker} marker`);
    return source;
  }
  for (const marker of [MARKER.header, MARKER.footer]) {
    if (!source.includes(marker)) throw new Error(`${pagePath} has no ${marker} marker`);
  }
  let out = source.replace(MARKER.header, () => renderHeader(page).value);
  out = out.replace(MARKER.footer, () => renderFooter(page).value);
  if (out.includes(MARKER.asOf)) {
    out = out.replaceAll(MARKER.asOf, () => html`<time datetime="${today}">${formatDateFi(today)}</time>`.value);
  }
  if (out.includes(MARKER.groups)) {
    const withCalendar = new Set(calendarFiles(today).map((f) => f.groupId));
    const section = renderGroupsSection(etelaSavo, {
      from: today,
      to: twelveMonthsFrom(today),
      calendarHref: (id) => (withCalendar.has(id) ? relativeHref(page.path, `/${calendarFileName(id)}`) : undefined),
    });
    out = out.replace(MARKER.groups, () => section.value);
  }
  if (out.includes(MARKER.agendas)) {
    const agendas = renderAgendasSection(etelaSavo, {
      groupId: 'steering-group',
      from: today,
      to: twelveMonthsFrom(today),
    });
    out = out.replace(MARKER.agendas, () => agendas.value);
  }
  if (out.includes(MARKER.followUp))
    out = out.replace(MARKER.followUp, () => renderFollowUpSection(etelaSavo, today).value);
  // The published HTML fragments inside the widget tags: the page's content without JavaScript.
  return fillFragments(out, today, page.lang);
}

/**
 * Removes the blank left inside a start tag where Vite dropped the `vite-ignore` attribute.
 *
 * @param source - built HTML
 * @returns the HTML with `" >` as `">` and `"  />` as `" />` in tags
 * @example
 * tidyIgnoredTags('<script type="module" src="/embed/perhekeskus.js" ></script>');
 * // '<script type="module" src="/embed/perhekeskus.js"></script>'
 */
export function tidyIgnoredTags(source: string): string {
  return source.replace(/(<[a-z][^<>]*")\s+(\/?>)/g, (_, start: string, end: string) =>
    end === '/>' ? `${start} />` : `${start}>`,
  );
}

/**
 * The demo site's Vite plugin (see the file comment).
 *
 * @param options - the build date and the embed folder, both with defaults
 * @returns the plugins: the site itself, and a last pass over the built HTML
 * @example
 * export default defineConfig({ plugins: [demoSite()] });
 */
export function demoSite(options: DemoSiteOptions = {}): Plugin[] {
  const today = options.today ?? buildDate();
  const embedDir = options.embedDir ?? widgetsEmbedDir();
  // The dev server publishes each folder once, on the first request for its data, into a folder of its own.
  const devData = new Map<PublishedFolder, Promise<string>>();
  const devDataDir = (folder: PublishedFolder) => {
    let dir = devData.get(folder);
    if (dir === undefined) {
      dir = (async () => {
        const out = path.join(mkdtempSync(path.join(tmpdir(), 'perhekeskus-demo-dev-')), path.basename(folder.path));
        await folder.publish(out);
        return out;
      })();
      devData.set(folder, dir);
    }
    return dir;
  };
  const embedMissing = () =>
    `The widgets' embed folder is missing (${embedDir}): run \`npm run build -w @perhekeskus/widgets\` first.`;

  const site: Plugin = {
    name: 'perhekeskus-demo-site',
    transformIndexHtml: { order: 'pre', handler: (source, ctx) => fillPage(source, ctx.path, today) },
    buildStart() {
      if (!statSync(path.join(embedDir, 'perhekeskus.js'), { throwIfNoEntry: false })) this.error(embedMissing());
    },
    generateBundle() {
      for (const rel of filesUnder(embedDir)) {
        this.emitFile({ type: 'asset', fileName: `embed/${rel}`, source: readFileSync(path.join(embedDir, rel)) });
      }
      for (const file of calendarFiles(today)) {
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.content });
      }
    },
    // After the pages are written: the command replaces its own folder only.
    async writeBundle(outputOptions) {
      const outDir = outputOptions.dir ?? path.resolve('dist');
      for (const folder of publishedFolders) {
        const { stdout } = await folder.publish(path.join(outDir, ...folder.path.split('/')));
        this.info(stdout.split('\n')[0] ?? '');
      }
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        let body: string | Buffer | undefined;
        const folder = publishedFolders.find((f) => url.pathname.startsWith(`/${f.path}/`));
        if (folder !== undefined) {
          const dataPrefix = `/${folder.path}/`;
          const dir = await devDataDir(folder).catch((error: unknown) => {
            server.config.logger.error(String(error));
            return undefined;
          });
          if (dir !== undefined) {
            const file = path.resolve(dir, decodeURIComponent(url.pathname.slice(dataPrefix.length)));
            if (file.startsWith(dir + path.sep) && statSync(file, { throwIfNoEntry: false })?.isFile()) {
              body = readFileSync(file);
            }
          }
        } else if (url.pathname.startsWith('/embed/')) {
          const rel = decodeURIComponent(url.pathname.slice('/embed/'.length));
          const file = path.resolve(embedDir, rel);
          if (file.startsWith(embedDir + path.sep) && statSync(file, { throwIfNoEntry: false })?.isFile()) {
            body = readFileSync(file);
          }
        } else if (url.pathname.startsWith('/ics/')) {
          body = calendarFiles(today).find((f) => `/${f.fileName}` === url.pathname)?.content;
        }
        if (body === undefined) return next();
        res.setHeader('Content-Type', CONTENT_TYPES[path.extname(url.pathname)] ?? 'application/octet-stream');
        res.end(body);
      });
    },
  };
  // Vite removes `vite-ignore` but leaves its blank: `src="/embed/perhekeskus.js" >`. Tidied so that the
  // built page holds exactly the tag a CMS would.
  const tidy: Plugin = {
    name: 'perhekeskus-demo-site:tidy',
    transformIndexHtml: { order: 'post', handler: (source) => tidyIgnoredTags(source) },
  };
  return [site, tidy];
}
