// Issue 14 (1/7): 20,000 events in a month cost about what 200 do, in every view, the dialog and print.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import './calendar.js';
import type { CalendarElement } from './calendar.component.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulatePrintMedia: () => Promise<void>;
    resetPrintMedia: () => Promise<void>;
  }
}

const TODAY = '2026-03-10';
/** The most elements a widget's shadow root may hold, whatever the number of events. */
const BOUND = 5000;

/** `count` events spread over every day of March 2026, a minute apart. */
function crowdedMonth(count: number) {
  const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return Array.from({ length: count }, (_, i) => {
    const date = `2026-03-${String(1 + (i % 31)).padStart(2, '0')}`;
    const minutes = 6 * 60 + (Math.floor(i / 31) % (15 * 60));
    return {
      id: `e-${i}`,
      title: { fi: `Tapahtuma ${i}` },
      start: `${date}T${time(minutes)}:00+02:00`,
      end: `${date}T${time(minutes + 1)}:00+02:00`,
    };
  });
}

const root = (el: CalendarElement) => el.shadowRoot!;
const nodes = (el: CalendarElement) => root(el).querySelectorAll('*').length;
const status = (el: CalendarElement) =>
  (root(el).querySelector('[part="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focusedDate = (el: CalendarElement) => (root(el).activeElement as HTMLElement | null)?.dataset['date'];

async function settled(el: CalendarElement): Promise<void> {
  await el.updateComplete;
  await vi.waitFor(() => expect(root(el).querySelector('.calendar')?.getAttribute('aria-busy')).toBe('false'), {
    timeout: 20_000,
    interval: 50,
  });
  await el.updateComplete;
}

async function mount(entries: unknown, view: string): Promise<CalendarElement> {
  const host = document.createElement('div');
  host.style.width = '70rem';
  host.lang = 'en';
  document.body.append(host);
  const el = document.createElement('pk-calendar');
  el.setAttribute('today', TODAY);
  el.setAttribute('view', view);
  el.entries = entries;
  host.append(el);
  await settled(el);
  return el;
}

beforeAll(async () => {
  await page.viewport(1280, 900);
});
afterEach(async () => {
  await commands.resetPrintMedia();
  document.body.replaceChildren();
});

describe('<pk-calendar> with 20,000 events in a month', () => {
  for (const view of ['month', 'week', 'agenda']) {
    it(`draws the ${view} view of them with about as many elements as of 200`, async () => {
      const small = nodes(await mount(crowdedMonth(200), view));
      const el = await mount(crowdedMonth(20_000), view);
      expect(status(el)).toMatch(view === 'week' ? /^Week 11 .*: 4,515 events$/ : /^March 2026: 20,000 events$/);
      expect(nodes(el)).toBeLessThan(BOUND);
      expect(nodes(el)).toBeLessThan(small * 1.5);
    });
  }

  it('keeps the grid’s keys and opens a day’s dialog a page at a time', async () => {
    const el = await mount(crowdedMonth(20_000), 'month');
    root(el).querySelector<HTMLElement>(`[role="gridcell"][data-date="${TODAY}"]`)!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(focusedDate(el)).toBe('2026-03-11');
    await userEvent.keyboard('{Enter}');
    await settled(el);
    await vi.waitFor(() => expect(root(el).querySelector('dialog')?.open).toBe(true));
    expect(root(el).querySelectorAll('dialog [part~="event"]')).toHaveLength(50);
    expect(nodes(el)).toBeLessThan(BOUND);
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(focusedDate(el)).toBe('2026-03-11'));
  });

  it('prints a bounded agenda, saying how many of the events it holds', async () => {
    const el = await mount(crowdedMonth(20_000), 'month');
    await commands.emulatePrintMedia();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(root(el).querySelectorAll('.print-only [part~="event"]')).toHaveLength(1000);
    expect(root(el).querySelector('.print-only .agenda > p:last-child')?.textContent?.replace(/\s+/g, '')).toBe(
      '1,000/20,000events',
    );
    expect(nodes(el)).toBeLessThan(BOUND * 4);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(nodes(el)).toBeLessThan(BOUND);
  });
});
