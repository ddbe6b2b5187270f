import { describe, expect, it } from 'vitest';
import { notFoundPages, pageAt, pages, relativeHref, renderFooter, renderHeader } from './site.js';

describe('relativeHref', () => {
  it('goes up one folder from a subpage to the front page and to another language', () => {
    expect(relativeHref('/rantasalmi/', '/')).toBe('../');
    expect(relativeHref('/rantasalmi/', '/sv/')).toBe('../sv/');
  });

  it('goes down from the front page', () => {
    expect(relativeHref('/', '/ammattilaisille/')).toBe('ammattilaisille/');
    expect(relativeHref('/', '/ics/steering-group.ics')).toBe('ics/steering-group.ics');
  });

  it('links a page to itself as ./ and to its own section as a bare fragment, keeping the query string', () => {
    expect(relativeHref('/sv/', '/sv/')).toBe('./');
    expect(relativeHref('/', '/#lahteet')).toBe('#lahteet');
    expect(relativeHref('/sv/', '/sv/#kallor')).toBe('#kallor');
  });

  it('keeps the fragment when the target is another page', () => {
    expect(relativeHref('/upotus/', '/#lahteet')).toBe('../#lahteet');
  });

  it('resolves, against the page URL, to the target path for every pair of pages', () => {
    for (const from of pages) {
      for (const to of pages) {
        const href = relativeHref(from.path, to.path);
        expect(new URL(href, `https://kunta.example${from.path}`).pathname).toBe(to.path);
      }
    }
  });

  it('rejects a page path that is not a directory', () => {
    expect(() => relativeHref('/rantasalmi', '/')).toThrow(/directory/);
  });
});

describe('pageAt', () => {
  it('finds a page by its folder or its index.html', () => {
    expect(pageAt('/sv/index.html').lang).toBe('sv');
    expect(pageAt('/upotus/').navName).toBe('Upota sivullesi');
  });

  it('names the path that is not a page', () => {
    expect(() => pageAt('/nope/index.html')).toThrow('/nope/index.html');
  });
});

describe('renderHeader', () => {
  it('marks exactly the current page in the main navigation', () => {
    const header = renderHeader(pageAt('/ammattilaisille/')).value;
    const start = header.indexOf('class="main-nav"');
    const nav = header.slice(start, header.indexOf('</nav>', start));
    expect(nav.match(/aria-current="page"/g)).toHaveLength(1);
    expect(nav).toContain('<a href="./" aria-current="page">Ammattilaisille</a>');
  });

  it('links the other two languages with hreflang and lang, in their own names', () => {
    const header = renderHeader(pageAt('/')).value;
    expect(header).toContain('<a href="sv/" hreflang="sv" lang="sv">På svenska</a>');
    expect(header).toContain('<a href="en/" hreflang="en" lang="en">In English</a>');
    expect(header).not.toContain('Suomeksi');
  });

  it('starts with a skip link to the main content and shows the demo notice with a link to the sources', () => {
    const header = renderHeader(pageAt('/sv/')).value;
    expect(header.startsWith('<a class="skip-link" href="#main">Gå till huvudinnehållet</a>')).toBe(true);
    expect(header).toContain('Exempelwebbplats (demo).');
    expect(header).toContain('<a href="#kallor">Källor till uppgifterna</a>');
  });

  it('leaves another county’s example pages out of the menus', () => {
    for (const path of ['/', '/sv/', '/en/']) {
      const header = renderHeader(pageAt(path)).value;
      expect(header).not.toContain('osterbotten/');
      expect(header).not.toContain('esimerkki-pohjanmaa/');
    }
  });

  it('marks the Finnish-only pages in the Swedish and English menus', () => {
    const header = renderHeader(pageAt('/en/')).value;
    expect(header).toContain('<a href="../ammattilaisille/" hreflang="fi">For professionals (in Finnish)</a>');
  });

  it('shows breadcrumbs below a front page and none on it', () => {
    expect(renderHeader(pageAt('/rantasalmi/')).value).toContain(
      '<nav class="breadcrumbs" aria-label="Murupolku"><ol><li><a href="../">Etusivu</a></li><li><span aria-current="page">Rantasalmi</span></li></ol></nav>',
    );
    expect(renderHeader(pageAt('/')).value).not.toContain('breadcrumbs');
  });
});

describe('renderFooter', () => {
  it('carries the demo label, the accessibility statement and the sources on every page', () => {
    for (const page of pages) {
      const footer = renderFooter(page).value;
      expect(footer).toMatch(/(Esimerkkisivusto|Exempelwebbplats|Example site) – demo/);
      expect(footer).toContain(`href="${relativeHref(page.path, '/saavutettavuus/')}"`);
    }
  });

  it('marks the statement link as the current page on the statement itself', () => {
    expect(renderFooter(pageAt('/saavutettavuus/')).value).toContain('href="./" aria-current="page"');
  });

  it('says that the statement is in Finnish on the Swedish page', () => {
    expect(renderFooter(pageAt('/sv/')).value).toContain(
      '<a href="../saavutettavuus/" hreflang="fi">Tillgänglighetsutlåtande (på finska)</a>',
    );
  });
});

describe('the not-found pages', () => {
  /** Every link of some markup that leads within the site (not to another site, mail or a fragment). */
  const siteLinks = (markup: string) =>
    [...markup.matchAll(/\shref="([^"]*)"/g)]
      .map((m) => m[1] ?? '')
      .filter((href) => !/^(https:|mailto:|#)/.test(href));

  it('has one per language, found by its file', () => {
    expect(notFoundPages.map((page) => [page.path, page.lang])).toEqual([
      ['/404.html', 'fi'],
      ['/sv/404.html', 'sv'],
      ['/en/404.html', 'en'],
    ]);
    expect(pageAt('/sv/404.html').navName).toBe('Sidan hittades inte');
  });

  it('links from the site root in its header and footer, since the server sends it at any depth', () => {
    for (const page of notFoundPages) {
      const links = siteLinks(renderHeader(page).value + renderFooter(page).value);
      expect(links.length, page.path).toBeGreaterThan(3);
      for (const href of links) expect(href, page.path).toMatch(/^\/(?!\/)/);
    }
    const header = renderHeader(pageAt('/sv/404.html')).value;
    expect(header).toContain('<a href="/" hreflang="fi" lang="fi">Suomeksi</a>');
    expect(header).toContain('<a href="/sv/">Startsida</a>');
    expect(header).toContain('<a href="/sv/#kallor">Källor till uppgifterna</a>');
  });

  it('is in no menu, marks no page as current and has no breadcrumbs', () => {
    for (const page of notFoundPages) {
      const header = renderHeader(page).value;
      expect(header).not.toContain('aria-current');
      expect(header).not.toContain('breadcrumbs');
    }
    for (const page of pages) expect(renderHeader(page).value).not.toContain('404');
  });
});
