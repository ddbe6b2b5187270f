import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { setBuiltInIndex } from '../../internal/built-in.js';
import { defineOnce } from '../../internal/define.js';
import { injectedMarkupSettled } from '../../test/injection.js';
import './agreement-status.js';
import { AgreementStatusElement } from './agreement-status.component.js';
import { BUILT_IN, COUNTY, exampleCounty, publishedFiles, serveAgreementFolders } from './fixtures/folders.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

interface MountOptions {
  lang?: string;
  width?: string;
  attributes?: Record<string, string>;
}

async function mount(options: MountOptions = {}): Promise<AgreementStatusElement> {
  const host = document.createElement('div');
  if (options.lang) host.lang = options.lang;
  if (options.width) host.style.width = options.width;
  document.body.append(host);
  const el = document.createElement('pk-agreement-status');
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  host.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: AgreementStatusElement) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: AgreementStatusElement) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
const row = (el: AgreementStatusElement, party: string) => rows(el).find((r) => text(r.querySelector('th')) === party);
const alert = (el: AgreementStatusElement) => root(el).querySelector('[role="alert"]');

async function until(check: () => void): Promise<void> {
  await vi.waitFor(check, { timeout: 5_000, interval: 20 });
}

/** Mounts the widget and waits for its table. */
async function mountShown(options: MountOptions = {}): Promise<AgreementStatusElement> {
  const el = await mount(options);
  await until(() => expect(rows(el).length).toBeGreaterThan(0));
  return el;
}

/** Mounts the widget and waits for its notice of what is wrong. */
async function mountWithAlert(options: MountOptions = {}): Promise<AgreementStatusElement> {
  const el = await mount(options);
  await until(() => expect(alert(el)).not.toBeNull());
  return el;
}

/** Runs axe on the widget (shadow DOM included) for WCAG 2.1 A and AA; returns the violations. */
async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The example county's published folder with its agreements file changed by `change`. */
function countyWith(change: (file: { agreements: Record<string, unknown>[]; parties: unknown[] }) => void) {
  const files = publishedFiles(exampleCounty());
  const file = structuredClone(files.get('agreements.json')) as {
    agreements: Record<string, unknown>[];
    parties: unknown[];
  };
  change(file);
  files.set('agreements.json', file);
  return files;
}

let stopServing: () => void = () => {};

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
  stopServing = serveAgreementFolders({
    '/pk-agreements-bad/': countyWith((file) => {
      (file.agreements[0] as { decisions: { date: string }[] }).decisions[0]!.date = '2026-02-30';
    }),
    '/pk-agreements-all-signed/': countyWith((file) => {
      for (const s of (file.agreements[0] as { signatures: { date?: string }[] }).signatures) s.date ??= '2026-02-27';
    }),
    '/pk-agreements-markup/': countyWith((file) => {
      (file.parties[0] as { name: Record<string, string> }).name = { sv: '<img src=x onerror="window.__pwned=1">' };
    }),
  });
  setBuiltInIndex(new URL(`${BUILT_IN}index.json`, document.baseURI));
});

afterEach(() => {
  stopServing();
  document.body.replaceChildren();
});

describe('<pk-agreement-status> with the built-in data', () => {
  it('shows the 2026–2029 agreement: Rantasalmi approved by KHALL 3.11.2025 § 331, the other parties still to act', async () => {
    const el = await mountShown({ attributes: { date: '2026-03-01' } });
    expect(text(root(el).querySelector('[part="title"]'))).toBe(
      'Etelä-Savon perhekeskustoiminnan yhteistyösopimus vuosille 2026–2029',
    );
    expect(root(el).querySelector('[part="title"]')!.tagName).toBe('H3');
    expect(text(root(el).querySelector('.period'))).toBe('Sopimuskausi 1.1.2026–31.12.2029 · Tilanne 1.3.2026');
    expect([...root(el).querySelectorAll('[part~="count"]')].map(text)).toEqual([
      '0 allekirjoittanut',
      '1 hyväksynyt, ei vielä allekirjoittanut',
      '0 hylännyt',
      '12 vielä toimimatta',
    ]);
    expect(text(root(el).querySelector('[part="entry"]'))).toMatch(
      /^Voimaantulopäivää ei voi vielä tietää: osapuolten luettelo on osittainen/,
    );
    const rantasalmi = row(el, 'Rantasalmen kunta')!;
    const cells = [...rantasalmi.querySelectorAll('td')].map((td) => text(td).replace(/^[^:]+: /, ''));
    expect(cells.slice(0, 4)).toEqual([
      'Hyväksynyt',
      'KHALL Kunnanhallitus',
      '3.11.2025',
      '§ 331dnro 441/00.04.02/2025',
    ]);
    expect(cells[4]).toMatch(
      /^hyväksytty 29\.9\.2025 HYSIVLTK Hyvinvointi- ja sivistyslautakunta § 85: esitetty toiselle toimielimelle$/,
    );
    expect(rows(el)).toHaveLength(13);
    expect(rows(el).filter((r) => r.getAttribute('part') === 'row to-act')).toHaveLength(12);
    expect(text(row(el, 'Mikkelin kaupunki'))).toContain('Ei päätöstä');
    expect(text(root(el).querySelector('[part="status"]'))).toBe('Alue: Etelä-Savo');
  });

  it('leaves out what was decided after the day', async () => {
    const el = await mountShown({ attributes: { date: '2025-10-01' } });
    expect(row(el, 'Rantasalmen kunta')!.getAttribute('part')).toBe('row to-act');
  });

  it('has a caption, column headers and row headers, and no axe violations', async () => {
    const el = await mountShown({ attributes: { date: '2026-03-01' } });
    expect(text(root(el).querySelector('caption'))).toBe(
      'Etelä-Savon perhekeskustoiminnan yhteistyösopimus vuosille 2026–2029: osapuolten päätökset ja allekirjoitukset',
    );
    expect(root(el).querySelectorAll('thead th[scope="col"]')).toHaveLength(8);
    expect(root(el).querySelectorAll('tbody th[scope="row"]')).toHaveLength(13);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('speaks Swedish and English by the page’s language', async () => {
    const sv = await mountShown({ lang: 'sv-FI', attributes: { date: '2026-03-01' } });
    expect(text(row(sv, 'Rantasalmi kommun')!.querySelector('td'))).toContain('Godkänt');
    expect(text(root(sv).querySelector('[part="entry"]'))).toMatch(
      /^Dagen för ikraftträdandet kan ännu inte vara känd/,
    );
    const en = await mountShown({ lang: 'en', attributes: { date: '2026-03-01' } });
    expect(text(root(en).querySelector('.period'))).toBe('Period 1 Jan 2026–31 Dec 2029 · Status on 1 Mar 2026');
    expect(text(row(en, 'Municipality of Rantasalmi'))).toContain('Municipal board');
  });
});

describe('<pk-agreement-status> with a county’s published folder', () => {
  it('reads the example county: a pending signature and its signer, Swedish names marked in a Finnish page', async () => {
    const el = await mountShown({ attributes: { src: `${COUNTY}index.json`, date: '2026-03-01' } });
    expect(text(root(el).querySelector('[part="status"]'))).toBe('Alue: Pohjanmaa (esimerkki) esimerkkiaineisto');
    const korsholm = rows(el).find((r) => r.getAttribute('part') === 'row approved')!;
    expect(text(korsholm.querySelector('th'))).toBe('Mustasaaren kunta');
    // Folkhälsan has a Swedish name only: it is marked as Swedish in the Finnish widget.
    expect(row(el, 'Folkhälsan i Österbotten')!.querySelector('th span[lang="sv"]')).not.toBeNull();
    // The signers' posts are in Swedish only too.
    expect(korsholm.querySelector('td span[lang="sv"]')).not.toBeNull();
    expect(text(korsholm)).toContain('bildningsdirektören');
    expect(text(korsholm)).toContain('Odottaa allekirjoitusta');
    expect(text(root(el).querySelector('[part="entry"]'))).toBe(
      'Sopimus tulee voimaan, kun kaikki ovat allekirjoittaneet; 2 osapuolta ei ole vielä allekirjoittanut.',
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows the entry-into-force date once the last party has signed', async () => {
    const el = await mountShown({
      lang: 'en',
      attributes: { src: '/pk-agreements-all-signed/index.json', date: '2026-03-02' },
    });
    expect(text(root(el).querySelector('[part="entry"]'))).toBe(
      'The agreement enters into force on 1 Mar 2026: every party has signed.',
    );
  });

  it('names the row and field of bad data, in the page’s language, and leaves the bad agreement out', async () => {
    const el = await mountWithAlert({ lang: 'en', attributes: { src: '/pk-agreements-bad/index.json' } });
    expect(text(alert(el))).toContain('The agreement data has errors (1).');
    expect(text(alert(el))).toContain('agreements.json: agreements[0] (osterbotten-2026): field decisions[0].date');
    expect(text(alert(el))).toContain('The agreement could not be shown.');
    expect(rows(el)).toHaveLength(0);
  });

  it('shows text from the data as text, never as markup', async () => {
    const el = await mountShown({ attributes: { src: '/pk-agreements-markup/index.json' } });
    await injectedMarkupSettled();
    expect(root(el).querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(el.shadowRoot!.textContent).toContain('<img src=x onerror="window.__pwned=1">');
  });

  it('says why it failed to load and retries from the keyboard', async () => {
    const el = await mountWithAlert({ attributes: { src: '/pk-agreements-missing/index.json' } });
    expect(text(alert(el))).toContain('Sopimustietoja ei voitu ladata. Palvelin vastasi virheellä (HTTP 404).');
    const retry = root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    retry.focus();
    await userEvent.keyboard('{Enter}');
    // The load fails again: focus comes back to the new "Try again", not to the page.
    await until(() => expect(root(el).activeElement?.getAttribute('part')).toBe('retry-button'));
  });
});

describe('<pk-agreement-status> attributes', () => {
  it('names a bad date in the page’s language and shows today’s status instead', async () => {
    const el = await mountShown({ lang: 'sv', attributes: { date: '2026-02-30' } });
    expect(text(alert(el))).toContain(
      'Attributet date: dagen ska anges som ÅÅÅÅ-MM-DD (t.ex. 2026-03-01); nu ”2026-02-30”.',
    );
  });

  it('names an unknown agreement and lists the ones there are', async () => {
    const el = await mountWithAlert({ lang: 'en', attributes: { agreement: 'nowhere' } });
    await until(() => expect(text(alert(el))).toContain('Attribute agreement'));
    expect(text(alert(el))).toContain(
      'Attribute agreement: there is no agreement “nowhere”; the agreements: etela-savo-2022-2023, etela-savo-2023-2024, etela-savo-2024-2025, etela-savo-2026-2029.',
    );
    expect(rows(el)).toHaveLength(0);
  });

  it('shows an older agreement by its id, with the heading level asked for', async () => {
    const el = await mountShown({
      attributes: { agreement: 'etela-savo-2024-2025', date: '2025-01-01', 'heading-level': '2' },
    });
    expect(root(el).querySelector('[part="title"]')!.tagName).toBe('H2');
    expect(text(row(el, 'Juvan kunta'))).toContain('SIVLTK Sivistyslautakunta');
    expect(text(row(el, 'Juvan kunta'))).toContain('sivistysjohtaja');
  });
});

describe('<pk-agreement-status> layout and themes', () => {
  it('reflows at 320 CSS pixels without horizontal scrolling', async () => {
    const el = await mountShown({ width: '320px', attributes: { date: '2026-03-01' } });
    const right = el.getBoundingClientRect().right;
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    for (const node of root(el).querySelectorAll<HTMLElement>('.summary, table, tbody tr, tbody th, td')) {
      expect(node.getBoundingClientRect().right, node.tagName).toBeLessThanOrEqual(right + 0.5);
      expect(node.scrollWidth, node.tagName).toBeLessThanOrEqual(node.clientWidth + 1);
    }
    // Each cell says what it is, since the column headers are out of sight.
    expect(getComputedStyle(root(el).querySelector('.cell-label')!).display).toBe('inline');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('uses the system colours in forced-colors mode', async () => {
    await commands.emulateForcedColors(true);
    try {
      const el = await mountShown({ attributes: { date: '2026-03-01' } });
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(root(el).querySelector('.state.approved')!).color).toBe(canvasText);
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      await commands.emulateForcedColors(false);
    }
  });
});

describe('<pk-agreement-status> registration', () => {
  it('registers the tag once and tolerates a second registration', () => {
    expect(customElements.get('pk-agreement-status')).toBe(AgreementStatusElement);
    class Other extends HTMLElement {}
    expect(() => defineOnce('pk-agreement-status', Other)).not.toThrow();
    expect(customElements.get('pk-agreement-status')).toBe(AgreementStatusElement);
  });
});

describe('<pk-agreement-status> today', () => {
  it('shows the status of today in Helsinki when no date is given', async () => {
    const { helsinkiToday } = await import('@perhekeskus/core');
    const finnish = (iso: string) => iso.split('-').map(Number).reverse().join('.');
    const before = finnish(helsinkiToday());
    const el = await mountShown();
    const after = finnish(helsinkiToday());
    // Either day, should the test run over midnight in Helsinki.
    expect([`Tilanne ${before}`, `Tilanne ${after}`]).toContain(
      text(root(el).querySelector('.period')).split(' · ')[1],
    );
  });
});
