import type { YearClockRing } from '@perhekeskus/core';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { messages } from '../../i18n/year-clock/index.js';
import { setBuiltInIndex } from '../../internal/built-in.js';
import { defineOnce } from '../../internal/define.js';
import './year-clock.js';
import { injectedMarkupSettled } from '../../test/injection.js';
import { builtInIndex, serveBuiltIn } from './fixtures/built-in.js';
import { type PkEntrySelectEvent, YearClockElement } from './year-clock.component.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
    emulatePrintMedia: () => Promise<void>;
    resetPrintMedia: () => Promise<void>;
  }
}

/** Tuesday 10 March 2026: the day the tests treat as today. */
const TODAY = '2026-03-10';

// Literal paths: Vite rewrites `new URL('./…', import.meta.url)` to the address it serves the file at.
/** A valid JSON file of rings in the older single-file format, served by the test server from this folder. */
const RINGS_URL = new URL('./fixtures/rings.json', import.meta.url).pathname;
/** Another county's published folder (invented example data, Ostrobothnia). */
const COUNTY_URL = new URL('./fixtures/county/index.json', import.meta.url).pathname;
/** A manifest of a format version this widget does not know. */
const BAD_MANIFEST_URL = new URL('./fixtures/bad-manifest/index.json', import.meta.url).pathname;

interface MountOptions {
  lang?: string;
  width?: string;
  attributes?: Record<string, string>;
  rings?: unknown;
  /** A focusable button before the widget, to Tab from. */
  before?: boolean;
}

async function mount(options: MountOptions = {}): Promise<YearClockElement> {
  const host = document.createElement('div');
  if (options.lang) host.lang = options.lang;
  if (options.width) host.style.width = options.width;
  document.body.append(host);
  if (options.before) {
    const button = document.createElement('button');
    button.textContent = 'Before';
    button.id = 'before';
    host.append(button);
  }
  const el = document.createElement('pk-year-clock');
  el.setAttribute('today', TODAY);
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  if ('rings' in options) el.rings = options.rings;
  host.append(el);
  await el.updateComplete;
  return el;
}

/** Two small rings of invented entries; the first has an entry over the new year. */
function testRings(): YearClockRing[] {
  return [
    {
      id: 'meetings',
      label: { fi: 'Kokoukset', sv: 'Möten', en: 'Meetings' },
      entries: [
        {
          id: 'winter',
          window: { from: 11, to: 2 },
          title: { fi: 'Talvikokous', sv: 'Vintermöte', en: 'Winter meeting' },
          topics: [{ fi: 'Budjetti', sv: 'Budget', en: 'Budget' }],
          mode: 'remote',
        },
        { id: 'summer', window: { from: 6, to: 6 }, title: { fi: 'Kesäkokous' } },
      ],
    },
    {
      id: 'reports',
      label: { fi: 'Raportit' },
      entries: [{ id: 'annual', window: { from: 3, to: 4 }, title: { fi: 'Vuosiraportti' } }],
    },
  ];
}

const root = (el: YearClockElement) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const arcs = (el: YearClockElement) => [...root(el).querySelectorAll<SVGPathElement>('[part~="arc"]')];
const arcNames = (el: YearClockElement) => arcs(el).map((arc) => arc.getAttribute('aria-label'));
const months = (el: YearClockElement) => [...root(el).querySelectorAll('[part~="month"]')];
const monthLabels = (el: YearClockElement) => [...root(el).querySelectorAll('[part="month-label"]')].map(text);
const rows = (el: YearClockElement) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
const rowTitles = (el: YearClockElement) => rows(el).map((tr) => text(tr.querySelector('th span')));
const alert = (el: YearClockElement) => root(el).querySelector('[role="alert"]');
const status = (el: YearClockElement) => root(el).querySelector<HTMLElement>('[part="status"]');
const details = (el: YearClockElement) => root(el).querySelector('[part="details"]')!;
const toggle = (el: YearClockElement) => root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
const tableWrap = (el: YearClockElement) => root(el).querySelector<HTMLElement>('.table-wrap')!;
const caption = (el: YearClockElement) => text(root(el).querySelector('caption'));

async function until(check: () => void): Promise<void> {
  await vi.waitFor(check, { timeout: 5_000, interval: 20 });
}

/** Mounts a clock and waits for its arcs (by default the built-in relationship-support year clock). */
async function mountDrawn(options: MountOptions = {}): Promise<YearClockElement> {
  const el = await mount(options);
  await until(() => expect(arcs(el).length).toBeGreaterThan(0));
  return el;
}

/** Mounts a clock and waits until loading has ended (drawn, or a notice shown). */
async function mountLoaded(options: MountOptions = {}): Promise<YearClockElement> {
  const el = await mount(options);
  await until(() => expect(arcs(el).length > 0 || alert(el) !== null || root(el).querySelector('.clock')).toBeTruthy());
  return el;
}

/** Runs axe on the widget (shadow DOM included) for WCAG 2.1 A and AA; returns the violations. */
async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The computed value of a system colour keyword, via a probe element. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** A `fetch` that answers the first request for `match` never (until aborted), and passes the rest on. */
function stallFirst(match: string): { calls: () => number; restore: () => void } {
  const realFetch = window.fetch;
  let calls = 0;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes(match)) return realFetch(input, init);
    calls += 1;
    if (calls > 1) return realFetch(input, init);
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
  };
  return { calls: () => calls, restore: () => (window.fetch = realFetch) };
}

let stopServing: () => void = () => {};

beforeEach(() => {
  // The test page says lang="en"; without it the widget's own default (Finnish) applies.
  document.documentElement.removeAttribute('lang');
  stopServing = serveBuiltIn();
  setBuiltInIndex(builtInIndex());
});

afterEach(() => {
  document.body.replaceChildren();
  stopServing();
  vi.restoreAllMocks();
});

describe('<pk-year-clock> built-in data (relationship support by default)', () => {
  it('draws twelve month sectors and one arc per entry of the year clock in 002, and names the region', async () => {
    const el = await mountDrawn();
    expect(months(el)).toHaveLength(12);
    expect(monthLabels(el)).toEqual([
      'tammi',
      'helmi',
      'maalis',
      'huhti',
      'touko',
      'kesä',
      'heinä',
      'elo',
      'syys',
      'loka',
      'marras',
      'joulu',
    ]);
    // Four development-group windows and the network's two regional meetings (002).
    expect(arcs(el)).toHaveLength(6);
    const windows = rows(el).map((tr) => text(tr.querySelectorAll('td')[0]).replace('Ajankohta: ', ''));
    expect(windows).toEqual([
      'Tammi–helmikuu',
      'Huhti–toukokuu',
      'Elo–syyskuu',
      'Marras–joulukuu',
      'Maalis–huhtikuu',
      'Lokakuu',
    ]);
    expect(arcNames(el)[0]).toBe(
      'Kehittäjäryhmän tapaaminen (tammi–helmikuu), tammi–helmikuu, Parisuhteen tuen ja eroauttamisen vuosikello',
    );
    expect(arcNames(el)[5]).toBe(
      'Maakunnallinen tapaaminen (lokakuu), lokakuu, Parisuhteen tuen ja eroauttamisen kehittäjäverkosto',
    );
    const legend = [...root(el).querySelectorAll('[part="legend"] li')].map(text);
    expect(legend).toEqual([
      '1 Parisuhteen tuen ja eroauttamisen vuosikello',
      '2 Parisuhteen tuen ja eroauttamisen kehittäjäverkosto',
    ]);
    expect(caption(el)).toBe('Parisuhteen tuen ja eroauttamisen vuosikello taulukkona');
    // The status line names the region the data is of, so a page that forgot `src` notices at once.
    expect(text(status(el))).toBe('Alue: Etelä-Savo');
    expect(alert(el)).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('draws each arc over its months: January–February between 0° and 60°, clockwise from the top', async () => {
    const el = await mountDrawn();
    // The path starts on the outer radius at the arc's start angle. The layout is as wide as the widget
    // (400 before it is measured): its side is the viewBox's height, the centre in the middle.
    const c = Number(root(el).querySelector('svg')!.getAttribute('viewBox')!.split(' ')[3]) / 2;
    const start = /^M([\d.]+) ([\d.]+)/.exec(arcs(el)[0]!.getAttribute('d')!)!;
    const angle = (Math.atan2(Number(start[1]) - c, c - Number(start[2])) * 180) / Math.PI;
    expect(angle).toBeCloseTo(0.75, 1);
    const box = arcs(el)[0]!.getBBox();
    // Right of the centre and in the top half: the first two months.
    expect(box.x).toBeGreaterThanOrEqual(c - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(c + 1);
  });

  it('marks today with a line and names it in the legend; arcs whose months include today say so', async () => {
    const el = await mountDrawn();
    const marker = root(el).querySelector('[part="today"]');
    expect(marker).not.toBeNull();
    expect(text(marker?.querySelector('title'))).toBe('Tänään 10.3.2026');
    expect(text(root(el).querySelector('.today-legend'))).toBe('Tänään 10.3.2026');
    expect(root(el).querySelectorAll('[part="month current"]')).toHaveLength(1);
    expect(months(el).indexOf(root(el).querySelector('[part="month current"]')!)).toBe(2);
    const current = arcs(el).filter((arc) => arc.getAttribute('part')?.split(' ').includes('current'));
    expect(current.map((arc) => arc.getAttribute('aria-label'))).toEqual([
      'Maakunnallinen tapaaminen (maalis–huhtikuu), maalis–huhtikuu, Parisuhteen tuen ja eroauttamisen kehittäjäverkosto, meneillään',
    ]);
    // March 10th: 60° + 30° × 9.5 / 31 clockwise from the top.
    const line = root(el).querySelector<SVGLineElement>('.today-line')!;
    const c = Number(root(el).querySelector('svg')!.getAttribute('viewBox')!.split(' ')[3]) / 2;
    const angle =
      (Math.atan2(Number(line.getAttribute('x2')) - c, c - Number(line.getAttribute('y2'))) * 180) / Math.PI;
    expect(angle).toBeCloseTo(60 + (30 * 9.5) / 31, 1);
  });

  it('moves the today marker when `today` changes', async () => {
    const el = await mountDrawn();
    el.today = '2026-10-15';
    await el.updateComplete;
    expect(text(root(el).querySelector('.today-legend'))).toBe('Tänään 15.10.2026');
    expect(months(el).indexOf(root(el).querySelector('[part="month current"]')!)).toBe(9);
  });

  it('treats a `today` that is no real day as unset: the clock is drawn, marked at the real today', async () => {
    const el = await mountDrawn();
    const drawn = arcs(el).length;
    el.today = undefined;
    await el.updateComplete;
    const unset = text(root(el).querySelector('.today-legend'));
    el.today = '2026-02-30';
    await el.updateComplete;
    expect(arcs(el)).toHaveLength(drawn);
    expect(text(root(el).querySelector('.today-legend'))).toBe(unset);
    expect(root(el).querySelectorAll('[part="month current"]')).toHaveLength(1);
  });

  it('reads only the manifest and the year clock’s file of the built-in data, and never loads the door check', async () => {
    const requested: string[] = [];
    const realFetch = window.fetch;
    vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
      requested.push(String(input));
      return realFetch(input, init);
    });
    await mountDrawn();
    expect(requested.map((url) => new URL(url).pathname)).toEqual([
      '/pk-year-clock-built-in/index.json',
      '/pk-year-clock-built-in/year-clocks/relationship-support-year-clock.json',
    ]);
    // The built-in data was checked when it was built: the validators' module is not even requested.
    const modules = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(modules.some((name) => name.includes('year-clock.checks'))).toBe(false);
  });

  it('says where to point `src` when the page has no built-in data', async () => {
    // A build without the embed (the npm modules) has no built-in folder.
    setBuiltInIndex(undefined as unknown as URL);
    const el = await mount();
    await until(() => expect(alert(el)).not.toBeNull());
    expect(text(alert(el))).toContain('Määrite src: vuosikellolle ei ole annettu tietoja');
    expect(root(el).querySelector('svg')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('<pk-year-clock> evaluation source', () => {
  it('draws the 2027 evaluation calendar with the family survey and without the municipal survey', async () => {
    const el = await mountDrawn({ attributes: { source: 'evaluation', year: '2027' } });
    const titles = rowTitles(el);
    expect(titles).toContain('Perheiden kysely');
    expect(titles).not.toContain('Kuntakohtainen monitoimijainen arviointikysely');
    expect(arcs(el)).toHaveLength(rows(el).length);
    const survey = rows(el).find((tr) => text(tr.querySelector('th span')) === 'Perheiden kysely')!;
    expect(text(survey.querySelectorAll('td')[0])).toContain('Syys–marraskuu');
    expect(text(survey.querySelectorAll('td')[1])).toContain('Arviointi ja seuranta');
    expect(text(root(el).querySelector('.hub'))).toBe('2027');
    expect(caption(el)).toBe('Arvioinnin ja seurannan vuosikello 2027 taulukkona');
    // Today (2026) is not in 2027: no marker.
    expect(root(el).querySelector('[part="today"]')).toBeNull();
    expect(root(el).querySelector('[part="month current"]')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('draws the municipal survey in 2026 and 2028 but not the family survey', async () => {
    for (const year of ['2026', '2028']) {
      const el = await mountDrawn({ attributes: { source: 'evaluation', year } });
      expect(rowTitles(el)).toContain('Kuntakohtainen monitoimijainen arviointikysely');
      expect(rowTitles(el)).not.toContain('Perheiden kysely');
    }
  });

  it('uses this year without a `year`, and marks today in it', async () => {
    const el = await mountDrawn({ attributes: { source: 'evaluation' } });
    expect(text(root(el).querySelector('.hub'))).toBe('2026');
    expect(root(el).querySelector('[part="today"]')).not.toBeNull();
  });

  it('names the `year` attribute when it is outside the calendar, and shows this year instead', async () => {
    const el = await mountDrawn({ attributes: { source: 'evaluation', year: '1900' } });
    expect(text(alert(el))).toContain('Määrite year: pienin sallittu arvo on 1922.');
    expect(text(root(el).querySelector('.hub'))).toBe('2026');
  });

  it('says which years the published data covers when `year` is not one of them', async () => {
    const el = await mountLoaded({ attributes: { source: 'evaluation', year: '2031' } });
    await until(() => expect(alert(el)).not.toBeNull());
    expect(text(alert(el))).toContain(
      'Määrite year: julkaistut tiedot kattavat vain vuodet 2026, 2027, 2028; saatiin ”2031”.',
    );
    expect(arcs(el)).toHaveLength(0);
  });
});

describe('<pk-year-clock> groups source', () => {
  it('draws one ring per named group from its published meetings of the year, each over its month', async () => {
    const el = await mountDrawn({
      attributes: { groups: 'relationship-support-mikkeli, relationship-support-network' },
    });
    // The Mikkeli group meets four times a year, the network twice.
    expect(arcs(el)).toHaveLength(6);
    expect(root(el).querySelectorAll('[role="listbox"] > [role="group"]')).toHaveLength(2);
    expect(arcNames(el)[0]).toBe(
      'Kehittäjäryhmän tapaaminen (tammi–helmikuu), tammikuu, Mikkelin seudun parisuhteen tuen ja eroauttamisen kehittäjäryhmä',
    );
    expect(text(root(el).querySelector('.hub'))).toBe('2026');
    expect(caption(el)).toBe('Vuosikello taulukkona');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('reports an unknown group by name and still draws the others', async () => {
    const el = await mountDrawn({ attributes: { groups: 'relationship-support-savonlinna,no-such-group' } });
    expect(arcs(el)).toHaveLength(4);
    expect(text(alert(el))).toContain('Määrite groups: ryhmää ”no-such-group” ei ole julkaistuissa tiedoissa.');
  });

  it('says the clock is empty when there are no entries', async () => {
    const el = await mount({ rings: [] });
    await until(() => expect(text(root(el).querySelector('.clock'))).toContain('Vuosikellossa ei ole merkintöjä.'));
    expect(months(el)).toHaveLength(12);
    expect(root(el).querySelector('[role="listbox"]')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('names an unknown `source` and the allowed ones, and draws the year clock', async () => {
    const el = await mountDrawn({ attributes: { source: 'agreements' } });
    expect(text(alert(el))).toContain(
      'Määrite source: sallitut arvot: year-clock, evaluation, plan; saatiin ”agreements”.',
    );
    expect(arcs(el)).toHaveLength(6);
  });
});

describe('<pk-year-clock> rings property', () => {
  it('draws rings given as a property, ring by ring, a window over the new year included', async () => {
    const el = await mountDrawn({ rings: testRings(), lang: 'en' });
    expect(arcs(el)).toHaveLength(3);
    // Ring by ring, in order of the first month; Swedish and English fall back to Finnish, the source language.
    expect(arcNames(el)).toEqual([
      'Kesäkokous, June, Meetings',
      'Winter meeting, November–February, Meetings',
      'Vuosiraportti, March–April, Raportit, under way',
    ]);
    expect(alert(el)).toBeNull();
    // Rings given by the page belong to no published region.
    expect(status(el)).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('reports an invalid ring by its field in an alert and keeps the valid ones', async () => {
    const bad = {
      id: 'bad',
      label: { fi: 'Huono' },
      entries: [{ id: 'x', window: { from: 13, to: 2 }, title: { fi: 'X' } }],
    };
    const el = await mountDrawn({ rings: [...testRings(), bad] });
    expect(arcs(el)).toHaveLength(3);
    const message = text(alert(el));
    expect(message).toContain('Vuosikellon tiedoissa on virheitä (1).');
    expect(message).toContain('Virheettömät kehät (2) näytetään');
    expect(message).toContain('Kehä 3 (”Huono”): kenttä entries[0].window.from: arvon pitää olla enintään 12.');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('names missing, unknown and duplicate fields clearly, each ring by its number and label in the page’s language', async () => {
    const el = await mountDrawn({
      lang: 'en',
      rings: [
        { id: 'a', label: { fi: 'A' }, entries: [{ id: 'x', window: { from: 1, to: 2 } }] },
        { id: 'b', label: { fi: 'B' }, entries: [], colour: 'red' },
        { id: 'Not An Id', label: { fi: 'C' }, entries: [] },
        ...testRings().slice(0, 1),
        ...testRings().slice(0, 1),
      ],
    });
    const message = text(alert(el));
    // Core's one catalogue words them, by code (issue 13): never the English messages of the schemas.
    expect(message).toContain(
      'Ring 1 (“A”): field entries[0].title: a required value is missing; it must be an object.',
    );
    expect(message).toContain('Ring 2 (“B”): unknown field “colour”; check the spelling or remove the field.');
    expect(message).toContain(
      'Ring 3 (“C”): field id: an id may contain only lower-case letters a–z, digits 0–9 and hyphens (e.g. perhekahvila-juva); got “Not An Id”.',
    );
    expect(message).toContain('Ring 5 (“Meetings”): field id: the id “meetings” is already used by an earlier row.');
    expect(arcs(el)).toHaveLength(2);
  });

  it('says the data is unusable when it is not a list of rings, without throwing into the page', async () => {
    const errors: ErrorEvent[] = [];
    const onError = (event: ErrorEvent) => errors.push(event);
    window.addEventListener('error', onError);
    const el = await mount({ rings: 'not rings' });
    await until(() =>
      expect(text(alert(el))).toContain(
        'odotettiin listaa tai objektia, jossa on kenttä rings; mitään ei voitu lukea.',
      ),
    );
    expect(text(alert(el))).toContain('Vuosikelloa ei voida näyttää.');
    el.rings = null;
    await el.updateComplete;
    el.rings = { rings: 42 };
    await until(() =>
      expect(text(alert(el))).toContain('Aineisto: kenttä rings: arvon pitää olla lista, mutta se on luku.'),
    );
    window.removeEventListener('error', onError);
    expect(errors).toHaveLength(0);
    expect(root(el).querySelector('svg')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('renders hostile titles, labels and topics as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pkHacked=1">';
    const el = await mountDrawn({
      rings: [
        {
          id: 'hostile',
          label: { fi: `<script>window.__pkHacked=1</script>${hostile}` },
          entries: [{ id: 'x', window: { from: 5, to: 5 }, title: { fi: hostile }, topics: [{ fi: hostile }] }],
        },
      ],
      attributes: { 'show-table': '' },
    });
    await userEvent.click(arcs(el)[0]!);
    await injectedMarkupSettled();
    expect(root(el).querySelector('img, script')).toBeNull();
    expect(arcNames(el)[0]).toContain(hostile);
    expect(rowTitles(el)).toEqual([hostile]);
    expect(text(details(el))).toContain(hostile);
    expect((window as { __pkHacked?: number }).__pkHacked).toBeUndefined();
  });

  it('keeps the given rings untouched', async () => {
    const rings = testRings();
    const copy = structuredClone(rings);
    await mountDrawn({ rings });
    expect(rings).toEqual(copy);
  });
});

describe('<pk-year-clock> src: a single file of the older format', () => {
  it('fetches rings from the configured URL', async () => {
    const el = await mount({ attributes: { src: RINGS_URL } });
    expect(text(status(el))).toBe('Ladataan vuosikelloa…');
    await until(() => expect(arcs(el)).toHaveLength(2));
    expect(rowTitles(el)).toEqual(['Kevätkausi', 'Syyskausi']);
    expect(alert(el)).toBeNull();
    // A single file names no region.
    expect(status(el)).toBeNull();
  });

  it('says a served file is not a list of rings, naming the field', async () => {
    // The finder's places file: JSON, but no rings in it.
    const el = await mount({ attributes: { src: '/__pk__/places.json' } });
    await until(() => expect(alert(el)).not.toBeNull());
    expect(text(alert(el))).toContain('odotettiin listaa tai objektia, jossa on kenttä rings; mitään ei voitu lukea.');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('says when the file is not JSON', async () => {
    const el = await mount({ attributes: { src: '/__pk__/not-json' } });
    await until(() => expect(text(alert(el))).toContain('Tiedosto ei ole kelvollista JSON-muotoa.'));
  });

  it('says when the server fails, in English', async () => {
    const el = await mount({ attributes: { src: '/__pk__/status/500' }, lang: 'en' });
    await until(() => expect(text(alert(el))).toContain('The server answered with an error (HTTP 500).'));
    expect(text(alert(el))).toContain('The year clock could not be loaded.');
    expect(text(root(el).querySelector('[part="retry-button"]'))).toBe('Try again');
  });

  it('says when the fetch fails, loads the file when the user retries, and keeps focus in the widget', async () => {
    const realFetch = window.fetch.bind(window);
    const spy = vi
      .spyOn(window, 'fetch')
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockImplementation((input, init) => realFetch(input, init));
    const el = await mount({ attributes: { src: RINGS_URL } });
    await until(() => expect(text(alert(el))).toContain('Vuosikellon lataaminen epäonnistui.'));
    expect(text(alert(el))).toContain('Tiedostoa ei saatu haettua. Tarkista verkkoyhteys.');
    expect(await axeViolations(el)).toEqual([]);
    const retry = root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(text(retry)).toBe('Yritä uudelleen');
    retry.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(arcs(el)).toHaveLength(2));
    expect(alert(el)).toBeNull();
    expect(spy).toHaveBeenCalledTimes(2);
    expect(String(spy.mock.calls[1]![0])).toContain('/fixtures/rings.json');
    // The button went away with the failure: focus moved to the first entry, not to the page.
    await until(() => expect(root(el).activeElement).toBe(arcs(el)[0]));
    expect(document.activeElement).toBe(el);
  });
});

describe('<pk-year-clock> src: a published folder of another county', () => {
  it('draws the first year clock the manifest lists and names the region in the status line', async () => {
    const el = await mountDrawn({ attributes: { src: COUNTY_URL } });
    expect(text(status(el))).toBe('Alue: Pohjanmaa (esimerkkitietoa)');
    expect(caption(el)).toBe('Perheneuvoston vuosi taulukkona');
    expect(rowTitles(el)).toEqual(['Kevätkokous', 'Syyskokous', 'Vuosiraportti']);
    expect(alert(el)).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('draws the year clock `clock` names, marking its Swedish-only names in a Finnish page', async () => {
    const el = await mountDrawn({ attributes: { src: COUNTY_URL, clock: 'network-year', 'show-table': '' } });
    expect(rowTitles(el)).toEqual(['Höstmöte']);
    expect(root(el).querySelector('caption [lang]')?.getAttribute('lang')).toBe('sv');
    expect(text(root(el).querySelector('caption [lang="sv"]'))).toBe('Nätverkets år');
    expect(root(el).querySelector('[part="legend"] li [lang="sv"]')).not.toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows a Swedish page that has only the tag that county’s year clock in Swedish, and nothing of Etelä-Savo', async () => {
    const el = await mountDrawn({ lang: 'sv', attributes: { src: COUNTY_URL } });
    expect(text(status(el))).toBe('Område: Österbotten (exempeldata)');
    expect(caption(el)).toBe('Familjerådets år som tabell');
    expect(monthLabels(el).slice(0, 3)).toEqual(['jan', 'feb', 'mars']);
    expect(rowTitles(el)).toEqual(['Vårmöte', 'Höstmöte', 'Årsrapport']);
    const all = text(root(el) as unknown as Element) + arcNames(el).join(' ');
    for (const word of ['Etelä-Savo', 'Södra Savolax', 'Parisuhteen', 'parrelationsstöd'])
      expect(all).not.toContain(word);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('lists the year clocks there are when `clock` names none of them', async () => {
    const el = await mountLoaded({ attributes: { src: COUNTY_URL, clock: 'steering-year' } });
    await until(() => expect(alert(el)).not.toBeNull());
    expect(text(alert(el))).toContain(
      'Määrite clock: vuosikelloa ”steering-year” ei ole julkaistuissa tiedoissa; valittavissa: family-council-year, network-year, year-with-errors.',
    );
    expect(root(el).querySelector('svg')).toBeNull();
  });

  it('draws the county’s evaluation calendar of a year from its published entries, by month', async () => {
    const el = await mountDrawn({ attributes: { src: COUNTY_URL, source: 'evaluation', year: '2026' } });
    // The survey that began in November 2025 belongs to 2025; the one beginning in November 2026 wraps over the new year.
    expect(arcNames(el)).toEqual([
      'Toimintakertomus, tammi–helmikuu, Arviointi ja seuranta',
      'Perheiden kysely, marras–helmikuu, Arviointi ja seuranta',
    ]);
  });

  it('draws a group’s meetings of the year, each in its month, with every mode it may have', async () => {
    const el = await mountDrawn({ attributes: { src: COUNTY_URL, groups: 'natverket' } });
    expect(arcNames(el)).toEqual([
      'Vintermöte, helmikuu, Nätverket i Österbotten',
      'Höstmöte, syyskuu, Nätverket i Österbotten',
    ]);
    await userEvent.click(arcs(el)[0]!);
    await el.updateComplete;
    expect(text(details(el))).toContain('Kokousmuoto: etäkokous tai hybridikokous');
  });

  it('checks the files at the door: an invalid ring is named by its file and field, the valid ones drawn', async () => {
    const el = await mountDrawn({ attributes: { src: COUNTY_URL, clock: 'year-with-errors' } });
    expect(arcs(el)).toHaveLength(1);
    expect(text(alert(el))).toContain(
      'year-clocks/year-with-errors.json: Kehä 2 (”Virheellinen”): kenttä entries[0].window.from: arvon pitää olla enintään 12.',
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('checks calendar files at the door with core’s messages, keeping the valid entries', async () => {
    const el = await mountDrawn({ attributes: { src: COUNTY_URL, groups: 'bad-group' } });
    expect(rowTitles(el)).toEqual(['Maaliskuun tapaaminen']);
    expect(text(alert(el))).toContain('groups/bad-group.json: Tapahtuma 2 (”Huhtikuun tapaaminen”)');
  });

  it('refuses a manifest it cannot read, saying why', async () => {
    const el = await mountLoaded({ attributes: { src: BAD_MANIFEST_URL } });
    await until(() => expect(alert(el)).not.toBeNull());
    expect(text(alert(el))).toContain('index.json: kenttä formatVersion');
    expect(text(alert(el))).toContain('Vuosikelloa ei voida näyttää.');
    expect(root(el).querySelector('svg')).toBeNull();
  });
});

describe('<pk-year-clock> under faults', () => {
  it('keeps the last good clock when a refresh fails, and says so', async () => {
    const el = await mountDrawn({ attributes: { src: RINGS_URL } });
    el.src = '/__pk__/status/503';
    await until(() => expect(text(alert(el))).toContain('HTTP 503'));
    expect(rowTitles(el)).toEqual(['Kevätkausi', 'Syyskausi']);
    expect(arcs(el)).toHaveLength(2);
  });

  it('loads again when it is moved in the page while loading', async () => {
    const stall = stallFirst('/fixtures/rings.json');
    try {
      const el = await mount({ attributes: { src: RINGS_URL } });
      await until(() => expect(stall.calls()).toBe(1));
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await until(() => expect(arcs(el)).toHaveLength(2));
      expect(stall.calls()).toBe(2);
      expect(status(el)).toBeNull();
    } finally {
      stall.restore();
    }
  });
});

describe('<pk-year-clock> keyboard and selection', () => {
  it('lets Tab reach the entries once, and the arrow keys, Home and End move between them', async () => {
    const el = await mountDrawn({ before: true });
    document.getElementById('before')!.focus();
    await userEvent.tab();
    const focused = () => root(el).activeElement;
    expect(focused()).toBe(arcs(el)[0]);
    expect(arcs(el).filter((arc) => arc.getAttribute('tabindex') === '0')).toHaveLength(1);
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(focused()).toBe(arcs(el)[1]);
    expect(arcs(el)[1]!.getAttribute('tabindex')).toBe('0');
    expect(arcs(el)[0]!.getAttribute('tabindex')).toBe('-1');
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(focused()).toBe(arcs(el)[2]);
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(focused()).toBe(arcs(el)[1]);
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(focused()).toBe(arcs(el)[5]);
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(focused()).toBe(arcs(el)[5]);
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(focused()).toBe(arcs(el)[0]);
    // Tab leaves the set: the next stop is the table toggle, not the next arc.
    await userEvent.tab();
    expect(focused()).toBe(toggle(el));
  });

  it('chooses the focused entry with Enter, shows its topics and fires pk-entry-select', async () => {
    const el = await mountDrawn({ before: true });
    const events: PkEntrySelectEvent[] = [];
    // On the page around the widget: the event bubbles out of it.
    el.parentElement!.addEventListener('pk-entry-select', (event) => events.push(event));
    expect(text(details(el))).toBe('Valitse merkintä, niin sen aiheet näkyvät tässä.');
    expect(details(el).getAttribute('aria-live')).toBe('polite');
    document.getElementById('before')!.focus();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(events.map((e) => e.detail)).toEqual([
      { entryId: 'local-apr-may', ringId: 'relationship-support-year-clock' },
    ]);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
    expect(arcs(el)[1]!.getAttribute('aria-selected')).toBe('true');
    expect(arcs(el)[1]!.getAttribute('part')).toBe('arc selected');
    expect(arcs(el).filter((arc) => arc.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    expect(text(details(el).querySelector('h3'))).toBe('Kehittäjäryhmän tapaaminen (huhti–toukokuu)');
    expect([...details(el).querySelectorAll('li')].map(text)).toEqual([
      'Syksyn ryhmätoimintojen koonti',
      'Koulutukset (tulevat ja tarve)',
    ]);
    expect(rows(el)[1]!.getAttribute('part')).toBe('row selected');
    // Focus stays on the entry, so the user can go on choosing.
    expect(root(el).activeElement).toBe(arcs(el)[1]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('chooses with Space and with a click, and shows the meeting mode', async () => {
    const el = await mountDrawn();
    const events: PkEntrySelectEvent[] = [];
    el.addEventListener('pk-entry-select', (event) => events.push(event));
    arcs(el)[4]!.focus();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(text(details(el))).toContain('Kokousmuoto: livekokous');
    await userEvent.click(arcs(el)[5]!);
    await el.updateComplete;
    expect(events.map((e) => e.detail.entryId)).toEqual(['regional-mar-apr', 'regional-october']);
    expect(events[1]!.detail.ringId).toBe('relationship-support-network');
    expect(text(details(el).querySelector('h3'))).toBe('Maakunnallinen tapaaminen (lokakuu)');
    expect(text(details(el))).toContain('Kokousmuoto: etäkokous');
    // After a click, Tab comes back to the chosen entry.
    expect(arcs(el)[5]!.getAttribute('tabindex')).toBe('0');
  });

  it('fires no pk-entry-select on load or when attributes and properties change', async () => {
    const events: Event[] = [];
    const listener = (event: Event) => events.push(event);
    document.addEventListener('pk-entry-select', listener);
    const el = await mountDrawn({ rings: testRings() });
    el.rings = testRings().slice(0, 1);
    el.setAttribute('today', '2026-06-01');
    await until(() => expect(arcs(el)).toHaveLength(2));
    document.removeEventListener('pk-entry-select', listener);
    expect(events).toHaveLength(0);
  });

  it('uses the heading level the page asks for in the details panel', async () => {
    const el = await mountDrawn({ rings: testRings(), attributes: { 'heading-level': '2' } });
    arcs(el)[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(text(details(el).querySelector('h2'))).toBe('Talvikokous');
    expect(root(el).querySelector('h3')).toBeNull();
  });
});

describe('<pk-year-clock> table view', () => {
  it('lists the same entries as the clock, in the same order, behind a toggle on wide screens', async () => {
    const el = await mountDrawn({ width: '800px' });
    await el.updateComplete;
    expect(tableWrap(el).hidden).toBe(true);
    expect(toggle(el).getAttribute('aria-expanded')).toBe('false');
    expect(text(toggle(el))).toBe('Näytä taulukkona');
    await userEvent.click(toggle(el));
    await el.updateComplete;
    expect(tableWrap(el).hidden).toBe(false);
    expect(toggle(el).getAttribute('aria-expanded')).toBe('true');
    expect(toggle(el).getAttribute('aria-controls')).toBe(tableWrap(el).id);
    expect(text(toggle(el))).toBe('Piilota taulukko');
    const headers = [...root(el).querySelectorAll('thead th')].map(text);
    expect(headers).toEqual(['Merkintä', 'Ajankohta', 'Kehä', 'Aiheet']);
    expect(rows(el)).toHaveLength(arcs(el).length);
    // Each arc's name starts with the title of the row in the same place.
    const names = arcNames(el);
    for (const [i, title] of rowTitles(el).entries()) expect(names[i]!.startsWith(`${title},`)).toBe(true);
    const first = rows(el)[0]!;
    expect(text(first.querySelectorAll('td')[1])).toBe('Kehä: Parisuhteen tuen ja eroauttamisen vuosikello');
    expect([...first.querySelectorAll('td')[2]!.querySelectorAll('li')].map(text)).toHaveLength(2);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows the table from the start with show-table', async () => {
    const el = await mountDrawn({ width: '800px', attributes: { 'show-table': '' } });
    expect(tableWrap(el).hidden).toBe(false);
    await userEvent.click(toggle(el));
    await el.updateComplete;
    expect(tableWrap(el).hidden).toBe(true);
  });

  it('prints the table and not the controls', async () => {
    const el = await mountDrawn({ width: '800px' });
    const display = (node: Element) => getComputedStyle(node).display;
    // On screen the table waits behind its toggle.
    expect(tableWrap(el).hidden).toBe(true);
    expect(display(tableWrap(el))).toBe('none');
    await commands.emulatePrintMedia();
    try {
      expect(matchMedia('print').matches).toBe(true);
      expect(display(toggle(el))).toBe('none');
      expect(display(toggle(el).parentElement!)).toBe('none');
      for (const control of root(el).querySelectorAll('button, .hint, .details')) {
        expect(display(control), control.outerHTML.slice(0, 60)).toBe('none');
      }
      expect(display(tableWrap(el))).toBe('block');
      expect(display(root(el).querySelector('[part="table"]')!)).toBe('table');
      expect(rows(el)).toHaveLength(6);
      for (const row of rows(el)) expect(row.getBoundingClientRect().height).toBeGreaterThan(0);
    } finally {
      await commands.resetPrintMedia();
    }
    expect(matchMedia('print').matches).toBe(false);
    expect(display(tableWrap(el))).toBe('none');
  });
});

describe('<pk-year-clock> languages', () => {
  it('speaks Swedish under an ancestor with lang="sv-FI"', async () => {
    const el = await mountDrawn({ lang: 'sv-FI' });
    expect(monthLabels(el).slice(0, 3)).toEqual(['jan', 'feb', 'mars']);
    expect(arcNames(el)[0]).toBe(
      'Utvecklingsgruppens möte (januari–februari), januari–februari, Årshjulet för parrelationsstöd och skilsmässohjälp',
    );
    expect(text(rows(el)[0]!.querySelectorAll('td')[0])).toBe('Tidpunkt: Januari–februari');
    expect(text(root(el).querySelector('.today-legend'))).toBe('I dag 10.3.2026');
    expect(text(status(el))).toBe('Område: Södra Savolax');
    expect(text(toggle(el))).toMatch(/tabell/);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('speaks English under an ancestor with lang="en"', async () => {
    const el = await mountDrawn({ lang: 'en' });
    expect(monthLabels(el)).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    expect(arcNames(el)[0]).toBe(
      'Development group meeting (January–February), January–February, Relationship support and separation help year clock',
    );
    expect(text(rows(el)[5]!.querySelectorAll('td')[0])).toBe('When: October');
    expect(text(root(el).querySelector('.today-legend'))).toBe('Today, 10 Mar 2026');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('follows a change of the ancestor’s lang', async () => {
    const el = await mountDrawn({ lang: 'fi' });
    el.parentElement!.lang = 'en';
    await until(() => expect(monthLabels(el)[0]).toBe('Jan'));
    expect(caption(el)).toBe('Relationship support and separation help year clock as a table');
  });
});

describe('<pk-year-clock> names in Finland’s languages and several meeting modes', () => {
  /** A Swedish-speaking network's ring: no Finnish names; its meetings are remote or hybrid. */
  function bilingualRings(): YearClockRing[] {
    return [
      {
        id: 'natverket',
        label: { sv: 'Nätverket i Österbotten' },
        entries: [
          {
            id: 'host',
            window: { from: 9, to: 10 },
            title: { sv: 'Höstmöte', se: 'Čakčačoahkkin' },
            topics: [{ sv: 'Verksamhetsplan' }, { fi: 'Talousarvio', sv: 'Budget' }],
            mode: ['remote', 'hybrid'],
          },
        ],
      },
    ];
  }

  const marked = (node: Element) =>
    [...node.querySelectorAll('[lang]')].map((n) => `${n.getAttribute('lang')}:${text(n)}`);

  it('shows every mode an entry may have, joined by “or”, in the details and the table', async () => {
    const el = await mountDrawn({ rings: bilingualRings(), attributes: { 'show-table': '' } });
    await userEvent.click(arcs(el)[0]!);
    await el.updateComplete;
    expect(text(details(el))).toContain('Kokousmuoto: etäkokous tai hybridikokous');
    expect(text(rows(el)[0]!.querySelector('.mode'))).toBe('(etäkokous tai hybridikokous)');
    el.parentElement!.lang = 'sv';
    await until(() => expect(text(details(el))).toContain('Mötesform: distansmöte eller hybridmöte'));
    el.parentElement!.lang = 'en';
    await until(() => expect(text(rows(el)[0]!.querySelector('.mode'))).toBe('(remote or hybrid)'));
  });

  it('marks Swedish names in a Finnish clock with lang="sv", and only them', async () => {
    const el = await mountDrawn({ rings: bilingualRings(), attributes: { 'show-table': '' } });
    await userEvent.click(arcs(el)[0]!);
    await el.updateComplete;
    expect(text(details(el).querySelector('h3'))).toBe('Höstmöte');
    expect(marked(details(el))).toEqual(['sv:Höstmöte', 'sv:Nätverket i Österbotten', 'sv:Verksamhetsplan']);
    expect([...details(el).querySelectorAll('.topics li')].map(text)).toEqual(['Verksamhetsplan', 'Talousarvio']);
    expect(marked(root(el).querySelector('.legend')!)).toEqual(['sv:Nätverket i Österbotten']);
    expect(marked(rows(el)[0]!)).toEqual(['sv:Höstmöte', 'sv:Nätverket i Österbotten', 'sv:Verksamhetsplan']);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('falls back from English to Swedish, not to the Sámi title', async () => {
    const el = await mountDrawn({ rings: bilingualRings(), lang: 'en', attributes: { 'show-table': '' } });
    expect(rowTitles(el)).toEqual(['Höstmöte']);
    expect(rows(el)[0]!.querySelector('th [lang]')?.getAttribute('lang')).toBe('sv');
    // For English the rule tries Finnish before Swedish.
    expect(marked(rows(el)[0]!)).toContain('fi:Talousarvio');
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('year-clock messages', () => {
  it('has every string in Finnish, Swedish and English, and twelve months in each', () => {
    const keys = Object.keys(messages('fi')).sort();
    for (const locale of ['sv', 'en'] as const) expect(Object.keys(messages(locale)).sort()).toEqual(keys);
    for (const locale of ['fi', 'sv', 'en'] as const) {
      expect(messages(locale).months).toHaveLength(12);
      expect(messages(locale).monthsShort).toHaveLength(12);
    }
  });

  it('writes month windows the way each language does, over the new year too', () => {
    expect(messages('fi').monthRange(11, 2)).toBe('marras–helmikuu');
    expect(messages('fi').monthRange(7, 7)).toBe('heinäkuu');
    expect(messages('sv').monthRange(11, 2)).toBe('november–februari');
    expect(messages('en').monthRange(5, 5)).toBe('May');
  });
});

describe('<pk-year-clock> layout and themes', () => {
  it('reflows at 320 CSS pixels without horizontal scrolling, with the table shown', async () => {
    const el = await mountDrawn({ width: '320px' });
    await until(() => expect(tableWrap(el).hidden).toBe(false));
    expect(toggle(el).getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(arcs(el)[0]!);
    await el.updateComplete;
    const right = el.getBoundingClientRect().right;
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    expect(root(el).querySelector('svg')!.getBoundingClientRect().right).toBeLessThanOrEqual(right + 0.5);
    // (The column headers are visually hidden in this layout: each cell carries its own label.)
    const nodes = root(el).querySelectorAll<HTMLElement>(
      '.clock, .details, .table-wrap, table, tbody tr, tbody th, td',
    );
    for (const node of nodes) {
      expect(node.getBoundingClientRect().right, node.tagName).toBeLessThanOrEqual(right + 0.5);
      expect(node.scrollWidth, node.tagName).toBeLessThanOrEqual(node.clientWidth + 1);
    }
    expect(await axeViolations(el)).toEqual([]);
  });

  it('keeps a long unbroken word in the data from widening the page at 1280 pixels', async () => {
    const { innerWidth: width, innerHeight: height } = window;
    await page.viewport(1280, 900);
    try {
      const word = 'Lastensuojelu'.repeat(30);
      const el = await mountDrawn({
        rings: [
          {
            id: 'long',
            label: { fi: `Kehä ${word}` },
            entries: [
              {
                id: 'x',
                window: { from: 5, to: 6 },
                title: { fi: word },
                description: { fi: word },
                topics: [{ fi: word }],
              },
            ],
          },
        ],
        attributes: { 'show-table': '', label: word },
      });
      await userEvent.click(arcs(el)[0]!);
      await el.updateComplete;
      expect(text(details(el))).toContain(word);
      const { documentElement: html } = document;
      expect(html.clientWidth).toBe(1280);
      expect(html.scrollWidth).toBeLessThanOrEqual(html.clientWidth);
      expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    } finally {
      await page.viewport(width, height);
    }
  });

  it('draws each default ring colour with at least 3:1 contrast against both surfaces', async () => {
    const rings = Array.from({ length: 6 }, (_, i) => ({
      id: `ring-${i + 1}`,
      label: { fi: `Kehä ${i + 1}` },
      entries: [{ id: 'x', window: { from: i + 1, to: i + 1 }, title: { fi: `Merkintä ${i + 1}` } }],
    }));
    const el = await mountDrawn({ rings });
    const surface = getComputedStyle(el).backgroundColor;
    const alt = getComputedStyle(root(el).querySelector('.month.even')!).fill;
    const fills = arcs(el).map((arc) => getComputedStyle(arc).fill);
    expect(new Set(fills).size).toBe(6);
    for (const fill of fills) {
      expect(contrast(fill, surface)).toBeGreaterThanOrEqual(3);
      expect(contrast(fill, alt)).toBeGreaterThanOrEqual(3);
    }
  });

  it('shows focus on an arc in the focus colour, and can be rethemed', async () => {
    const el = await mountDrawn({ before: true });
    el.style.setProperty('--pk-focus', 'rgb(255, 0, 0)');
    el.style.setProperty('--pk-ring-2', 'rgb(0, 80, 0)');
    document.getElementById('before')!.focus();
    await userEvent.tab();
    const focused = root(el).activeElement as SVGElement;
    expect(focused).toBe(arcs(el)[0]);
    // The focus ring follows the arc's shape: a wide stroke in the focus colour.
    expect(getComputedStyle(focused).stroke).toBe('rgb(255, 0, 0)');
    expect(getComputedStyle(focused).strokeWidth).toBe('4px');
    expect(getComputedStyle(arcs(el)[1]!).strokeWidth).toBe('1px');
    expect(getComputedStyle(arcs(el)[4]!).fill).toBe('rgb(0, 80, 0)');
  });

  it('uses system colours for arcs, selection and focus in forced-colors mode', async () => {
    await commands.emulateForcedColors(true);
    try {
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      const el = await mountDrawn({ before: true });
      const arc = getComputedStyle(arcs(el)[2]!);
      expect(arc.fill).toBe(systemColour('ButtonFace'));
      expect(arc.stroke).toBe(systemColour('ButtonText'));
      document.getElementById('before')!.focus();
      await userEvent.tab();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      const focused = getComputedStyle(arcs(el)[0]!);
      expect(focused.stroke).toBe(systemColour('Highlight'));
      expect(focused.strokeWidth).toBe('5px');
      expect(focused.fill).toBe(systemColour('Highlight'));
      expect(getComputedStyle(toggle(el)).borderTopWidth).toBe('2px');
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      await commands.emulateForcedColors(false);
    }
  });
});

describe('<pk-year-clock> registration', () => {
  it('registers the tag once and tolerates a second registration', () => {
    expect(customElements.get('pk-year-clock')).toBe(YearClockElement);
    class Other extends HTMLElement {}
    expect(() => defineOnce('pk-year-clock', Other)).not.toThrow();
    expect(customElements.get('pk-year-clock')).toBe(YearClockElement);
  });
});
