import { entriesToEvents, toICalendar } from '@perhekeskus/core';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { setBuiltInIndex } from '../../internal/built-in.js';
import './calendar.js';
import type { CalendarElement, PkDateSelectEvent, PkEventSelectEvent } from './calendar.component.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
    emulatePrintMedia: () => Promise<void>;
    resetPrintMedia: () => Promise<void>;
  }
}

/** Tuesday 10 March 2026: the day the tests treat as today. */
const TODAY = '2026-03-10';
/** Served over HTTP by the test server (Vite serves the package's files as they are). */
const FIXTURE_URL = '/src/components/calendar/calendar.fixture.json';
/** Published folders (`fixtures/generate.mjs`): the built-in region for 2026, an invented Swedish county. */
const FOLDERS = '/src/components/calendar/fixtures';
const BUILT_IN = `${FOLDERS}/etela-savo/index.json`;
const OSTERBOTTEN = `${FOLDERS}/osterbotten/index.json`;

interface MountOptions {
  lang?: string;
  width?: string;
  attributes?: Record<string, string>;
  entries?: unknown;
  /** Wait until nothing is loading (default); false for a load that never ends. */
  settle?: boolean;
}

/** Builds a fresh calendar in its own container, 60rem wide unless told otherwise, and waits for its data. */
async function mount(options: MountOptions = {}): Promise<CalendarElement> {
  const host = document.createElement('div');
  if (options.lang) host.lang = options.lang;
  host.style.width = options.width ?? '60rem';
  document.body.append(host);
  const el = document.createElement('pk-calendar');
  el.setAttribute('today', TODAY);
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  if ('entries' in options) el.entries = options.entries;
  host.append(el);
  await el.updateComplete;
  if (options.settle !== false) await settled(el);
  return el;
}

/** Waits until the calendar has loaded what it needs (or failed). */
async function settled(el: CalendarElement): Promise<void> {
  await el.updateComplete;
  await until(() => expect(el.shadowRoot!.querySelector('.calendar')!.getAttribute('aria-busy')).toBe('false'));
  await el.updateComplete;
}

interface EntryRow {
  id: string;
  title: { fi?: string; sv?: string; en?: string; se?: string };
  start: string;
  end: string;
  [field: string]: unknown;
}

function entry(id: string, start: string, end: string, extra: Partial<EntryRow> = {}): EntryRow {
  return { id, title: { fi: `Tapahtuma ${id}` }, start, end, ...extra };
}

/** Two events on today (10 March 2026) and one on Thursday 12 March. */
function marchEntries(): { entries: EntryRow[] } {
  return {
    entries: [
      entry('perhekahvila-20260310', '2026-03-10T09:30:00+02:00', '2026-03-10T11:00:00+02:00', {
        title: { fi: 'Perhekahvila', sv: 'Familjecafé', en: 'Family café' },
        mode: 'in-person',
        location: { fi: 'Juvan seurakuntatalo', sv: 'Jockas församlingshem' },
        description: { fi: 'Avoin kaikille lapsiperheille.' },
        url: 'https://example.org/perhekahvila',
      }),
      entry('ohjausryhma-20260310', '2026-03-10T13:00:00+02:00', '2026-03-10T15:00:00+02:00', {
        title: { fi: 'Ohjausryhmän kokous', en: 'Steering group meeting' },
        mode: 'remote',
        groupName: { fi: 'Ohjausryhmä', sv: 'Styrgruppen', en: 'Steering group' },
        topics: [{ fi: 'Toimintasuunnitelma' }],
      }),
      entry('vanhempainilta-20260312', '2026-03-12T15:00:00Z', '2026-03-12T17:00:00Z', {
        title: { fi: 'Vanhempainilta', sv: 'Föräldrakväll', en: "Parents' evening" },
        mode: 'hybrid',
      }),
    ],
  };
}

const root = (el: CalendarElement) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cell = (el: CalendarElement, date: string) =>
  root(el).querySelector<HTMLElement>(`[role="gridcell"][data-date="${date}"]`)!;
const title = (el: CalendarElement) => text(root(el).querySelector('[part="title"]'));
const alert = (el: CalendarElement) => root(el).querySelector('[role="alert"]');
const status = (el: CalendarElement) => text(root(el).querySelector('[part="status"]'));
const HEADINGS = 'h2, h3, h4, h5, h6';
/** The text a cell is named by (its visible content is hidden from assistive technology). */
const cellName = (td: HTMLElement) => text(td.querySelector(':scope > .visually-hidden'));
/** An event's facts as `label: value` pairs. */
const facts = (row: Element | null | undefined) =>
  [...(row?.querySelectorAll('.facts > div') ?? [])].map(
    (d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`,
  );
const focusedDate = (el: CalendarElement) => (root(el).activeElement as HTMLElement | null)?.dataset['date'];
const viewButton = (el: CalendarElement, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part~="view-button"]')].find((b) => text(b) === name)!;
const dialog = (el: CalendarElement) => root(el).querySelector('dialog')!;
const events = (el: CalendarElement, scope = '.screen-view') =>
  [...root(el).querySelectorAll(`${scope} [part~="event"]`)].map((li) => text(li.querySelector('.event-title strong')));

/** Runs axe on the widget (shadow DOM included) for WCAG 2.1 A and AA; returns the violations. */
async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function until(check: () => void): Promise<void> {
  await vi.waitFor(check, { timeout: 5_000, interval: 20 });
}

/** Whether the calendar fits its container without horizontal scrolling. */
function fitsWidth(el: CalendarElement): boolean {
  const calendar = root(el).querySelector<HTMLElement>('.calendar')!;
  return calendar.scrollWidth <= calendar.clientWidth + 1 && el.scrollWidth <= el.clientWidth + 1;
}

/** A structural check of an iCalendar text: balanced BEGIN/END, every line `NAME[;params]:value`. */
function parseICalendar(ics: string): { events: Record<string, string>[] } {
  const lines = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const stack: string[] = [];
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) throw new Error(`Not an iCalendar line: ${line}`);
    const [, name, params, value] = match as unknown as [string, string, string, string];
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') current = {};
    } else if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`Unbalanced END:${value}`);
      if (value === 'VEVENT' && current) events.push(current);
    } else if (current) {
      current[name] = `${params}:${value}`;
    }
  }
  if (stack.length > 0) throw new Error(`Unclosed ${stack.join(', ')}`);
  return { events };
}

beforeAll(async () => {
  // Room for the 60rem calendars: clicks land inside the page.
  await page.viewport(1280, 900);
  // As the embed does: the built-in data is a published folder (here the region's 2026 cut to a few files).
  setBuiltInIndex(new URL(BUILT_IN, document.baseURI));
});

beforeEach(() => {
  // The test page says lang="en"; without it the widget's own default (Finnish) applies.
  document.documentElement.removeAttribute('lang');
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<pk-calendar> month grid', () => {
  it('shows six ISO weeks, Monday first, with week numbers, today marked and one tab stop', async () => {
    const el = await mount({ entries: marchEntries() });
    const grid = root(el).querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-labelledby')).toBe(root(el).querySelector('[part="title"]')!.id);
    expect(title(el)).toBe('Maaliskuu 2026');
    const headers = [...grid.querySelectorAll('thead th')].map((th) => text(th.querySelector('.visually-hidden')));
    expect(headers).toEqual([
      'Viikko',
      'Maanantai',
      'Tiistai',
      'Keskiviikko',
      'Torstai',
      'Perjantai',
      'Lauantai',
      'Sunnuntai',
    ]);
    const rows = [...grid.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.querySelectorAll('[role="gridcell"]').length === 7)).toBe(true);
    // 1 March 2026 is a Sunday: the grid starts on Monday 23 February, ISO week 9.
    expect(rows.map((row) => text(row.querySelector('th [aria-hidden="true"]')))).toEqual([
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
    ]);
    expect(text(rows[0]!.querySelector('th .visually-hidden'))).toBe('viikko 9');
    expect(rows[0]!.querySelector('[role="gridcell"]')!.getAttribute('data-date')).toBe('2026-02-23');
    expect(cell(el, '2026-02-23').getAttribute('part')).toBe('day outside');

    const today = cell(el, TODAY);
    expect(today.getAttribute('aria-current')).toBe('date');
    expect(today.getAttribute('part')).toBe('day today');
    expect(cellName(today)).toBe('tiistai 10. maaliskuuta 2026, 2 tapahtumaa');
    expect(cellName(cell(el, '2026-03-12'))).toBe('torstai 12. maaliskuuta 2026, 1 tapahtuma');
    expect(cellName(cell(el, '2026-03-11'))).toBe('keskiviikko 11. maaliskuuta 2026');
    // What a screen reader hears: the hidden text, not the visible day number and titles.
    axe.setup(el);
    try {
      const accessibleText = (axe.commons.text as unknown as { accessibleText: (e: Element) => string }).accessibleText;
      expect(accessibleText(today)).toBe('tiistai 10. maaliskuuta 2026, 2 tapahtumaa');
    } finally {
      axe.teardown();
    }
    const stops = [...grid.querySelectorAll('[tabindex="0"]')];
    expect(stops).toEqual([today]);
    expect(root(el).querySelectorAll('[aria-current="date"]')).toHaveLength(1);
    // The cell shows the times in Helsinki time; 15:00Z is 17.00 in March (EET).
    expect(text(today.querySelector('.cell-events'))).toBe('9.30 Perhekahvila 13.00 Ohjausryhmän kokous');
    expect(text(cell(el, '2026-03-12').querySelector('.cell-events'))).toBe('17.00 Vanhempainilta');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('walks the grid with the keyboard: arrows, Home/End, Page Up/Down, Shift for years, across months', async () => {
    const el = await mount({ entries: marchEntries() });
    cell(el, TODAY).focus();
    const press = async (keys: string, date: string) => {
      await userEvent.keyboard(keys);
      // The focus moves once the grid has drawn: wait for it rather than assume one update is enough.
      await until(() => expect(focusedDate(el)).toBe(date));
      expect(root(el).querySelectorAll('[role="gridcell"][tabindex="0"]')).toHaveLength(1);
      expect(cell(el, date).tabIndex).toBe(0);
    };
    await press('{ArrowRight}', '2026-03-11');
    await press('{ArrowDown}', '2026-03-18');
    await press('{ArrowLeft}', '2026-03-17');
    await press('{ArrowUp}', '2026-03-10');
    await press('{Home}', '2026-03-09');
    await press('{End}', '2026-03-15');
    await press('{PageDown}', '2026-04-15');
    expect(title(el)).toBe('Huhtikuu 2026');
    await press('{PageUp}', '2026-03-15');
    expect(title(el)).toBe('Maaliskuu 2026');
    await press('{Shift>}{PageDown}{/Shift}', '2027-03-15');
    expect(title(el)).toBe('Maaliskuu 2027');
    await press('{Shift>}{PageUp}{/Shift}', '2026-03-15');
    await press('{ArrowDown}', '2026-03-22');
    await press('{ArrowDown}', '2026-03-29');
    // 5 April is visible in March's last row, but moving there shows April, focus kept.
    await press('{ArrowDown}', '2026-04-05');
    expect(title(el)).toBe('Huhtikuu 2026');
    expect(cell(el, '2026-04-05').getAttribute('part')).toBe('day holiday');
    await press('{ArrowLeft}', '2026-04-04');
    await press('{ArrowUp}', '2026-03-28');
    expect(title(el)).toBe('Maaliskuu 2026');
  });

  it('opens the chosen day with Enter or Space, fires pk-date-select, and Esc returns focus to the day', async () => {
    const el = await mount({ entries: marchEntries() });
    const selected: PkDateSelectEvent[] = [];
    el.addEventListener('pk-date-select', (event) => selected.push(event));
    cell(el, TODAY).focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(selected.map((e) => e.detail)).toEqual([{ date: TODAY }]);
    const box = dialog(el);
    expect(box.open).toBe(true);
    const labelId = box.getAttribute('aria-labelledby')!;
    expect(text(root(el).getElementById(labelId))).toBe('Tiistai 10. maaliskuuta 2026');
    expect(events(el, 'dialog')).toEqual(['Perhekahvila', 'Ohjausryhmän kokous']);
    expect(cell(el, TODAY).getAttribute('part')).toBe('day today selected');
    expect(cell(el, TODAY).getAttribute('aria-selected')).toBe('true');
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await until(() => expect(box.open).toBe(false));
    await until(() => expect(focusedDate(el)).toBe(TODAY));

    await userEvent.keyboard('{ArrowRight}');
    // The focus moves after the grid has drawn the new day: wait for it, not for a fixed time.
    await until(() => expect(focusedDate(el)).toBe('2026-03-11'));
    await userEvent.keyboard(' ');
    await until(() => expect(box.open).toBe(true));
    expect(selected.at(-1)?.detail).toEqual({ date: '2026-03-11' });
    expect(text(box)).toContain('Ei tapahtumia tänä päivänä.');
    await userEvent.click(box.querySelector<HTMLButtonElement>('[part="close-button"]')!);
    await until(() => expect(box.open).toBe(false));
    await until(() => expect(focusedDate(el)).toBe('2026-03-11'));
  });

  it('opens a day on click and returns focus to that day when the close button is pressed', async () => {
    const el = await mount({ entries: marchEntries() });
    await userEvent.click(cell(el, '2026-03-12'));
    await el.updateComplete;
    expect(dialog(el).open).toBe(true);
    expect(events(el, 'dialog')).toEqual(['Vanhempainilta']);
    expect(root(el).activeElement?.getAttribute('part')).toBe('close-button');
    await userEvent.keyboard('{Enter}');
    await until(() => expect(dialog(el).open).toBe(false));
    await until(() => expect(focusedDate(el)).toBe('2026-03-12'));
    expect(cell(el, '2026-03-12').tabIndex).toBe(0);
  });

  it('keeps the same height from month to month', async () => {
    const el = await mount({ entries: marchEntries(), attributes: { month: '2026-02' } });
    const heights: number[] = [];
    const first = root(el).querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')!;
    first.focus();
    for (let i = 0; i < 4; i++) {
      heights.push(root(el).querySelector<HTMLElement>('[role="grid"]')!.getBoundingClientRect().height);
      await userEvent.keyboard('{PageDown}');
      await el.updateComplete;
    }
    expect(new Set(heights).size).toBe(1);
  });

  it('names the holidays of April 2026 (Easter) in the cells, their labels and a list', async () => {
    const el = await mount({ entries: [], attributes: { month: '2026-04' } });
    const friday = cell(el, '2026-04-03');
    expect(friday.getAttribute('part')).toBe('day holiday');
    expect(cellName(friday)).toBe('perjantai 3. huhtikuuta 2026, Pitkäperjantai');
    expect(text(friday.querySelector('.holiday-name'))).toBe('Pitkäperjantai');
    expect(text(cell(el, '2026-04-05').querySelector('.holiday-name'))).toBe('Pääsiäispäivä');
    expect(text(cell(el, '2026-04-06').querySelector('.holiday-name'))).toBe('2. pääsiäispäivä');
    expect(cell(el, '2026-04-07').getAttribute('part')).toBe('day');
    const list = root(el).querySelector('[part="holidays"]')!;
    expect(text(list)).toContain('pe 3.4. Pitkäperjantai (pyhäpäivä)');
    expect(text(list)).toContain('ma 6.4. 2. pääsiäispäivä (pyhäpäivä)');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('names Independence Day and Christmas in December in Finnish, Swedish and English', async () => {
    const fi = await mount({ entries: [], attributes: { month: '2026-12' } });
    expect(text(cell(fi, '2026-12-06').querySelector('.holiday-name'))).toBe('Itsenäisyyspäivä');
    expect(text(cell(fi, '2026-12-24').querySelector('.holiday-name'))).toBe('Jouluaatto');
    expect(text(cell(fi, '2026-12-25').querySelector('.holiday-name'))).toBe('Joulupäivä');
    expect(text(cell(fi, '2026-12-26').querySelector('.holiday-name'))).toBe('Tapaninpäivä');
    expect(text(fi.shadowRoot!.querySelector('[part="holidays"]'))).toContain('to 24.12. Jouluaatto (vapaapäivä)');

    const sv = await mount({ lang: 'sv', entries: [], attributes: { month: '2026-12' } });
    expect(title(sv)).toBe('December 2026');
    expect(cellName(cell(sv, '2026-12-06'))).toBe('söndag 6 december 2026, Självständighetsdagen');
    expect(text(cell(sv, '2026-12-25').querySelector('.holiday-name'))).toBe('Juldagen');

    const en = await mount({ lang: 'en', entries: [], attributes: { month: '2026-12' } });
    expect(text(cell(en, '2026-12-06').querySelector('.holiday-name'))).toBe('Independence Day');
    expect(text(cell(en, '2026-12-24').querySelector('.holiday-name'))).toBe('Christmas Eve');
    expect(text(en.shadowRoot!.querySelector('[part="holidays"]'))).toContain('Christmas Eve (day off)');
  });
});

describe('<pk-calendar> views', () => {
  it('opens as an agenda when narrower than 40rem, and as a month when wider', async () => {
    const narrow = await mount({ entries: marchEntries(), width: '30rem' });
    expect(root(narrow).querySelector('[role="grid"]')).toBeNull();
    expect(root(narrow).querySelector('[part="agenda"]')).not.toBeNull();
    expect(viewButton(narrow, 'Lista').getAttribute('aria-pressed')).toBe('true');
    const wide = await mount({ entries: marchEntries(), width: '50rem' });
    expect(root(wide).querySelector('[role="grid"]')).not.toBeNull();
    expect(viewButton(wide, 'Kuukausi').getAttribute('aria-pressed')).toBe('true');
  });

  it('follows the container when it is resized, unless the view attribute says otherwise', async () => {
    const el = await mount({ entries: marchEntries(), width: '60rem' });
    expect(root(el).querySelector('[role="grid"]')).not.toBeNull();
    el.parentElement!.style.width = '20rem';
    await until(() => expect(root(el).querySelector('[part="agenda"]')).not.toBeNull());
    const fixed = await mount({ entries: marchEntries(), width: '20rem', attributes: { view: 'month' } });
    expect(root(fixed).querySelector('[role="grid"]')).not.toBeNull();
  });

  it('switches views with a labelled group of pressed-state buttons and with the view attribute', async () => {
    const el = await mount({ entries: marchEntries() });
    const group = root(el).querySelector('[part="views"]')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-label')).toBe('Näkymä');
    await userEvent.click(viewButton(el, 'Viikko'));
    await el.updateComplete;
    expect(viewButton(el, 'Viikko').getAttribute('aria-pressed')).toBe('true');
    expect(viewButton(el, 'Kuukausi').getAttribute('aria-pressed')).toBe('false');
    expect(title(el)).toBe('Viikko 11 (9.3.–15.3.2026)');
    const days = [...root(el).querySelectorAll('[part~="week"] > li')];
    expect(days.map((d) => text(d.querySelector('.day-heading span')))).toEqual([
      'Maanantai 9. maaliskuuta 2026',
      'Tiistai 10. maaliskuuta 2026',
      'Keskiviikko 11. maaliskuuta 2026',
      'Torstai 12. maaliskuuta 2026',
      'Perjantai 13. maaliskuuta 2026',
      'Lauantai 14. maaliskuuta 2026',
      'Sunnuntai 15. maaliskuuta 2026',
    ]);
    expect(days[1]!.getAttribute('aria-current')).toBe('date');
    expect(events(el)).toEqual(['Perhekahvila', 'Ohjausryhmän kokous', 'Vanhempainilta']);
    expect(await axeViolations(el)).toEqual([]);

    await userEvent.click(viewButton(el, 'Lista'));
    await el.updateComplete;
    expect(title(el)).toBe('Maaliskuu 2026');
    const agenda = root(el).querySelector('[part="agenda"]')!;
    expect([...agenda.querySelectorAll('.day-heading > span:first-child')].map(text)).toEqual([
      'Tiistai 10. maaliskuuta 2026',
      'Torstai 12. maaliskuuta 2026',
    ]);
    expect(await axeViolations(el)).toEqual([]);

    // Changing the attribute is the page's choice, and replaces the user's.
    el.setAttribute('view', 'month');
    await el.updateComplete;
    expect(root(el).querySelector('[role="grid"]')).not.toBeNull();
    el.setAttribute('view', 'week');
    await el.updateComplete;
    expect(root(el).querySelector('[part~="week"]')).not.toBeNull();
  });

  it('loads the week and the day dialog with their own styles when first asked for', async () => {
    const el = await mount({ entries: marchEntries(), width: '70rem', attributes: { view: 'week' } });
    // Wide enough for seven columns: the week's stylesheet came with its module.
    const week = root(el).querySelector<HTMLElement>('[part~="week"]')!;
    expect(getComputedStyle(week).gridTemplateColumns.split(' ')).toHaveLength(7);
    expect(root(el).querySelector('.part-loading')).toBeNull();
    el.setAttribute('view', 'month');
    await el.updateComplete;
    cell(el, TODAY).focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(dialog(el).open).toBe(true);
    expect(getComputedStyle(dialog(el)).display).toBe('grid');
    await userEvent.keyboard('{Escape}');
    await until(() => expect(focusedDate(el)).toBe(TODAY));
  });

  it('steps by month, by week in the week view, and back to today', async () => {
    const el = await mount({ entries: marchEntries(), attributes: { view: 'week' } });
    const [previous, todayButton, next] = [...root(el).querySelectorAll<HTMLButtonElement>('[part="nav-button"]')];
    expect(text(previous)).toBe('‹Edellinen viikko');
    await userEvent.click(next!);
    await el.updateComplete;
    expect(title(el)).toBe('Viikko 12 (16.3.–22.3.2026)');
    expect(root(el).querySelector('[aria-current="date"]')).toBeNull();
    await userEvent.click(todayButton!);
    await el.updateComplete;
    expect(title(el)).toBe('Viikko 11 (9.3.–15.3.2026)');
    el.setAttribute('view', 'agenda');
    await el.updateComplete;
    await userEvent.click(root(el).querySelectorAll<HTMLButtonElement>('[part="nav-button"]')[2]!);
    await el.updateComplete;
    expect(title(el)).toBe('Huhtikuu 2026');
    expect(text(root(el).querySelector('[part="agenda"] .notice'))).toBe('Ei tapahtumia tässä kuussa.');
  });

  it('follows the nearest lang, also when it changes', async () => {
    const el = await mount({ lang: 'sv-FI', entries: marchEntries() });
    expect(title(el)).toBe('Mars 2026');
    expect(text(root(el).querySelector('[part="views"]'))).toBe('Månad Vecka Lista');
    expect(cellName(cell(el, TODAY))).toBe('tisdag 10 mars 2026, 2 händelser');
    el.parentElement!.lang = 'en';
    await until(() => expect(title(el)).toBe('March 2026'));
    expect(cellName(cell(el, TODAY))).toBe('Tuesday 10 March 2026, 2 events');
    el.lang = 'fi';
    await until(() => expect(title(el)).toBe('Maaliskuu 2026'));
  });

  it('shows each event with its Helsinki time, mode, place and group', async () => {
    const el = await mount({ entries: marchEntries(), attributes: { view: 'agenda' } });
    const [cafe, meeting, evening] = [...root(el).querySelectorAll('[part~="event"]')];
    expect(text(cafe!.querySelector('.event-time'))).toBe('klo 9.30–11.00');
    expect(facts(cafe)).toEqual(['Toteutustapa: Livekokous', 'Paikka: Juvan seurakuntatalo']);
    expect(facts(meeting)).toEqual(['Toteutustapa: Etäkokous', 'Ryhmä: Ohjausryhmä']);
    expect(text(evening!.querySelector('.event-time'))).toBe('klo 17.00–19.00');
    expect(facts(evening)).toEqual(['Toteutustapa: Hybridikokous']);

    const sv = await mount({ lang: 'sv', entries: marchEntries(), attributes: { view: 'agenda' } });
    const svCafe = root(sv).querySelector('[part~="event"]')!;
    expect(text(svCafe.querySelector('.event-title strong'))).toBe('Familjecafé');
    expect(text(svCafe.querySelector('.event-time'))).toBe('kl. 9.30–11.00');
    expect(facts(svCafe)).toEqual(['Mötesform: Möte på plats', 'Plats: Jockas församlingshem']);

    const en = await mount({ lang: 'en', entries: marchEntries(), attributes: { view: 'agenda' } });
    expect(text(root(en).querySelector('[part~="event"] .event-time'))).toBe('9:30–11:00');
  });

  it('shows 09:00 meetings at 9.00 in the weeks when summer time starts and ends', async () => {
    const nineOClock = [
      // Given in UTC, so the offset changes with the clocks: 07:00Z is 9.00 in winter, 06:00Z in summer.
      entry('before-spring', '2026-03-27T07:00:00Z', '2026-03-27T08:00:00Z'),
      entry('spring-sunday', '2026-03-29T06:00:00Z', '2026-03-29T07:00:00Z'),
      entry('after-spring', '2026-03-30T06:00:00Z', '2026-03-30T07:00:00Z'),
      entry('before-autumn', '2026-10-23T06:00:00Z', '2026-10-23T07:00:00Z'),
      entry('autumn-sunday', '2026-10-25T07:00:00Z', '2026-10-25T08:00:00Z'),
      entry('after-autumn', '2026-10-26T07:00:00Z', '2026-10-26T08:00:00Z'),
    ];
    for (const date of ['2026-03-29', '2026-10-25']) {
      const el = await mount({ entries: nineOClock, attributes: { view: 'week', date } });
      const times = [...root(el).querySelectorAll('[part~="event"] .event-time')].map(text);
      expect(times.length).toBeGreaterThanOrEqual(2);
      expect(new Set(times)).toEqual(new Set(['klo 9.00–10.00']));
    }
    // The built-in steering group meets at 13.00 in winter (10 March) and in summer (14 April).
    const el = await mount({ attributes: { groups: 'steering-group', view: 'agenda', month: '2026-04' } });
    await until(() => expect(events(el)).toHaveLength(1));
    expect(text(root(el).querySelector('[part~="event"] .event-time'))).toBe('klo 13.00–15.00');
    el.setAttribute('month', '2026-03');
    await until(() => expect(text(root(el).querySelector('.day-heading span'))).toBe('Tiistai 10. maaliskuuta 2026'));
    expect(text(root(el).querySelector('[part~="event"] .event-time'))).toBe('klo 13.00–15.00');
  });

  it('reflows to 320 CSS pixels in every view without horizontal scrolling', async () => {
    for (const view of ['month', 'week', 'agenda']) {
      const el = await mount({ entries: marchEntries(), width: '320px', attributes: { view } });
      expect(fitsWidth(el)).toBe(true);
    }
    const el = await mount({ entries: marchEntries(), width: '320px', attributes: { view: 'month' } });
    // Narrow cells show counts instead of titles.
    const today = cell(el, TODAY);
    expect(getComputedStyle(today.querySelector('.cell-events')!).display).toBe('none');
    expect(text(today.querySelector('.cell-count'))).toBe('2');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('uses system colours with visible borders in forced-colours mode', async () => {
    await commands.emulateForcedColors(true);
    try {
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      const el = await mount({ entries: marchEntries() });
      const number = cell(el, TODAY).querySelector<HTMLElement>('.day-number')!;
      expect(getComputedStyle(number).borderTopStyle).toBe('solid');
      expect(getComputedStyle(number).borderTopWidth).not.toBe('0px');
      const pressed = viewButton(el, 'Kuukausi');
      expect(getComputedStyle(pressed).backgroundColor).not.toBe(
        getComputedStyle(viewButton(el, 'Viikko')).backgroundColor,
      );
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      await commands.emulateForcedColors(false);
    }
  });

  it('prints a clean agenda of the visible month and hides the controls', async () => {
    const el = await mount({ entries: marchEntries() });
    const display = (selector: string) => getComputedStyle(root(el).querySelector(selector)!).display;
    expect(root(el).querySelector('.print-only')).toBeNull();
    expect(display('.screen-view')).not.toBe('none');
    // Emulating print media fires no `beforeprint`, so the test fires it as the browser does.
    await commands.emulatePrintMedia();
    try {
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(matchMedia('print').matches).toBe(true);
      for (const control of ['.nav', '.views', '.actions', '.view-month .screen-view']) {
        expect(display(control), control).toBe('none');
      }
      for (const button of root(el).querySelectorAll<HTMLElement>('button')) {
        expect(button.getBoundingClientRect().height, text(button)).toBe(0);
      }
      expect(title(el)).toBe('Maaliskuu 2026');
      expect(display('[part="title"]')).not.toBe('none');
      expect(display('.print-only')).toBe('block');
      expect(display('.print-only [part~="agenda"]')).not.toBe('none');
      expect(events(el, '.print-only')).toEqual(['Perhekahvila', 'Ohjausryhmän kokous', 'Vanhempainilta']);
      for (const row of root(el).querySelectorAll<HTMLElement>('.print-only [part~="event"]')) {
        expect(row.getBoundingClientRect().height).toBeGreaterThan(0);
      }
    } finally {
      await commands.resetPrintMedia();
      window.dispatchEvent(new Event('afterprint'));
    }
    await el.updateComplete;
    expect(matchMedia('print').matches).toBe(false);
    expect(root(el).querySelector('.print-only')).toBeNull();
    expect(display('.nav')).not.toBe('none');
  });
});

describe('<pk-calendar> agenda of events under way', () => {
  /** November 2026: an autumn-long window, a meeting past midnight into the 1st, events that begin in the month. */
  function novemberEntries(): EntryRow[] {
    return [
      entry('survey', '2026-09-01T00:00:00+03:00', '2026-12-01T00:00:00+02:00', {
        title: { fi: 'Arviointikysely', sv: 'Utvärderingsenkät', en: 'Evaluation survey' },
        allDay: true,
      }),
      entry('late-meeting', '2026-10-31T22:00:00+02:00', '2026-11-01T01:00:00+02:00', {
        title: { fi: 'Yökokous', sv: 'Nattmöte', en: 'Night meeting' },
      }),
      entry('ended', '2026-10-01T00:00:00+03:00', '2026-11-01T00:00:00+02:00', {
        title: { fi: 'Lokakuun kysely', sv: 'Oktoberenkät', en: 'October survey' },
        allDay: true,
      }),
      entry('sunday-cafe', '2026-11-01T12:00:00+02:00', '2026-11-01T14:00:00+02:00', {
        title: { fi: 'Sunnuntaikahvila', sv: 'Söndagscafé', en: 'Sunday café' },
      }),
      entry('training', '2026-11-10T00:00:00+02:00', '2026-11-13T00:00:00+02:00', {
        title: { fi: 'Koulutusjakso', sv: 'Utbildningsperiod', en: 'Training period' },
        allDay: true,
      }),
    ];
  }

  const ongoingGroup = (el: CalendarElement, scope = '.screen-view') =>
    root(el).querySelector(`${scope} [part~="agenda"] [part~="ongoing"]`);
  const dayGroups = (el: CalendarElement, scope = '.screen-view') =>
    [...root(el).querySelectorAll(`${scope} [part~="agenda"] .agenda-day:not(.ongoing)`)].map((li) => [
      text(li.querySelector('.long-date')),
      [...li.querySelectorAll('[part~="event"] .event-title strong')].map(text),
    ]);

  it('lists events begun before the month first, under their own heading at the day headings’ level', async () => {
    const el = await mount({
      entries: novemberEntries(),
      attributes: { view: 'agenda', month: '2026-11', 'heading-level': '3' },
    });
    const agenda = root(el).querySelector('[part~="agenda"] ol')!;
    const group = ongoingGroup(el)!;
    // At the top of the list, before the first day.
    expect(agenda.firstElementChild).toBe(group);
    expect(group.getAttribute('part')).toBe('day ongoing');
    expect(group.hasAttribute('aria-current')).toBe(false);
    const heading = group.querySelector(HEADINGS)!;
    expect(text(heading)).toBe('Jo käynnissä');
    const levels = [...agenda.querySelectorAll(HEADINGS)].map((h) => h.tagName);
    expect(new Set(levels)).toEqual(new Set(['H4']));
    const rows = [...group.querySelectorAll('[part~="event"]')];
    expect(rows.map((li) => text(li.querySelector('.event-title strong')))).toEqual(['Arviointikysely', 'Yökokous']);
    // Each still shows its own dates.
    expect(rows.map((li) => text(li.querySelector('.event-time')))).toEqual([
      '1.9.2026–30.11.2026',
      'la 31.10. 22.00 – su 1.11. 1.00',
    ]);
    // Not repeated under Sunday 1 November; what begins in the month is under the day it begins, once.
    expect(dayGroups(el)).toEqual([
      ['Sunnuntai 1. marraskuuta 2026', ['Sunnuntaikahvila']],
      ['Tiistai 10. marraskuuta 2026', ['Koulutusjakso']],
    ]);
    expect(events(el)).toEqual(['Arviointikysely', 'Yökokous', 'Sunnuntaikahvila', 'Koulutusjakso']);
    // An event that ended at midnight as the month began is not under way.
    expect(events(el)).not.toContain('Lokakuun kysely');
    expect(text(root(el).querySelector('[part="status"]'))).toBe('Marraskuu 2026: 4 tapahtumaa');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('names the group in Swedish and English', async () => {
    const expected = { sv: ['Pågår redan', 'Utvärderingsenkät'], en: ['Already under way', 'Evaluation survey'] };
    for (const [lang, [heading, first]] of Object.entries(expected)) {
      const el = await mount({ lang, entries: novemberEntries(), attributes: { view: 'agenda', month: '2026-11' } });
      const group = ongoingGroup(el)!;
      expect(text(group.querySelector(HEADINGS))).toBe(heading);
      expect(text(group.querySelector('[part~="event"] .event-title strong'))).toBe(first);
      expect(events(el).filter((t) => t === first)).toHaveLength(1);
      expect(await axeViolations(el)).toEqual([]);
    }
  });

  it('has no such group when nothing began before the month, and lists a long event once under its first day', async () => {
    const el = await mount({ entries: novemberEntries(), attributes: { view: 'agenda', month: '2026-09' } });
    expect(ongoingGroup(el)).toBeNull();
    expect(text(root(el).querySelector('[part~="agenda"]'))).not.toContain('Jo käynnissä');
    expect(dayGroups(el)).toEqual([['Tiistai 1. syyskuuta 2026', ['Arviointikysely']]]);
    const march = await mount({ entries: marchEntries(), attributes: { view: 'agenda' } });
    expect(ongoingGroup(march)).toBeNull();
    expect(await axeViolations(march)).toEqual([]);
    // The next month starts clean: the task ended with November.
    el.setAttribute('month', '2026-12');
    await el.updateComplete;
    expect(ongoingGroup(el)).toBeNull();
    expect(text(root(el).querySelector('[part~="agenda"] .notice'))).toBe('Ei tapahtumia tässä kuussa.');
  });

  it('prints the group too, also from the week view, where it holds what began before the week', async () => {
    const el = await mount({ entries: novemberEntries(), attributes: { view: 'week', date: '2026-11-11' } });
    // On screen the week lists each day with what happens on it, the survey on all seven.
    expect(root(el).querySelector('[part~="ongoing"]')).toBeNull();
    expect(events(el).filter((t) => t === 'Arviointikysely')).toHaveLength(7);
    await commands.emulatePrintMedia();
    try {
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      const group = ongoingGroup(el, '.print-only')!;
      expect(text(group.querySelector(HEADINGS))).toBe('Jo käynnissä');
      expect(events(el, '.print-only [part~="ongoing"]')).toEqual(['Arviointikysely']);
      // The training began on Tuesday of this week: it is under that day, once.
      expect(dayGroups(el, '.print-only')).toEqual([['Tiistai 10. marraskuuta 2026', ['Koulutusjakso']]]);
      expect(group.getBoundingClientRect().height).toBeGreaterThan(0);
    } finally {
      await commands.resetPrintMedia();
      window.dispatchEvent(new Event('afterprint'));
    }
    await el.updateComplete;
    expect(root(el).querySelector('.print-only')).toBeNull();
  });
});

describe('<pk-calendar> sources', () => {
  it('shows the built-in groups’ meetings scheduled by core', async () => {
    const el = await mount({ attributes: { groups: 'steering-group,meeting-place-network', month: '2026-05' } });
    await until(() => expect(cellName(cell(el, '2026-05-05'))).toContain('1 tapahtuma'));
    expect(cellName(cell(el, '2026-05-12'))).toBe('tiistai 12. toukokuuta 2026, 1 tapahtuma');
    expect(text(cell(el, '2026-05-05').querySelector('.cell-events'))).toBe('9.00 Kohtaamispaikkaverkosto');
    el.setAttribute('view', 'agenda');
    await el.updateComplete;
    const network = root(el).querySelector('[part~="event"]')!;
    expect(text(network.querySelector('.event-time'))).toBe('klo 9.00–11.00');
    expect(facts(network)).toEqual(['Toteutustapa: Etäkokous']);
    expect(text(root(el).querySelector('[part="status"]'))).toBe('Toukokuu 2026: 2 tapahtumaa');
    expect(alert(el)).toBeNull();
  });

  it('reports an unknown group and still shows the known ones', async () => {
    const el = await mount({ attributes: { groups: 'steering-group, no-such-group', month: '2026-03' } });
    await until(() => expect(alert(el)).not.toBeNull());
    expect(text(alert(el))).toContain('Ryhmää ”no-such-group” ei löydy, joten sen kokouksia ei näytetä.');
    expect(cellName(cell(el, TODAY))).toContain('1 tapahtuma');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows a meeting place’s activities, example rows marked as example data', async () => {
    const el = await mount({ attributes: { place: 'example-juva', month: '2026-03', view: 'agenda' } });
    await until(() => expect(root(el).querySelectorAll('[part~="event"]').length).toBeGreaterThan(0));
    const rows = [...root(el).querySelectorAll('[part~="event"]')];
    expect(rows.every((row) => row.getAttribute('part') === 'event example')).toBe(true);
    expect(text(rows[0]!.querySelector('[part="badge example"]'))).toBe('Esimerkkitieto');
    expect(facts(rows[0])).toContain('Paikka: Esimerkki: perheiden kohtaamispaikka (Juva)');
    expect(text(root(el).querySelector('.example-note'))).toContain('keksitty');
    el.setAttribute('view', 'month');
    await el.updateComplete;
    // Monday 2 March: the example open morning, tagged in the cell.
    expect(text(cell(el, '2026-03-02').querySelector('.cell-events li'))).toMatch(/^9\.00 .+ \(esim\.\)$/);
    expect(await axeViolations(el)).toEqual([]);

    const rantasalmi = await mount({ attributes: { place: 'rantasalmi-open-meeting-place', view: 'agenda' } });
    await until(() => expect(status(rantasalmi)).toBe('Maaliskuu 2026: Ei tapahtumia'));
    expect(alert(rantasalmi)).toBeNull();

    const unknown = await mount({ attributes: { place: 'nowhere' } });
    await until(() => expect(text(alert(unknown))).toContain('Kohtaamispaikkaa ”nowhere” ei löydy'));
  });

  it('shows the evaluation calendar, a three-month task once in the agenda with its days', async () => {
    const el = await mount({ attributes: { evaluation: '', month: '2026-09', view: 'agenda' } });
    await until(() => expect(root(el).querySelectorAll('[part~="event"]').length).toBeGreaterThan(0));
    const titles = events(el);
    const task = 'Kohtaamispaikkojen vertais- ja itsearviointi (Kaikkien perheiden paikka)';
    expect(titles.filter((t) => t === task)).toHaveLength(1);
    const row = [...root(el).querySelectorAll('[part~="event"]')].find((li) => text(li).includes(task))!;
    expect(text(row.querySelector('.event-time'))).toBe('1.9.2026–30.11.2026');
    // In September the task begins: it is under 1 September, and nothing is under way yet.
    expect(root(el).querySelector('[part~="ongoing"]')).toBeNull();
    expect(text(root(el).querySelector('.day-heading > .long-date'))).toBe('Tiistai 1. syyskuuta 2026');
    el.setAttribute('view', 'month');
    await el.updateComplete;
    // In the grid the task shows on each of its days.
    expect(cellName(cell(el, '2026-09-15'))).toMatch(/tapahtumaa$/);

    // November (the demo's case): the task is under way, not listed under Sunday 1 November.
    el.setAttribute('view', 'agenda');
    el.setAttribute('month', '2026-11');
    await until(() => expect(root(el).querySelector('[part~="ongoing"]')).not.toBeNull());
    const ongoing = root(el).querySelector('[part~="ongoing"]')!;
    expect(text(ongoing.querySelector('.day-heading'))).toBe('Jo käynnissä');
    const running = [...ongoing.querySelectorAll('[part~="event"]')];
    expect(running.map((li) => text(li.querySelector('.event-title strong')))).toContain(task);
    expect(running.every((li) => text(li.querySelector('.event-time')).endsWith('–30.11.2026'))).toBe(true);
    const firstDay = root(el).querySelector('.agenda-day:not(.ongoing)')!;
    expect(text(firstDay.querySelector('.long-date'))).toBe('Sunnuntai 1. marraskuuta 2026');
    // What is listed under the 1st begins on the 1st.
    const onFirst = [...firstDay.querySelectorAll('[part~="event"] .event-time')].map(text);
    expect(onFirst.length).toBeGreaterThan(0);
    expect(onFirst.every((time) => time.startsWith('1.11.2026'))).toBe(true);
    expect(events(el).filter((t) => t === task)).toHaveLength(1);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('validates events given as a property, keeps the valid rows and explains the others in fi, sv and en', async () => {
    const good = entry('kahvila', '2026-03-10T09:30:00+02:00', '2026-03-10T11:00:00+02:00', {
      title: { fi: 'Kahvila' },
    });
    const bad = { ...good, id: 'kahvila-2', start: '10.3.2026 9.30' };
    const expected = {
      fi: [
        'Tapahtumatiedoissa on virheitä (1).',
        'Virheettömät tapahtumat (1) näytetään',
        'Tapahtuma 2 (”Kahvila”): kenttä start:',
      ],
      sv: ['Uppgifterna om händelserna innehåller fel (1).', 'Händelse 2 (”Kahvila”)'],
      en: ['The event data has errors (1).', 'Event 2 (“Kahvila”): field start:', '“10.3.2026 9.30”'],
    };
    for (const [lang, phrases] of Object.entries(expected)) {
      const el = await mount({ lang, entries: { entries: [good, bad] }, attributes: { view: 'agenda' } });
      const message = text(alert(el));
      for (const phrase of phrases) expect(message).toContain(phrase);
      expect(events(el)).toEqual(['Kahvila']);
      expect(await axeViolations(el)).toEqual([]);
    }
    const unusable = await mount({ entries: { events: [] } });
    expect(text(alert(unusable))).toContain('Tiedosto ei ole tapahtumaluettelo');
  });

  it('fetches src over HTTP and validates it', async () => {
    const el = await mount({ attributes: { src: FIXTURE_URL, view: 'agenda' } });
    await until(() => expect(events(el)).toEqual(['Perhekahvila', 'Vanhempainilta']));
    expect(alert(el)).toBeNull();
    // 15:00Z on 12 March is 17.00 in Helsinki.
    expect(text(root(el).querySelectorAll('[part~="event"] .event-time')[1])).toBe('klo 17.00–19.00');
  });

  it('explains a failed fetch and offers a retry that loads the file', async () => {
    const failed = await mount({ attributes: { src: '/__pk__/status/500' } });
    await until(() => expect(text(alert(failed))).toContain('Palvelin vastasi virheellä (HTTP 500).'));
    expect(alert(failed)!.querySelector('[part="retry-button"]')).not.toBeNull();
    expect(await axeViolations(failed)).toEqual([]);

    const notJson = await mount({ lang: 'en', attributes: { src: '/__pk__/not-json' } });
    await until(() => expect(text(alert(notJson))).toContain('The file is not valid JSON.'));

    const fetchSpy = vi.spyOn(window, 'fetch').mockImplementationOnce(() => Promise.reject(new TypeError('offline')));
    const el = await mount({ attributes: { src: FIXTURE_URL, view: 'agenda' } });
    await until(() => expect(text(alert(el))).toContain('Tiedostoa ei saatu haettua.'));
    await userEvent.click(alert(el)!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await until(() => expect(events(el)).toEqual(['Perhekahvila', 'Vanhempainilta']));
    expect(alert(el)).toBeNull();
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it('renders hostile titles as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pkPwned=1"><script>window.__pkPwned=1</script>';
    const el = await mount({
      entries: [
        entry('hostile', '2026-03-10T09:00:00+02:00', '2026-03-10T10:00:00+02:00', {
          title: { fi: hostile },
          location: { fi: '<b>bold</b>' },
          description: { fi: '<a href="javascript:alert(1)">x</a>' },
        }),
      ],
      attributes: { view: 'agenda' },
    });
    const row = root(el).querySelector('[part~="event"]')!;
    expect(text(row.querySelector('.event-title strong'))).toBe(hostile);
    row.querySelector('details')!.open = true;
    await until(() => expect(row.querySelector('.description')).not.toBeNull());
    expect(text(row.querySelector('.description'))).toBe('<a href="javascript:alert(1)">x</a>');
    expect(root(el).querySelector('img, script, b, a[href^="javascript"]')).toBeNull();
    el.setAttribute('view', 'month');
    await el.updateComplete;
    expect(text(cell(el, TODAY).querySelector('.cell-events'))).toBe(`9.00 ${hostile}`);
    expect((window as { __pkPwned?: number }).__pkPwned).toBeUndefined();
  });

  it('reports invalid date, month and view attributes and shows today instead', async () => {
    const el = await mount({ attributes: { date: '2026-02-30', view: 'year' } });
    expect(title(el)).toBe('Maaliskuu 2026');
    const message = text(alert(el));
    expect(message).toContain('Attribuutin date arvo ”2026-02-30” ei ole kelvollinen päivämäärä');
    expect(message).toContain('Näkymää ”year” ei ole');
    const month = await mount({ lang: 'en', attributes: { month: '2026-13' } });
    expect(text(alert(month))).toContain('The value “2026-13” of the month attribute is not a valid date');
    el.setAttribute('date', '2026-06-19');
    el.removeAttribute('view');
    await el.updateComplete;
    expect(title(el)).toBe('Kesäkuu 2026');
    expect(alert(el)).toBeNull();
  });
});

describe('<pk-calendar> names in Finland’s languages', () => {
  /** A Swedish-speaking network's meeting: no Finnish texts; the group also has a North Sámi name. */
  function swedishEntries(): { entries: EntryRow[] } {
    return {
      entries: [
        entry('natverksmote-20260310', '2026-03-10T13:00:00+02:00', '2026-03-10T15:00:00+02:00', {
          title: { sv: 'Nätverksmöte' },
          mode: 'hybrid',
          location: { sv: 'Närpes familjecenter' },
          groupName: { sv: 'Nätverket i Österbotten', se: 'Fierpmádat' },
          description: { sv: 'Öppet för alla aktörer.' },
          topics: [{ sv: 'Verksamhetsplan' }, { fi: 'Talousarvio', sv: 'Budget', en: 'Budget' }],
        }),
      ],
    };
  }

  const marked = (node: Element) =>
    [...node.querySelectorAll('[lang]')].map((n) => `${n.getAttribute('lang')}:${text(n)}`);

  it('shows Swedish-only texts in a Finnish calendar marked lang="sv", and the widget’s own words unmarked', async () => {
    const el = await mount({ entries: swedishEntries(), attributes: { view: 'agenda' } });
    const row = root(el).querySelector('[part~="event"]')!;
    expect(text(row.querySelector('.event-title strong'))).toBe('Nätverksmöte');
    expect(facts(row)).toEqual([
      'Toteutustapa: Hybridikokous',
      'Paikka: Närpes familjecenter',
      'Ryhmä: Nätverket i Österbotten',
    ]);
    await userEvent.click(row.querySelector('summary')!);
    await until(() => expect(row.querySelector('.description')).not.toBeNull());
    expect(marked(row)).toEqual([
      'sv:Nätverksmöte',
      'sv:Närpes familjecenter',
      'sv:Nätverket i Österbotten',
      'sv:Nätverksmöte',
      'sv:Öppet för alla aktörer.',
      'sv:Verksamhetsplan',
      'sv:Nätverksmöte',
    ]);
    // The month grid's event lines are marked too.
    await userEvent.click(viewButton(el, 'Kuukausi'));
    await el.updateComplete;
    expect(marked(cell(el, TODAY))).toEqual(['sv:Nätverksmöte']);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('falls back from English to Swedish, not to the Sámi name, and marks it', async () => {
    const el = await mount({ lang: 'en', entries: swedishEntries(), attributes: { view: 'agenda' } });
    const row = root(el).querySelector('[part~="event"]')!;
    expect(facts(row)).toContain('Group: Nätverket i Österbotten');
    expect(marked(row.querySelector('.facts')!)).toEqual(['sv:Närpes familjecenter', 'sv:Nätverket i Österbotten']);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('marks nothing when every text is in the calendar’s language', async () => {
    const el = await mount({ lang: 'sv', entries: swedishEntries(), attributes: { view: 'agenda' } });
    expect(events(el)).toEqual(['Nätverksmöte']);
    expect(root(el).querySelectorAll('.screen-view [lang]')).toHaveLength(0);
  });
});

describe('<pk-calendar> details and calendar files', () => {
  it('opens an event’s details on request, fires pk-event-select, and offers its .ics file', async () => {
    const selected: PkEventSelectEvent[] = [];
    document.addEventListener('pk-event-select', (event) => selected.push(event as PkEventSelectEvent));
    const el = await mount({ entries: marchEntries(), attributes: { view: 'agenda' } });
    expect(selected).toHaveLength(0);
    const row = root(el).querySelector('[part~="event"]')!;
    expect(row.querySelector('[part="calendar-link"]')).toBeNull();
    await userEvent.click(row.querySelector('summary')!);
    await until(() => expect(row.querySelector('[part="calendar-link"]')).not.toBeNull());
    expect(selected.map((e) => e.detail)).toEqual([{ entryId: 'perhekahvila-20260310' }]);
    expect(text(row.querySelector('.description'))).toBe('Avoin kaikille lapsiperheille.');
    expect(row.querySelector<HTMLAnchorElement>('a[rel~="noopener"]')!.href).toBe('https://example.org/perhekahvila');
    const link = row.querySelector<HTMLAnchorElement>('[part="calendar-link"]')!;
    expect(link.getAttribute('download')).toBe('perhekahvila-20260310.ics');
    const ics = decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const [event] = parseICalendar(ics).events;
    expect(event?.['UID']).toBe(':perhekahvila-20260310@perhekeskus');
    expect(event?.['SUMMARY']).toBe(':Perhekahvila');
    expect(event?.['DTSTART']).toBe(';TZID=Europe/Helsinki:20260310T093000');
    expect(event?.['LOCATION']).toBe(':Juvan seurakuntatalo');
    expect(await axeViolations(el)).toEqual([]);
    // Closing is not a selection.
    await userEvent.click(row.querySelector('summary')!);
    await el.updateComplete;
    expect(selected).toHaveLength(1);
  });

  it('downloads the visible month’s events as one .ics file', async () => {
    const el = await mount({ entries: marchEntries() });
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="calendar-link"]')].at(-1)!;
    expect(text(link)).toBe('Lataa näytetyt tapahtumat kalenteriin (.ics): Maaliskuu 2026');
    // Keep the browser from saving the file; the link's own handler has run by then.
    root(el).addEventListener('click', (event) => event.preventDefault());
    await userEvent.click(link);
    // The file's writer loads on first use: the click waits for it, then points the link at the file.
    await until(() => expect(link.href.startsWith('blob:')).toBe(true));
    const ics = await (await fetch(link.href)).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('X-WR-CALNAME:Perhekeskus: Maaliskuu 2026');
    const { events: parsed } = parseICalendar(ics);
    expect(parsed.map((e) => e['UID'])).toEqual([
      ':perhekahvila-20260310@perhekeskus',
      ':ohjausryhma-20260310@perhekeskus',
      ':vanhempainilta-20260312@perhekeskus',
    ]);
    expect(parsed[2]?.['DTSTART']).toBe(';TZID=Europe/Helsinki:20260312T170000');
  });

  it('offers no calendar file for a period without events', async () => {
    const el = await mount({ entries: marchEntries(), attributes: { month: '2026-06' } });
    expect(root(el).querySelector('[part="status"]')?.textContent).toMatch(/0/);
    expect(root(el).querySelector('.actions [part="calendar-link"]')).toBeNull();
    el.setAttribute('month', '2026-03');
    await el.updateComplete;
    expect(root(el).querySelector('.actions [part="calendar-link"]')).not.toBeNull();
  });

  it('fires no events on load or when attributes and properties change', async () => {
    const fired: Event[] = [];
    for (const name of ['pk-date-select', 'pk-event-select']) document.addEventListener(name, (e) => fired.push(e));
    const el = await mount({ entries: marchEntries() });
    el.setAttribute('date', '2026-04-10');
    el.setAttribute('view', 'agenda');
    el.entries = marchEntries();
    await el.updateComplete;
    expect(fired).toHaveLength(0);
  });
});

/** The files the calendar requested, relative to the fixtures' folder (`osterbotten/index.json`). */
function requested(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls.map(([input]) =>
    new URL(String(input instanceof Request ? input.url : input), document.baseURI).pathname.replace(`${FOLDERS}/`, ''),
  );
}

/** A fetch that never answers until it is aborted, as a slow server. */
function stalled(_input: unknown, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
}

const NETWORK = 'Nätverket för familjecentralerna';

/** Whether core writes all-day entries as dates (`DTSTART;VALUE=DATE`), as issue 13 asks of it. */
function coreWritesAllDay(): boolean {
  const day = { id: 'd', title: { fi: 'D' }, start: '2026-03-01T00:00:00+02:00', end: '2026-03-02T00:00:00+02:00' };
  return toICalendar(entriesToEvents([{ ...day, allDay: true }]), { name: 'D' }).includes('VALUE=DATE');
}

describe('<pk-calendar> published folders', () => {
  it('reads a county’s folder: its region named, only the chosen group’s file for the year on screen, in Swedish', async () => {
    const fetches = vi.spyOn(window, 'fetch');
    const el = await mount({ lang: 'sv', attributes: { src: OSTERBOTTEN, groups: 'natverket', view: 'agenda' } });
    expect(requested(fetches)).toEqual(['osterbotten/index.json', 'osterbotten/groups/natverket-2026.json']);
    expect(text(root(el).querySelector('[part="region"]'))).toBe('Område: Österbotten');
    expect(events(el)).toEqual([NETWORK, NETWORK]);
    expect(status(el)).toBe('Mars 2026: 2 händelser');
    expect(root(el).querySelectorAll('.screen-view [lang]')).toHaveLength(0);
    expect(alert(el)).toBeNull();
    expect(await axeViolations(el)).toEqual([]);

    // Another year: that year's file, read when it is shown; the year before is not read again.
    el.setAttribute('date', '2027-03-09');
    await until(() => expect(events(el)).toEqual([NETWORK]));
    el.setAttribute('date', '2026-03-24');
    await settled(el);
    expect(events(el)).toEqual([NETWORK, NETWORK]);
    expect(requested(fetches)).toEqual([
      'osterbotten/index.json',
      'osterbotten/groups/natverket-2026.json',
      'osterbotten/groups/natverket-2027.json',
    ]);
    // Nothing of the built-in region.
    expect(requested(fetches).some((path) => path.startsWith('etela-savo'))).toBe(false);
  });

  it('shows every group of a folder when none is chosen, checks a county’s files at the door, and marks Swedish names', async () => {
    const el = await mount({ attributes: { src: OSTERBOTTEN, view: 'agenda' } });
    expect(text(root(el).querySelector('[part="region"]'))).toBe('Alue: Pohjanmaa');
    expect(events(el)).toEqual([NETWORK, 'Trasigt möte', 'Ohjausryhmä', NETWORK]);
    const message = text(alert(el));
    expect(message).toContain('Tapahtumatiedoissa on virheitä (1).');
    expect(message).toContain('Virheettömät tapahtumat (4) näytetään');
    expect(message).toContain('groups/trasig.json: Tapahtuma 2 (”Ännu ett möte”): kenttä start:');
    // Swedish-only titles in a Finnish page are marked as Swedish; the Finnish title is not.
    const titles = [...root(el).querySelectorAll('.screen-view .event-title strong')];
    expect(titles.map((t) => t.querySelector('[lang]')?.getAttribute('lang') ?? '')).toEqual(['sv', 'sv', '', 'sv']);
    expect(await axeViolations(el)).toEqual([]);

    // English has neither name of the region: the fallback carries its language.
    const en = await mount({ lang: 'en', attributes: { src: OSTERBOTTEN, groups: 'styrgruppen' } });
    const region = root(en).querySelector('[part="region"] [lang]');
    expect(['fi:Pohjanmaa', 'sv:Österbotten']).toContain(`${region?.getAttribute('lang')}:${text(region)}`);
  });

  it('shows a folder’s evaluation calendar with the evaluation attribute, reading only that file', async () => {
    const fetches = vi.spyOn(window, 'fetch');
    const el = await mount({ attributes: { src: OSTERBOTTEN, evaluation: '', view: 'agenda' } });
    expect(requested(fetches)).toEqual(['osterbotten/index.json', 'osterbotten/evaluation.json']);
    expect(events(el)).toEqual(['Familjeenkät']);
    expect(text(root(el).querySelector('[part~="event"] .event-time'))).toBe('1.3.2026–31.3.2026');
  });

  // Needs core to write all-day events as dates (see the report of issue 13); runs once core does.
  it.skipIf(!coreWritesAllDay())('writes an all-day evaluation task as an all-day event in its .ics file', async () => {
    const el = await mount({ attributes: { src: OSTERBOTTEN, evaluation: '', view: 'agenda' } });
    const row = root(el).querySelector('[part~="event"]')!;
    await userEvent.click(row.querySelector('summary')!);
    await until(() => expect(row.querySelector('[part="calendar-link"]')).not.toBeNull());
    const link = row.querySelector<HTMLAnchorElement>('[part="calendar-link"]')!;
    expect(link.getAttribute('download')).toBe('osterbotten-enkat-20260301.ics');
    const [event] = parseICalendar(decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1))).events;
    expect(event?.['UID']).toBe(':enkat-20260301@osterbotten');
    expect(event?.['DTSTART']).toBe(';VALUE=DATE:20260301');
    expect(event?.['DTEND']).toBe(';VALUE=DATE:20260401');
  });

  it('reads the built-in folder without src: every group from the year’s one calendar file, and the region named', async () => {
    const fetches = vi.spyOn(window, 'fetch');
    const el = await mount({ attributes: { view: 'agenda', month: '2026-05' } });
    expect(text(root(el).querySelector('[part="region"]'))).toBe('Alue: Etelä-Savo');
    expect(requested(fetches)).toEqual(['etela-savo/index.json', 'etela-savo/calendar/2026.json']);
    expect(events(el)).toEqual([
      'Kohtaamispaikkaverkosto',
      'Etelä-Savon perhekeskustoimijat -työryhmä',
      'Etelä-Savon lasten, nuorten ja perheiden johtoryhmä',
    ]);
    // Outside the published years the calendar says which years it has.
    expect(root(el).querySelector('[part="years-note"]')).toBeNull();
    el.setAttribute('month', '2027-05');
    await settled(el);
    expect(text(root(el).querySelector('[part="years-note"]'))).toBe(
      'Kalenteriin on julkaistu tapahtumat vuosilta 2026.',
    );
  });

  it('combines a page’s own file with the built-in groups, as before, reading only the chosen group’s file', async () => {
    const fetches = vi.spyOn(window, 'fetch');
    const el = await mount({ attributes: { src: FIXTURE_URL, groups: 'steering-group', view: 'agenda' } });
    expect(requested(fetches).filter((path) => path.startsWith('etela-savo/'))).toEqual([
      'etela-savo/index.json',
      'etela-savo/groups/steering-group.json',
    ]);
    expect(events(el)).toEqual([
      'Perhekahvila',
      'Etelä-Savon lasten, nuorten ja perheiden johtoryhmä',
      'Vanhempainilta',
    ]);
    expect(text(root(el).querySelector('[part="region"]'))).toBe('Alue: Etelä-Savo');
    expect(alert(el)).toBeNull();
  });

  it('refuses a folder of a format version it does not know', async () => {
    const el = await mount({ attributes: { src: `${FOLDERS}/future/index.json` } });
    expect(text(alert(el))).toContain('ei ole tämän kalenterin tuntemaa julkaisumuotoa');
    expect(root(el).querySelector('[part="region"]')).toBeNull();
  });

  it('says a real date outside the calendar’s years is outside them, not invalid, in fi, sv and en', async () => {
    const el = await mount({ attributes: { today: '9999-12-31', date: '2026-02-30' } });
    const message = text(alert(el));
    expect(message).toContain('Attribuutin today arvo ”9999-12-31” ei ole vuosina 1900–2200; näytetään tämä päivä.');
    expect(message).toContain('Attribuutin date arvo ”2026-02-30” ei ole kelvollinen päivämäärä');
    const sv = await mount({ lang: 'sv', attributes: { month: '1899-12' } });
    expect(text(alert(sv))).toContain(
      'Värdet ”1899-12” för attributet month ligger utanför åren 1900–2200; dagens datum visas.',
    );
    const en = await mount({ lang: 'en', attributes: { date: '9999-13-01', today: '2201-01-01' } });
    expect(text(alert(en))).toContain('The value “9999-13-01” of the date attribute is not a valid date');
    expect(text(alert(en))).toContain(
      'The value “2201-01-01” of the today attribute is outside the years 1900–2200; today is shown.',
    );
  });

  it('keeps the last good data when a refresh fails, and “Try again” leaves focus on the status', async () => {
    const el = await mount({ attributes: { src: OSTERBOTTEN, groups: 'natverket', view: 'agenda' } });
    expect(events(el)).toEqual([NETWORK, NETWORK]);
    const offline = () => Promise.reject(new TypeError('offline'));
    vi.spyOn(window, 'fetch').mockImplementationOnce(offline);
    el.setAttribute('src', `${OSTERBOTTEN}?v=2`);
    await settled(el);
    expect(text(alert(el))).toContain('Tiedostoa ei saatu haettua.');
    expect(events(el)).toEqual([NETWORK, NETWORK]);
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.click(alert(el)!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await settled(el);
    expect(alert(el)).toBeNull();
    expect(root(el).activeElement?.getAttribute('part')).toBe('status');
    expect(events(el)).toEqual([NETWORK, NETWORK]);

    // A group file that fails: the same, for the year's file.
    vi.spyOn(window, 'fetch').mockImplementationOnce(offline);
    el.setAttribute('date', '2027-03-09');
    await settled(el);
    expect(text(alert(el))).toContain('Tapahtumien lataaminen epäonnistui.');
    await userEvent.click(alert(el)!.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
    await until(() => expect(events(el)).toEqual([NETWORK]));
    expect(root(el).activeElement?.getAttribute('part')).toBe('status');
  });

  it('loads again when it is moved in the page while loading', async () => {
    vi.spyOn(window, 'fetch').mockImplementationOnce(stalled);
    const el = await mount({ settle: false, attributes: { src: OSTERBOTTEN, groups: 'natverket', view: 'agenda' } });
    expect(status(el)).toBe('Ladataan tapahtumia…');
    const host = el.parentElement!;
    el.remove();
    host.append(el);
    await settled(el);
    expect(events(el)).toEqual([NETWORK, NETWORK]);
  });

  it('names the region in calendar files: UIDs and file names', async () => {
    const el = await mount({ attributes: { groups: 'steering-group', view: 'agenda', month: '2026-03' } });
    const row = root(el).querySelector('[part~="event"]')!;
    await userEvent.click(row.querySelector('summary')!);
    await until(() => expect(row.querySelector('[part="calendar-link"]')).not.toBeNull());
    const link = row.querySelector<HTMLAnchorElement>('[part="calendar-link"]')!;
    expect(link.getAttribute('download')).toBe('etela-savo-steering-group-20260310.ics');
    const ics = decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1));
    expect(parseICalendar(ics).events[0]?.['UID']).toBe(':steering-group-20260310@etela-savo');

    const range = root(el).querySelector<HTMLAnchorElement>('.actions [part="calendar-link"]')!;
    expect(range.getAttribute('download')).toBe('etela-savo-2026-03-01.ics');
    root(el).addEventListener('click', (event) => event.preventDefault());
    await userEvent.click(range);
    await until(() => expect(range.href.startsWith('blob:')).toBe(true));
    const file = await (await fetch(range.href)).text();
    expect(file).toContain('X-WR-CALNAME:Perhekeskus\\, Etelä-Savo: Maaliskuu 2026');
  });
});

describe('<pk-calendar> long lists', () => {
  /** 120 events on Tuesday 10 March 2026, a quarter of an hour apart. */
  function busyDay(): EntryRow[] {
    return Array.from({ length: 120 }, (_, i) => {
      const minutes = 8 * 60 + i * 5;
      const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      return entry(`busy-${i}`, `2026-03-10T${time(minutes)}:00+02:00`, `2026-03-10T${time(minutes + 5)}:00+02:00`);
    });
  }

  const more = (el: CalendarElement, scope = '.screen-view') =>
    root(el).querySelector<HTMLButtonElement>(`${scope} [part="show-more"]`);

  it('draws 50 events at a time in the agenda, and moves focus to the first of the next ones', async () => {
    const el = await mount({ entries: busyDay(), attributes: { view: 'agenda' } });
    expect(events(el)).toHaveLength(50);
    expect(status(el)).toBe('Maaliskuu 2026: 120 tapahtumaa');
    expect(text(more(el))).toBe('Näytä lisää (näytetään 50/120)');
    await userEvent.click(more(el)!);
    await el.updateComplete;
    expect(events(el)).toHaveLength(100);
    expect(root(el).activeElement).toBe(root(el).querySelector('.screen-view [data-slot="50"] summary'));
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.click(more(el)!);
    await el.updateComplete;
    expect(events(el)).toHaveLength(120);
    expect(more(el)).toBeNull();
    // Another month starts again with a page.
    el.setAttribute('month', '2026-04');
    await el.updateComplete;
    el.setAttribute('month', '2026-03');
    await el.updateComplete;
    expect(events(el)).toHaveLength(50);
  });

  it('draws a page in the week and the day dialog too, and keeps the grid’s keys', async () => {
    const week = await mount({ entries: busyDay(), attributes: { view: 'week' } });
    expect(events(week)).toHaveLength(50);
    // Monday and the busy Tuesday; the rest of the week follows with the next page.
    expect(root(week).querySelectorAll('[part~="week"] > li')).toHaveLength(2);
    await userEvent.click(more(week)!);
    await userEvent.click(more(week)!);
    await week.updateComplete;
    expect(root(week).querySelectorAll('[part~="week"] > li')).toHaveLength(7);

    const el = await mount({ entries: busyDay() });
    expect(text(cell(el, TODAY).querySelector('.cell-events .more'))).toBe('+118 muuta');
    cell(el, TODAY).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => expect(focusedDate(el)).toBe('2026-03-09'));
    await userEvent.keyboard('{ArrowRight}');
    await until(() => expect(focusedDate(el)).toBe(TODAY));
    await userEvent.keyboard('{Enter}');
    await until(() => expect(events(el, 'dialog')).toHaveLength(50));
    await userEvent.click(more(el, 'dialog')!);
    await el.updateComplete;
    expect(events(el, 'dialog')).toHaveLength(100);
    await userEvent.keyboard('{Escape}');
    await until(() => expect(focusedDate(el)).toBe(TODAY));
  });
});
