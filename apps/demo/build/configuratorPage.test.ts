import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ConfiguratorText, configuratorLang, configuratorText, problemMessage } from '../src/configuratorText.js';
import {
  CONFIGURATOR_MARKER,
  fillConfiguratorPage,
  renderConfiguratorHead,
  renderConfiguratorMain,
  withCode,
} from './configuratorPage.js';
import { pageAt, renderHeader } from './site.js';

const CONFIGURATOR_PAGES = ['/upotus/', '/sv/upotus/', '/en/upotus/'] as const;

/** Every text of a catalogue, functions called with sample values, by its key path. */
function texts(catalogue: ConfiguratorText): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') {
      out.set(
        path,
        String(value({ municipalities: 2, groups: 2, yearClocks: 2, url: 'u', input: 'i' }, 'b', 'c', 'd', 'e')),
      );
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) walk(v, `${path}.${key}`);
    }
  };
  walk(catalogue, '');
  return out;
}

describe('the configurator catalogue', () => {
  it('has every text in Swedish and English, none left in Finnish', () => {
    const fi = texts(configuratorText('fi'));
    for (const lang of ['sv', 'en'] as const) {
      const other = texts(configuratorText(lang));
      expect([...other.keys()]).toEqual([...fi.keys()]);
      const same = [...other].filter(([key, text]) => fi.get(key) === text).map(([key]) => key);
      expect(same).toEqual([]);
    }
  });

  it('picks the language by the primary subtag, Finnish for any other', () => {
    expect(configuratorLang('sv-FI')).toBe('sv');
    expect(configuratorLang('EN')).toBe('en');
    expect(configuratorLang('se')).toBe('fi');
  });

  it("says why another origin is refused, naming the page's Content-Security-Policy, in each language", () => {
    const problem = { code: 'other-origin', origin: 'https://toinen.example' } as const;
    expect(problemMessage(configuratorText('fi'), problem)).toContain('sisällön suojauskäytäntö (CSP)');
    expect(problemMessage(configuratorText('sv'), problem)).toContain('innehållssäkerhetspolicy (CSP)');
    expect(problemMessage(configuratorText('en'), problem)).toMatch(
      /^The address is on another server \(https:\/\/toinen\.example\)\..*Content-Security-Policy \(CSP\)/,
    );
  });
});

describe('withCode', () => {
  it('escapes the text and marks backtick-quoted parts as code', () => {
    expect(withCode('Move the `<style>` rule & `embed/`').value).toBe(
      'Move the <code>&lt;style&gt;</code> rule &amp; <code>embed/</code>',
    );
  });
});

describe('the configurator pages', () => {
  it.each(CONFIGURATOR_PAGES)('%s: the shell has the page language and the markers', (path) => {
    const source = readFileSync(new URL(`..${path}index.html`, import.meta.url), 'utf8');
    expect(source).toContain(`<html lang="${pageAt(path).lang}">`);
    expect(source).toContain(CONFIGURATOR_MARKER.head);
    expect(source).toContain(CONFIGURATOR_MARKER.main);
    expect(source).toContain('<script type="module" src="/src/configurator.ts"></script>');
  });

  it("renders each page's text in its language", () => {
    expect(renderConfiguratorMain(pageAt('/upotus/')).value).toContain(
      '<h1>Upota perhekeskuksen työkalut omalle sivullesi</h1>',
    );
    const sv = renderConfiguratorMain(pageAt('/sv/upotus/')).value;
    expect(sv).toContain('<h1>Bädda in familjecentralens verktyg på din egen sida</h1>');
    expect(sv).toContain('<label for="data-url">Adress till de publicerade uppgifterna (index.json)</label>');
    expect(sv).toContain('<option value="sv" selected>svenska</option>');
    expect(renderConfiguratorHead(pageAt('/en/upotus/')).value).toContain(
      '<title>Embed on your site – Etelä-Savo family centre (example site)</title>',
    );
  });

  it('links each language version to the other two', () => {
    const head = renderConfiguratorHead(pageAt('/sv/upotus/')).value;
    expect(head).toContain('<link rel="alternate" hreflang="fi" href="../../upotus/" vite-ignore />');
    expect(head).toContain('<link rel="alternate" hreflang="en" href="../../en/upotus/" vite-ignore />');
    const header = renderHeader(pageAt('/en/upotus/')).value;
    expect(header).toContain('<a href="../../upotus/" hreflang="fi" lang="fi">Suomeksi</a>');
    expect(header).toContain('<a href="../../sv/upotus/" hreflang="sv" lang="sv">På svenska</a>');
    expect(renderHeader(pageAt('/upotus/')).value).toContain('<a href="../sv/upotus/" hreflang="sv" lang="sv">');
  });

  it('puts the page in its own language in the Swedish and English menus, without a language note', () => {
    const header = renderHeader(pageAt('/en/')).value;
    expect(header).toContain('<a href="upotus/">Embed on your site</a>');
    expect(header).not.toContain('Embed on your site (in Finnish)');
    expect(renderHeader(pageAt('/sv/upotus/')).value).toContain(
      '<a href="./" aria-current="page">Bädda in på din sida</a>',
    );
  });

  it('fills the markers of a configurator page and leaves other pages alone', () => {
    const shell = `<head>${CONFIGURATOR_MARKER.head}</head><body>${CONFIGURATOR_MARKER.main}</body>`;
    const filled = fillConfiguratorPage(shell, '/en/upotus/index.html');
    expect(filled).not.toContain('pk:configurator');
    expect(filled).toContain('<main id="main">');
    expect(fillConfiguratorPage('<main>x</main>', '/sv/index.html')).toBe('<main>x</main>');
  });
});
