import { describe, expect, it } from 'vitest';
import { buildDate, fillPage, tidyIgnoredTags } from './demoSite.js';

const page = (body: string) =>
  `<!doctype html><html lang="fi"><body><!-- pk:header -->${body}<!-- pk:footer --></body></html>`;

describe('buildDate', () => {
  it('reads SOURCE_DATE_EPOCH as a Helsinki date', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1788213600' })).toBe('2026-09-01');
    // 21:30 UTC on 31 August is already 00:30 on 1 September in Helsinki.
    expect(buildDate({ SOURCE_DATE_EPOCH: '1788211800' })).toBe('2026-09-01');
  });

  it('uses the current time in Helsinki without SOURCE_DATE_EPOCH', () => {
    expect(buildDate({}, new Date('2026-11-24T22:30:00Z'))).toBe('2026-11-25');
  });

  it('rejects an epoch that is not whole seconds', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '2026-01-01' })).toThrow(/whole seconds/);
  });
});

describe('fillPage', () => {
  it('puts the shared header and footer into the markers', () => {
    const out = fillPage(page('<main id="main"></main>'), '/rantasalmi/index.html', '2026-11-25');
    expect(out).toContain('<a class="skip-link" href="#main">Siirry pääsisältöön</a>');
    expect(out).toContain('<span aria-current="page">Rantasalmi</span>');
    expect(out).toContain('<p class="demo-label">Esimerkkisivusto – demo</p>');
    expect(out).not.toContain('<!-- pk:');
  });

  it('writes the build date as a machine-readable time', () => {
    const out = fillPage(page('<p>Tilanne <!-- pk:as-of -->.</p>'), '/ammattilaisille/index.html', '2026-11-25');
    expect(out).toContain('<p>Tilanne <time datetime="2026-11-25">25.11.2026</time>.</p>');
  });

  it('renders the groups with links to their calendar files relative to the page', () => {
    const out = fillPage(page('<!-- pk:groups -->'), '/ammattilaisille/index.html', '2026-11-25');
    expect(out).toContain('href="../ics/steering-group.ics"');
    expect(out).toContain('id="ryhma-lape-rantasalmi"');
  });

  it('fills a not-found page with the shared header and footer linked from the site root', () => {
    const out = fillPage(page('<main id="main"><h1>Sidan hittades inte</h1></main>'), '/sv/404.html', '2026-11-25');
    expect(out).toContain('<a class="skip-link" href="#main">Gå till huvudinnehållet</a>');
    expect(out).toContain('<a href="/sv/">Familjecentralen i Södra Savolax</a>');
    expect(out).toContain('<a href="/saavutettavuus/" hreflang="fi">');
    expect(out).not.toContain('<!-- pk:');
  });

  it('refuses a page without the footer marker', () => {
    expect(() => fillPage('<body><!-- pk:header --></body>', '/', '2026-11-25')).toThrow(/pk:footer/);
  });

  it('leaves another county’s page as its web team wrote it, and refuses the demo’s markers there', () => {
    const county =
      '<!doctype html><html lang="sv"><body><main id="main"><pk-calendar></pk-calendar></main></body></html>';
    expect(fillPage(county, '/sv/osterbotten/index.html', '2026-11-25')).toBe(county);
    expect(() => fillPage(page(''), '/esimerkki-pohjanmaa/index.html', '2026-11-25')).toThrow(/another county/);
  });
});

describe('tidyIgnoredTags', () => {
  it('leaves the plain script tag a CMS would have', () => {
    expect(tidyIgnoredTags('<script type="module" src="/embed/perhekeskus.js" ></script>')).toBe(
      '<script type="module" src="/embed/perhekeskus.js"></script>',
    );
  });

  it('keeps the slash of a void element and leaves text alone', () => {
    expect(tidyIgnoredTags('<link rel="alternate" href="sv/"  />\n<p>"a" > b</p>')).toBe(
      '<link rel="alternate" href="sv/" />\n<p>"a" > b</p>',
    );
  });
});
