/**
 * The demo site's pages and the parts every page shares: skip link, demo notice, header with the
 * language links and main navigation, breadcrumbs and footer. Rendered at build time into the
 * `<!-- pk:header -->` and `<!-- pk:footer -->` markers of each page, so the navigation, its
 * `aria-current` and the relative links cannot drift between seven hand-written copies.
 */
import { html, type RawHtml } from './escapeHtml.js';

/** The languages of the demo's pages. */
export type PageLang = 'fi' | 'sv' | 'en';

/** One page of the demo site. */
export interface Page {
  /** The page's URL path from the site root, a directory ending in `/` (`/rantasalmi/`). */
  readonly path: string;
  /** The page's language, also its `<html lang>`. */
  readonly lang: PageLang;
  /** The short name in navigation and breadcrumbs. */
  readonly navName: string;
  /** The page that is the breadcrumb parent; the front pages have none. */
  readonly parent?: string;
  /** The Finnish page this one translates: the language links lead between translations. */
  readonly translates?: string;
  /**
   * A page of another county's site, as its web team would write it: its own markup with the embed
   * tag and the widgets, none of the demo's shared header, footer or navigation (no markers), and not
   * in the demo's menus; the demo's pages link to it.
   */
  readonly standalone?: boolean;
  /**
   * The page the server sends, with status 404, for a path that names nothing (`/sv/ei-ole`). It is
   * served at any depth, so its links go from the site root (`/sv/`) instead of relative to its own
   * path, and its `path` is its file (`/sv/404.html`), not a folder.
   */
  readonly notFound?: boolean;
}

/** Every page, in navigation order. The Vite build's inputs come from this list. */
export const pages: readonly Page[] = [
  { path: '/', lang: 'fi', navName: 'Etusivu' },
  { path: '/rantasalmi/', lang: 'fi', navName: 'Rantasalmi', parent: '/' },
  { path: '/ammattilaisille/', lang: 'fi', navName: 'Ammattilaisille', parent: '/' },
  { path: '/upotus/', lang: 'fi', navName: 'Upota sivullesi', parent: '/' },
  { path: '/saavutettavuus/', lang: 'fi', navName: 'Saavutettavuusseloste', parent: '/' },
  { path: '/sv/', lang: 'sv', navName: 'Startsida', translates: '/' },
  { path: '/sv/upotus/', lang: 'sv', navName: 'Bädda in på din sida', parent: '/sv/', translates: '/upotus/' },
  { path: '/en/', lang: 'en', navName: 'Home', translates: '/' },
  { path: '/en/upotus/', lang: 'en', navName: 'Embed on your site', parent: '/en/', translates: '/upotus/' },
  // Another county's site (the invented Pohjanmaa example), reading its own published folder.
  { path: '/sv/osterbotten/', lang: 'sv', navName: 'Österbotten (exempel)', standalone: true },
  { path: '/esimerkki-pohjanmaa/', lang: 'fi', navName: 'Pohjanmaa (esimerkki)', standalone: true },
];

/**
 * The not-found page of each language (see {@link Page.notFound}): built to `dist/404.html`,
 * `dist/sv/404.html` and `dist/en/404.html`, and chosen by the server from the requested path's
 * language folder. In no menu.
 */
export const notFoundPages: readonly Page[] = [
  { path: '/404.html', lang: 'fi', navName: 'Sivua ei löytynyt', notFound: true },
  { path: '/sv/404.html', lang: 'sv', navName: 'Sidan hittades inte', notFound: true },
  { path: '/en/404.html', lang: 'en', navName: 'Page not found', notFound: true },
];

/** The demo's own pages: those that share its header, footer and navigation. */
const sitePages = pages.filter((page) => !page.standalone);

/** The front page of each language. */
const HOME: Readonly<Record<PageLang, string>> = { fi: '/', sv: '/sv/', en: '/en/' };

/** Where each language's page lists the sources of the example data. */
const SOURCES: Readonly<Record<PageLang, string>> = { fi: '/#lahteet', sv: '/sv/#kallor', en: '/en/#sources' };

/** The pages only in Finnish, linked from the Swedish and English navigation with a language note. */
const FINNISH_ONLY = ['/rantasalmi/', '/ammattilaisille/'] as const;

const text = {
  fi: {
    skip: 'Siirry pääsisältöön',
    siteName: 'Etelä-Savon perhekeskus',
    demoTag: 'Esimerkkisivusto',
    notice: html`<strong>Esimerkkisivusto (demo).</strong> Tiedot ovat esimerkkejä, jotka perustuvat Etelä-Savon perhekeskustoiminnan yhteistyösopimukseen ja toimintasuunnitelmaan 2026–2029.`,
    sourcesLink: 'Tietojen lähteet',
    langNav: 'Kieli',
    mainNav: 'Päävalikko',
    breadcrumbs: 'Murupolku',
    contact: 'Yhteystiedot',
    contactBody: html`Etelä-Savon perhekeskustoiminta<br />Hyvinvointialue Eloisa ja Etelä-Savon kunnat<br />Sähköposti (esimerkki): <a href="mailto:perhekeskus@example.org">perhekeskus@example.org</a>`,
    digital: 'Digitaalinen perhekeskus',
    digitalItems: [
      ['https://omaperhe.fi/', 'Omaperhe.fi – perheille'],
      ['https://omahelpperi.fi/', 'Omahelpperi.fi – nuorille'],
      ['https://ammattilaisenoma.fi/', 'Ammattilaisenoma.fi – ammattilaisille'],
    ],
    about: 'Tästä sivustosta',
    statement: 'Saavutettavuusseloste',
    statementLang: undefined,
    demoLabel: 'Esimerkkisivusto – demo',
    finnishNote: '',
  },
  sv: {
    skip: 'Gå till huvudinnehållet',
    siteName: 'Familjecentralen i Södra Savolax',
    demoTag: 'Exempelwebbplats',
    notice: html`<strong>Exempelwebbplats (demo).</strong> Uppgifterna är exempel som bygger på samarbetsavtalet och verksamhetsplanen 2026–2029 för familjecentralsverksamheten i Södra Savolax.`,
    sourcesLink: 'Källor till uppgifterna',
    langNav: 'Språk',
    mainNav: 'Huvudmeny',
    breadcrumbs: 'Brödsmulor',
    contact: 'Kontaktuppgifter',
    contactBody: html`Familjecentralsverksamheten i Södra Savolax<br />Välfärdsområdet Eloisa och kommunerna i Södra Savolax<br />E-post (exempel): <a href="mailto:perhekeskus@example.org">perhekeskus@example.org</a>`,
    digital: 'Den digitala familjecentralen',
    digitalItems: [
      ['https://omaperhe.fi/', 'Omaperhe.fi – för familjer (på finska)'],
      ['https://omahelpperi.fi/', 'Omahelpperi.fi – för unga (på finska)'],
      ['https://ammattilaisenoma.fi/', 'Ammattilaisenoma.fi – för yrkesverksamma (på finska)'],
    ],
    about: 'Om webbplatsen',
    statement: 'Tillgänglighetsutlåtande (på finska)',
    statementLang: 'fi',
    demoLabel: 'Exempelwebbplats – demo',
    finnishNote: ' (på finska)',
  },
  en: {
    skip: 'Skip to main content',
    siteName: 'Etelä-Savo family centre',
    demoTag: 'Example site',
    notice: html`<strong>Example site (demo).</strong> The information is example data based on the Etelä-Savo family-centre cooperation agreement and action plan 2026–2029.`,
    sourcesLink: 'Where the facts come from',
    langNav: 'Language',
    mainNav: 'Main menu',
    breadcrumbs: 'Breadcrumbs',
    contact: 'Contact',
    contactBody: html`Etelä-Savo family-centre cooperation<br />Eloisa wellbeing services county and the municipalities of Etelä-Savo<br />Email (example): <a href="mailto:perhekeskus@example.org">perhekeskus@example.org</a>`,
    digital: 'The digital family centre',
    digitalItems: [
      ['https://omaperhe.fi/', 'Omaperhe.fi – for families (in Finnish)'],
      ['https://omahelpperi.fi/', 'Omahelpperi.fi – for young people (in Finnish)'],
      ['https://ammattilaisenoma.fi/', 'Ammattilaisenoma.fi – for professionals (in Finnish)'],
    ],
    about: 'About this site',
    statement: 'Accessibility statement (in Finnish)',
    statementLang: 'fi',
    demoLabel: 'Example site – demo',
    finnishNote: ' (in Finnish)',
  },
} satisfies Record<PageLang, unknown>;

/** Names of the Finnish-only pages in the Swedish and English navigation. */
const foreignNames: Readonly<Record<'sv' | 'en', Readonly<Record<(typeof FINNISH_ONLY)[number], string>>>> = {
  sv: { '/rantasalmi/': 'Rantasalmi', '/ammattilaisille/': 'För yrkesverksamma' },
  en: { '/rantasalmi/': 'Rantasalmi', '/ammattilaisille/': 'For professionals' },
};

/** The language links: each language's name in itself. */
const languageLinks: readonly { lang: PageLang; name: string }[] = [
  { lang: 'fi', name: 'Suomeksi' },
  { lang: 'sv', name: 'På svenska' },
  { lang: 'en', name: 'In English' },
];

/**
 * The link from one page of the site to another as a relative URL, so the site works from any
 * folder of a server as well as from its root.
 *
 * @param from - the current page's path, a directory ending in `/` (`/rantasalmi/`)
 * @param to - the target path from the site root (`/`, `/sv/`, `/ics/steering-group.ics`, `/#lahteet`)
 * @returns the relative URL (`../sv/`); `./` for the page itself, a bare `#fragment` within it
 * @example
 * relativeHref('/rantasalmi/', '/sv/'); // '../sv/'
 */
export function relativeHref(from: string, to: string): string {
  if (!from.startsWith('/') || !from.endsWith('/')) throw new Error(`Expected a directory path, got ${from}`);
  if (!to.startsWith('/')) throw new Error(`Expected a path from the site root, got ${to}`);
  const hashAt = to.indexOf('#');
  const target = hashAt === -1 ? to : to.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : to.slice(hashAt);
  const fromDirs = from.split('/').filter(Boolean);
  const toParts = target.split('/').slice(1);
  const file = toParts.pop() ?? '';
  let common = 0;
  while (common < fromDirs.length && common < toParts.length && fromDirs[common] === toParts[common]) common++;
  const up = '../'.repeat(fromDirs.length - common);
  const down = toParts
    .slice(common)
    .map((dir) => `${dir}/`)
    .join('');
  const path = `${up}${down}${file}`;
  // On the same page a bare fragment keeps the query string (the finder's filters) and does not reload.
  if (path === '') return hash || './';
  return `${path}${hash}`;
}

/**
 * Finds a page of the site by its path.
 *
 * @param path - the page's path (`/upotus/`); `index.html` at the end is ignored; a not-found page by its file (`/sv/404.html`)
 * @returns the page
 * @throws Error when the path is not a page of the site
 * @example
 * pageAt('/sv/index.html').lang; // 'sv'
 */
export function pageAt(path: string): Page {
  const dir = path.replace(/index\.html$/, '');
  const page = [...pages, ...notFoundPages].find((p) => p.path === dir);
  if (!page) throw new Error(`Not a page of the demo site: ${path}`);
  return page;
}

/**
 * A page in another language: its translation when it has one, else that language's front page.
 *
 * @param page - the page being rendered
 * @param lang - the language to link to
 * @returns the path of the page to link
 * @example
 * translationPath(pageAt('/upotus/'), 'sv'); // '/sv/upotus/'
 * translationPath(pageAt('/rantasalmi/'), 'sv'); // '/sv/'
 */
export function translationPath(page: Page, lang: PageLang): string {
  const original = page.translates ?? page.path;
  const match = sitePages.find((p) => p.lang === lang && (p.path === original || p.translates === original));
  return match?.path ?? HOME[lang];
}

/** The link from a page to a path of the site: relative, except from a not-found page, which is served at any depth. */
function linkFrom(page: Page): (to: string) => string {
  return page.notFound ? (to) => to : (to) => relativeHref(page.path, to);
}

interface NavItem {
  path: string;
  name: string;
  lang?: PageLang;
}

function navItems(lang: PageLang): NavItem[] {
  if (lang === 'fi') {
    return sitePages
      .filter((p) => p.lang === 'fi' && p.path !== '/saavutettavuus/')
      .map((p) => ({ path: p.path, name: p.navName }));
  }
  const items: NavItem[] = [{ path: HOME[lang], name: pages.find((p) => p.path === HOME[lang])!.navName }];
  for (const path of FINNISH_ONLY)
    items.push({ path, name: foreignNames[lang][path] + text[lang].finnishNote, lang: 'fi' });
  for (const p of sitePages)
    if (p.lang === lang && p.path !== HOME[lang]) items.push({ path: p.path, name: p.navName });
  return items;
}

/**
 * The shared top of a page: skip link, then a `<header>` with the demo notice, the site name, the
 * language links and the main navigation (the current page marked `aria-current="page"`), then the
 * breadcrumbs for pages below a front page.
 *
 * @param page - the page being rendered
 * @returns the markup
 * @example
 * renderHeader(pageAt('/rantasalmi/')).value.includes('aria-current="page">Rantasalmi</a>'); // true
 */
export function renderHeader(page: Page): RawHtml {
  const t = text[page.lang];
  const href = linkFrom(page);
  const nav = navItems(page.lang).map(
    (item) =>
      html`<li><a href="${href(item.path)}"${item.path === page.path ? html` aria-current="page"` : ''}${
        item.lang ? html` hreflang="${item.lang}"` : ''
      }>${item.name}</a></li>`,
  );
  const languages = languageLinks
    .filter((l) => l.lang !== page.lang)
    .map(
      (l) =>
        html`<li><a href="${href(translationPath(page, l.lang))}" hreflang="${l.lang}" lang="${l.lang}">${l.name}</a></li>`,
    );
  return html`<a class="skip-link" href="#main">${t.skip}</a>
<header class="site-header">
  <div class="demo-notice">
    <p>${t.notice} <a href="${href(SOURCES[page.lang])}">${t.sourcesLink}</a></p>
  </div>
  <div class="site-bar">
    <p class="site-name"><a href="${href(HOME[page.lang])}">${t.siteName}</a> <span class="site-tag">${t.demoTag}</span></p>
    <nav class="lang-nav" aria-label="${t.langNav}"><ul>${languages}</ul></nav>
  </div>
  <nav class="main-nav" aria-label="${t.mainNav}"><ul>${nav}</ul></nav>
</header>
${renderBreadcrumbs(page)}`;
}

function renderBreadcrumbs(page: Page): RawHtml | '' {
  if (!page.parent) return '';
  const trail: Page[] = [page];
  for (let p = page; p.parent; ) {
    p = pageAt(p.parent);
    trail.unshift(p);
  }
  const items = trail.map((p) =>
    p === page
      ? html`<li><span aria-current="page">${p.navName}</span></li>`
      : html`<li><a href="${relativeHref(page.path, p.path)}">${p.navName}</a></li>`,
  );
  return html`<nav class="breadcrumbs" aria-label="${text[page.lang].breadcrumbs}"><ol>${items}</ol></nav>`;
}

/**
 * The shared footer: contact details (example address), the digital family-centre services, the
 * accessibility statement and the sources, and the "Esimerkkisivusto – demo" label.
 *
 * @param page - the page being rendered
 * @returns the markup
 * @example
 * renderFooter(pageAt('/')).value.includes('Esimerkkisivusto – demo'); // true
 */
export function renderFooter(page: Page): RawHtml {
  const t = text[page.lang];
  const href = linkFrom(page);
  const digital = t.digitalItems.map(([url, name]) => html`<li><a href="${url}">${name}</a></li>`);
  const statementCurrent = page.path === '/saavutettavuus/' ? html` aria-current="page"` : '';
  const statementLang = t.statementLang ? html` hreflang="${t.statementLang}"` : '';
  return html`<footer class="site-footer">
  <div class="footer-columns">
    <section aria-labelledby="footer-contact">
      <h2 id="footer-contact">${t.contact}</h2>
      <p>${t.contactBody}</p>
    </section>
    <section aria-labelledby="footer-digital">
      <h2 id="footer-digital">${t.digital}</h2>
      <ul>${digital}</ul>
    </section>
    <section aria-labelledby="footer-about">
      <h2 id="footer-about">${t.about}</h2>
      <ul>
        <li><a href="${href('/saavutettavuus/')}"${statementCurrent}${statementLang}>${t.statement}</a></li>
        <li><a href="${href(SOURCES[page.lang])}">${t.sourcesLink}</a></li>
      </ul>
    </section>
  </div>
  <p class="demo-label">${t.demoLabel}</p>
</footer>`;
}
