// The finder on a phone (issue 13 §7): the built-in Etelä-Savo places in a 375 px wide container are
// compact rows a family can scan — name, municipality, next opening — with the details on demand; the
// filters fold behind one button beside the search box; example rows are marked calmly, once; and
// printing shows every place's details.
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import './meeting-place-finder.js';
import type { MeetingPlaceFinder } from './meeting-place-finder.component.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulatePrintMedia: () => Promise<void>;
    resetPrintMedia: () => Promise<void>;
  }
}

/** A Tuesday in term time, when the example places have their activities. */
const TODAY = '2026-03-10';
const PHONE = '375px';

/** A finder with the built-in region's places, municipalities and organisers in a container of `width`. */
async function mountBuiltIn(width: string, attributes: Record<string, string> = {}): Promise<MeetingPlaceFinder> {
  const host = document.createElement('div');
  host.style.width = width;
  document.body.append(host);
  const el = document.createElement('pk-meeting-place-finder');
  el.setAttribute('today', TODAY);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.places = structuredClone(etelaSavo.meetingPlaces);
  el.municipalities = etelaSavo.municipalities;
  el.parties = etelaSavo.parties;
  host.append(el);
  await el.updateComplete;
  await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.output')?.getAttribute('aria-busy')).toBe('false'), {
    timeout: 5_000,
    interval: 20,
  });
  await el.updateComplete;
  return el;
}

/** Waits until the narrow layout is on: the filters folded behind their button. */
async function narrowLayout(el: MeetingPlaceFinder): Promise<HTMLButtonElement> {
  const button = await vi.waitUntil(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="filters-button"]'), {
    timeout: 5_000,
    interval: 20,
  });
  await el.updateComplete;
  return button;
}

const rows = (el: MeetingPlaceFinder) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li.result')];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeEach(() => {
  // Finnish, the widget's own default, whatever the test page says.
  document.documentElement.removeAttribute('lang');
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<pk-meeting-place-finder> on a phone, with the built-in places', () => {
  it('fits every place in at most 3,000 px, the first within the first 700 px, the filters folded beside the search box', async () => {
    const el = await mountBuiltIn(PHONE);
    const button = await narrowLayout(el);
    const root = el.shadowRoot!;
    expect(rows(el)).toHaveLength(etelaSavo.meetingPlaces.length);
    expect(rows(el).length).toBeGreaterThanOrEqual(13);

    // One control beside the search box, in the same row; the rest folded behind it.
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    const filters = root.querySelector<HTMLElement>('.filters')!;
    expect(filters.hidden).toBe(true);
    expect(button.getAttribute('aria-controls')).toBe(filters.id);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const [box, control] = [search.getBoundingClientRect(), button.getBoundingClientRect()];
    expect(control.left).toBeGreaterThanOrEqual(box.right);
    expect(control.top).toBeLessThan(box.bottom);
    expect(control.bottom).toBeGreaterThan(box.top);

    const top = el.getBoundingClientRect().top;
    expect(el.getBoundingClientRect().height).toBeLessThanOrEqual(3_000);
    expect(rows(el)[0]!.getBoundingClientRect().top - top).toBeLessThanOrEqual(700);
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(375);
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);

    // Each row: the name (the button that opens the details), the municipality, the next opening.
    for (const row of rows(el)) {
      const toggle = row.querySelector<HTMLButtonElement>('[part="toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(text(row.querySelector('[part="meta"]'))).not.toBe('');
      expect(text(row.querySelector('[part="next-opening"]'))).not.toBe('');
      const details = row.querySelector<HTMLElement>('[part="details"]')!;
      expect(toggle.getAttribute('aria-controls')).toBe(details.id);
      expect(details.getClientRects()).toHaveLength(0);
    }
    const mikkeli = rows(el).find((row) => text(row).includes('Esimerkki: perheiden kohtaamispaikka (Mikkeli)'))!;
    expect(text(mikkeli.querySelector('[part="meta"]'))).toMatch(/^Mikkeli\b/);
    expect(text(mikkeli.querySelector('[part="next-opening"]'))).toMatch(/: \S+ \d+\.\d+\. klo \d/);

    // Details on demand: the row opens below its name and closes again.
    const toggle = mikkeli.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    await userEvent.click(toggle);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(mikkeli.querySelector('[part="details"]')!.getClientRects().length).toBeGreaterThan(0);
    await userEvent.click(toggle);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    // The filters unfold below the search box, and the list stays reachable.
    await userEvent.click(button);
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(filters.hidden).toBe(false);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows the distance in each row when ordered by distance from a municipality', async () => {
    const el = await mountBuiltIn(PHONE, { order: '491' });
    await narrowLayout(el);
    const metas = rows(el).map((row) => text(row.querySelector('[part="meta"]')));
    expect(metas.every((meta) => / km\b/.test(meta))).toBe(true);
    expect(el.getBoundingClientRect().height).toBeLessThanOrEqual(3_000);
  });

  it('marks the example rows once and calmly: one note above the list, no badge, no border of their own', async () => {
    const el = await mountBuiltIn(PHONE);
    await narrowLayout(el);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part="example-note"]')).toHaveLength(1);
    expect(root.querySelectorAll('[part~="badge"], .badge')).toHaveLength(0);
    const examples = rows(el).filter((row) => row.getAttribute('part') === 'result example');
    const real = rows(el).filter((row) => row.getAttribute('part') === 'result');
    expect(examples.length).toBeGreaterThan(0);
    expect(real.length).toBeGreaterThan(0);
    const look = (row: Element) => {
      const style = getComputedStyle(row);
      return [style.borderTopStyle, style.borderInlineStartStyle, style.borderInlineStartColor, style.backgroundColor];
    };
    for (const row of examples) {
      expect(look(row)).toEqual(look(real[0]!));
      // At most one quiet word in the row, in the row's own colours: no badge look.
      const markers = row.querySelectorAll<HTMLElement>('[part="example-marker"]');
      expect(markers.length).toBeLessThanOrEqual(1);
      for (const marker of markers) {
        const style = getComputedStyle(marker);
        expect(style.borderTopStyle).toBe('none');
        expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
      }
    }
  });

  it('shows every place’s details in print, and no controls', async () => {
    const el = await mountBuiltIn(PHONE);
    await narrowLayout(el);
    await commands.emulatePrintMedia();
    try {
      const root = el.shadowRoot!;
      const details = [...root.querySelectorAll<HTMLElement>('[part="details"]')];
      expect(details).toHaveLength(etelaSavo.meetingPlaces.length);
      for (const panel of details) expect(panel.getClientRects().length, panel.id).toBeGreaterThan(0);
      expect(getComputedStyle(root.querySelector('form')!).display).toBe('none');
      for (const chevron of root.querySelectorAll('.chevron')) expect(getComputedStyle(chevron).display).toBe('none');
      // The opening times of a place are on paper without opening it.
      const mikkeli = rows(el).find((row) => text(row).includes('(Mikkeli)'))!;
      expect(text(mikkeli.querySelector('[part="openings"]'))).toMatch(/klo/);
    } finally {
      await commands.resetPrintMedia();
    }
  });
});
