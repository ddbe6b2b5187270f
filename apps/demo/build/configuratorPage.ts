/**
 * The embed configurator's page in each language (upotus/, sv/upotus/, en/upotus/): each page's
 * `index.html` is a shell with `<!-- pk:configurator-head -->` and `<!-- pk:configurator -->`, and the
 * text comes from the one catalogue the page script also uses (src/configuratorText.ts). The form's
 * data-dependent parts (municipalities, groups, year clocks, colours) are filled by the script.
 */
import type { Plugin } from 'vite';
import { configuratorText } from '../src/configuratorText.js';
import type { WidgetKind } from '../src/embedConfig.js';
import { html, type RawHtml } from './escapeHtml.js';
import { type Page, pageAt, pages, relativeHref } from './site.js';

/** The markers a configurator page's shell holds. */
export const CONFIGURATOR_MARKER = {
  head: '<!-- pk:configurator-head -->',
  main: '<!-- pk:configurator -->',
} as const;

/**
 * Text from the catalogue as markup: escaped, with backtick-quoted parts as `<code>`.
 *
 * @param text - a catalogue text (`Kopioi kansio \`embed/\``)
 * @returns the markup
 * @example
 * withCode('Copy `embed/` & go').value; // 'Copy <code>embed/</code> &amp; go'
 */
export function withCode(text: string): RawHtml {
  const parts = text.split('`');
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part))}`;
}

const WIDGETS: readonly WidgetKind[] = ['finder', 'calendar', 'year-clock'];

/**
 * The page's title, description and the links to its other languages, for the `<head>`.
 *
 * @param page - a configurator page
 * @returns the markup
 * @example
 * renderConfiguratorHead(pageAt('/sv/upotus/')).value.includes('hreflang="fi" href="../../upotus/"'); // true
 */
export function renderConfiguratorHead(page: Page): RawHtml {
  const t = configuratorText(page.lang);
  const original = page.translates ?? page.path;
  const alternates = pages
    .filter((p) => p !== page && (p.path === original || p.translates === original))
    .map(
      (p) => html`
    <link rel="alternate" hreflang="${p.lang}" href="${relativeHref(page.path, p.path)}" vite-ignore />`,
    );
  return html`<title>${t.title}</title>
    <meta name="description" content="${t.description}" />${alternates}`;
}

/**
 * The page's `<main>`: intro, the form and the output (contrast checks, snippet, preview).
 *
 * @param page - a configurator page
 * @returns the markup
 * @example
 * renderConfiguratorMain(pageAt('/en/upotus/')).value.includes('<h1>Embed the family-centre tools on your own site</h1>'); // true
 */
export function renderConfiguratorMain(page: Page): RawHtml {
  const t = configuratorText(page.lang);
  const widgetChoices = WIDGETS.map(
    (w, i) =>
      html`
              <label class="choice"><input type="radio" name="widget" value="${w}"${i === 0 ? html` checked` : ''} /> ${t.widgets[w]}</label>`,
  );
  const langOptions = (['', 'fi', 'sv', 'en'] as const).map(
    (l) => html`
                <option value="${l}"${l === page.lang ? html` selected` : ''}>${t.langs[l]}</option>`,
  );
  return html`<main id="main">
      <h1>${t.heading}</h1>
      <p class="lead">${t.lead}</p>
      <div class="prose">${t.intro.map(
        (p) => html`
        <p>${withCode(p)}</p>`,
      )}
      </div>
      <noscript>
        <p class="warning">${t.noscript}</p>
      </noscript>

      <div class="configurator">
        <form id="configurator" class="configurator-controls" novalidate aria-labelledby="form-heading">
          <h2 id="form-heading">${t.formHeading}</h2>
          <fieldset>
            <legend>${t.dataLegend}</legend>
            <div class="field">
              <label for="data-url">${t.dataUrlLabel}</label>
              <span class="hint" id="data-url-hint">${withCode(t.dataUrlHint)}</span>
              <input
                type="url"
                id="data-url"
                name="data-url"
                inputmode="url"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="data-url-hint data-error"
              />
              <span class="hint field-error" id="data-error" role="alert"></span>
            </div>
            <button type="submit" class="button secondary" id="load-data">${t.loadData}</button>
            <p class="hint" id="data-status" role="status"></p>
          </fieldset>

          <fieldset>
            <legend>${t.widgetLegend}</legend>${widgetChoices}
          </fieldset>

          <fieldset>
            <legend>${t.contentLegend}</legend>
            <div class="field" data-widgets="finder">
              <label for="municipality">${t.municipalityLabel}</label>
              <span class="hint" id="municipality-hint">${t.municipalityHint}</span>
              <span class="hint" id="municipality-none" hidden>${t.noMunicipalities}</span>
              <select id="municipality" name="municipality" aria-describedby="municipality-hint municipality-none"></select>
            </div>
            <fieldset class="field" data-widgets="calendar" aria-describedby="groups-hint groups-none groups-error">
              <legend>${t.groupsLegend}</legend>
              <span class="hint" id="groups-hint">${t.groupsHint}</span>
              <span class="hint" id="groups-none" hidden>${t.noGroups}</span>
              <div id="groups"></div>
              <span class="hint field-error" id="groups-error" hidden>${t.chooseGroup}</span>
            </fieldset>
            <div class="field" data-widgets="year-clock">
              <label for="clock">${t.yearClockLabel}</label>
              <span class="hint" id="clock-hint" hidden>${t.noYearClocks}</span>
              <select id="clock" name="clock" aria-describedby="clock-hint"></select>
            </div>
            <div class="field">
              <label for="lang">${t.langLabel}</label>
              <span class="hint" id="lang-hint">${t.langHint}</span>
              <select id="lang" name="lang" aria-describedby="lang-hint">${langOptions}
              </select>
            </div>
          </fieldset>

          <fieldset>
            <legend>${t.coloursLegend}</legend>
            <div id="colours-primary"></div>
            <details id="colours-more-details">
              <summary>${t.moreColours}</summary>
              <div id="colours-more"></div>
            </details>
            <button type="button" class="button secondary" id="reset-colours">${t.resetColours}</button>
          </fieldset>

          <fieldset>
            <legend>${t.serverLegend}</legend>
            <div class="field">
              <label for="script-url">${t.scriptUrlLabel}</label>
              <span class="hint" id="script-url-hint">${withCode(t.scriptUrlHint)}</span>
              <input
                type="url"
                id="script-url"
                inputmode="url"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="script-url-hint script-url-error"
              />
              <span class="hint field-error" id="script-url-error" hidden><strong>${t.scriptUrlError}</strong></span>
            </div>
          </fieldset>
        </form>

        <div class="configurator-output">
          <section aria-labelledby="contrast-heading">
            <h2 id="contrast-heading">${t.contrastHeading}</h2>
            <div id="contrast-error" class="contrast-error" role="alert"></div>
            <p id="contrast-ok" class="contrast-ok" hidden></p>
            <details>
              <summary>${t.allPairs}</summary>
              <table class="contrast-table">
                <caption>${t.tableCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">${t.columnPair}</th>
                    <th scope="col">${t.columnRatio}</th>
                    <th scope="col">${t.columnResult}</th>
                  </tr>
                </thead>
                <tbody id="contrast-table-body"></tbody>
              </table>
            </details>
          </section>

          <section aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">${t.snippetHeading}</h2>
            <div id="snippet-blocked" class="warning" hidden>
              <p>${t.snippetBlocked}</p>
              <ul id="snippet-blocked-reasons"></ul>
            </div>
            <div id="snippet-section" class="snippet">
              <p>${withCode(t.snippetHelp)}</p>
              <pre><code id="snippet-code"></code></pre>
              <button type="button" class="button copy-button" id="copy-button">${t.copy}</button>
              <span id="copy-status" class="copy-status" role="status"></span>
            </div>
          </section>

          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">${t.previewHeading}</h2>
            <div class="preview" id="preview"><p class="preview-label">${t.previewEmpty}</p></div>
          </section>
        </div>
      </div>
    </main>`;
}

/**
 * Fills a configurator page's markers; any other page is returned unchanged.
 *
 * @param source - the page's HTML
 * @param pagePath - its path (`/sv/upotus/index.html`)
 * @returns the HTML with the head and main markers replaced
 * @example
 * fillConfiguratorPage('<head><!-- pk:configurator-head --></head>…', '/upotus/index.html');
 * // '<head><title>Upota sivullesi – …</title>…</head>…'
 */
export function fillConfiguratorPage(source: string, pagePath: string): string {
  if (!source.includes(CONFIGURATOR_MARKER.main)) return source;
  const page = pageAt(pagePath);
  return source
    .replace(CONFIGURATOR_MARKER.head, () => renderConfiguratorHead(page).value)
    .replace(CONFIGURATOR_MARKER.main, () => renderConfiguratorMain(page).value);
}

/**
 * The Vite plugin that renders the configurator pages' text from the catalogue (before Vite reads
 * the pages' scripts and styles, like the site's own header and footer).
 *
 * @returns the plugin
 * @example
 * export default defineConfig({ plugins: [demoSite(), configuratorPages()] });
 */
export function configuratorPages(): Plugin {
  return {
    name: 'perhekeskus-demo-configurator',
    transformIndexHtml: { order: 'pre', handler: (source, ctx) => fillConfiguratorPage(source, ctx.path) },
  };
}
