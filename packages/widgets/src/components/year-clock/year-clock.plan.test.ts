// <pk-year-clock source="plan">: the coordinator's year clock, the whole action plan of a year on one
// wheel (issue 15 §7), drawn at the widget's width with labels along the arcs that have room for them.
import { actionPlanFile, formatDate } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { messages } from '../../i18n/year-clock/index.js';
import { setBuiltInIndex } from '../../internal/built-in.js';
import './year-clock.js';
import { builtInIndex, serveBuiltIn } from './fixtures/built-in.js';
import type { YearClockElement } from './year-clock.component.js';

/** Tuesday 10 March 2026: the day the tests treat as today. */
const TODAY = '2026-03-10';
/** An invented county's published folder with an action plan whose group names are in Swedish only. */
const PLAN_COUNTY_URL = new URL('./fixtures/plan-county/index.json', import.meta.url).pathname;
/** An invented county's published folder without an action plan. */
const COUNTY_URL = new URL('./fixtures/county/index.json', import.meta.url).pathname;

const root = (el: YearClockElement) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const arcs = (el: YearClockElement) => [...root(el).querySelectorAll<SVGPathElement>('[part~="arc"]')];
const ringGroups = (el: YearClockElement) => [...root(el).querySelectorAll<SVGGElement>('g[role="group"]')];
const labels = (el: YearClockElement) => [...root(el).querySelectorAll<SVGTextElement>('[part~="arc-label"]')];
const toggles = (el: YearClockElement) => [...root(el).querySelectorAll<HTMLInputElement>('[part="ring-toggle"]')];
const face = (el: YearClockElement) => root(el).querySelector<SVGSVGElement>('[part="face"]')!;
const alert = (el: YearClockElement) => root(el).querySelector('[role="alert"]');
const rows = (el: YearClockElement) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];

async function until(check: () => void): Promise<void> {
  await vi.waitFor(check, { timeout: 10_000, interval: 20 });
}

async function mount(attributes: Record<string, string>, width = '1280px', lang?: string): Promise<YearClockElement> {
  const host = document.createElement('div');
  host.style.width = width;
  if (lang) host.lang = lang;
  document.body.append(host);
  const el = document.createElement('pk-year-clock');
  el.setAttribute('today', TODAY);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  host.append(el);
  await el.updateComplete;
  return el;
}

/** Mounts the plan view and waits until it is drawn at the width it has. */
async function mountPlan(attributes: Record<string, string> = {}, width = '1280px', lang?: string) {
  const el = await mount({ source: 'plan', year: '2026', ...attributes }, width, lang);
  const expected = Math.min(Number.parseFloat(width), 1100);
  await until(() => {
    expect(arcs(el).length).toBeGreaterThan(0);
    // Drawn at the widget's width (followed in 16 px steps), not at the size before it was measured.
    expect(face(el).getBoundingClientRect().width).toBeGreaterThan(expected - 17);
  });
  return el;
}

/** Unticks every ring in the legend but those named, and waits for the clock to redraw. */
async function showOnly(el: YearClockElement, ringIds: readonly string[], all: readonly string[]) {
  // DOM clicks (real click events) rather than a pointer per box: a dozen rings, on a busy machine.
  for (const [i, id] of all.entries()) {
    if (!ringIds.includes(id)) toggles(el)[i]!.click();
  }
  await until(() => expect(ringGroups(el)).toHaveLength(ringIds.length));
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

/** The arc a label is written on. */
const arcOf = (el: YearClockElement, label: SVGTextElement) => arcs(el)[Number(label.getAttribute('data-arc'))]!;

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

let stopServing: () => void = () => {};

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
  stopServing = serveBuiltIn();
  setBuiltInIndex(builtInIndex());
});

afterEach(() => {
  document.body.replaceChildren();
  stopServing();
  vi.restoreAllMocks();
});

describe('<pk-year-clock source="plan">', () => {
  it('draws a ring per group that meets, the evaluation and the reports due, each with its arcs, as published', async () => {
    const plan = actionPlanFile(etelaSavo, 2026);
    const el = await mountPlan();
    expect(ringGroups(el).map((g) => g.getAttribute('aria-label'))).toEqual(plan.rings.map((r) => r.label.fi));
    expect(ringGroups(el).map((g) => g.querySelectorAll('[part~="arc"]').length)).toEqual(
      plan.rings.map((r) => r.entries.length),
    );
    expect(plan.rings.map((r) => r.id)).toEqual(expect.arrayContaining(['steering-group', 'evaluation']));
    expect(plan.rings.at(-1)!.id).toBe('reports-to-steering-group');
    // Every ring is in the legend with its number and a checkbox that shows or hides it.
    expect(toggles(el)).toHaveLength(plan.rings.length);
    expect(toggles(el).every((box) => box.checked)).toBe(true);
    expect(text(root(el).querySelector('.legend-title'))).toBe(messages('fi').legendShownLabel);
    expect(text(root(el).querySelector('caption'))).toBe('Toimintasuunnitelman vuosikello taulukkona');
    expect(text(root(el).querySelector('.hub'))).toBe('2026');
    expect(alert(el)).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('grows with its container: up to 1,100 px in a 1280 px page, smaller in a smaller one', async () => {
    const wide = await mountPlan();
    expect(face(wide).getBoundingClientRect().width).toBeGreaterThanOrEqual(1_000);
    expect(face(wide).getBoundingClientRect().width).toBeLessThanOrEqual(1_100);
    const half = await mountPlan({}, '640px');
    const width = face(half).getBoundingClientRect().width;
    expect(width).toBeLessThanOrEqual(640);
    expect(width).toBeLessThan(face(wide).getBoundingClientRect().width);
  });

  it('labels the arcs that have room at a wide size, with the meeting days, and none when narrow', async () => {
    const plan = actionPlanFile(etelaSavo, 2026);
    const all = plan.rings.map((r) => r.id);
    const steering = plan.rings.find((r) => r.id === 'steering-group')!;
    const days = steering.entries.map((e) => `${Number(e.date!.slice(8, 10))}.${Number(e.date!.slice(5, 7))}.`);

    // The whole plan, every ring shown, at a 1280 px page's width: the meetings carry their days.
    const whole = await mountPlan();
    await until(() => expect(labels(whole).length).toBeGreaterThan(0));
    expect(labels(whole).map(text)).toEqual(expect.arrayContaining(days));

    // With two rings shown, the lanes are wider still and titles fit too.
    const wide = await mountPlan();
    await showOnly(wide, ['steering-group', 'evaluation'], all);
    await until(() => expect(labels(wide).length).toBeGreaterThan(0));
    const written = labels(wide).map(text);
    expect(written).toEqual(expect.arrayContaining(days));
    // Titles too, where they fit: the evaluation tasks.
    expect(written.some((label) => /\D{6}/.test(label))).toBe(true);
    // The estimate errs towards no label: each written label is shorter than its arc.
    for (const label of labels(wide)) {
      const id = label.querySelector('textPath')!.getAttribute('href')!.slice(1);
      const path = root(wide).querySelector<SVGPathElement>(`[id="${id}"]`)!;
      expect(label.getComputedTextLength()).toBeLessThan(path.getTotalLength());
    }
    // A label is part of the drawing, not another control: hidden from assistive technology, and a click
    // on it reaches its arc.
    expect(labels(wide).every((label) => label.closest('[aria-hidden="true"]'))).toBe(true);
    expect(getComputedStyle(labels(wide)[0]!).pointerEvents).toBe('none');
    // Text on the ring's colour: at least 4.5:1, on every ring colour used.
    for (const label of labels(wide)) {
      expect(contrast(getComputedStyle(label).fill, getComputedStyle(arcOf(wide, label)).fill)).toBeGreaterThanOrEqual(
        4.5,
      );
    }

    const narrow = await mountPlan({}, '400px');
    await showOnly(narrow, ['steering-group', 'evaluation'], all);
    expect(labels(narrow)).toEqual([]);
  });

  it('keeps keyboard use: one tab stop, arrows between entries, Enter shows the day and the ring', async () => {
    const plan = actionPlanFile(etelaSavo, 2026);
    const first = plan.rings[0]!.entries[0]!;
    const el = await mountPlan();
    arcs(el)[0]!.focus();
    expect(arcs(el).filter((arc) => arc.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(arcs(el)[0]!.getAttribute('aria-label')).toBe(
      `${first.title.fi}, ${formatDate(first.date!, 'fi')}, ${plan.rings[0]!.label.fi}`,
    );
    await userEvent.keyboard('{ArrowRight}');
    await until(() => expect(root(el).activeElement).toBe(arcs(el)[1]));
    await userEvent.keyboard('{Enter}');
    await until(() => expect(arcs(el)[1]!.getAttribute('aria-selected')).toBe('true'));
    const second = plan.rings[0]!.entries[1]!;
    expect(text(root(el).querySelector('[part="details"] .meta'))).toContain(formatDate(second.date!, 'fi'));
    // Hiding a ring from the legend does not move Tab's stop onto the checkboxes' entries.
    await userEvent.click(toggles(el).at(-1)!);
    await until(() => expect(ringGroups(el)).toHaveLength(plan.rings.length - 1));
    expect(arcs(el).filter((arc) => arc.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('lists the same entries in the table, with each meeting’s day, and follows the rings shown', async () => {
    const plan = actionPlanFile(etelaSavo, 2026);
    const total = plan.rings.reduce((sum, r) => sum + r.entries.length, 0);
    const el = await mountPlan({ 'show-table': '' });
    expect(rows(el)).toHaveLength(total);
    const steering = plan.rings.find((r) => r.id === 'steering-group')!;
    const row = rows(el).find((tr) => text(tr).includes(formatDate(steering.entries[0]!.date!, 'fi')));
    expect(text(row)).toContain(steering.label.fi!);
    await userEvent.click(toggles(el)[plan.rings.indexOf(steering)]!);
    await until(() => expect(rows(el)).toHaveLength(total - steering.entries.length));
    expect(await axeViolations(el)).toEqual([]);
  });

  it('marks Swedish-only group names with lang="sv" on a Finnish page, on the clock, the legend and the table', async () => {
    const el = await mount({ src: PLAN_COUNTY_URL, source: 'plan', year: '2026', 'show-table': '' });
    await until(() => expect(arcs(el)).toHaveLength(5));
    expect(text(root(el).querySelector('[part="status"]'))).toContain('Pohjanmaa');
    expect(text(root(el).querySelector('[part="legend"] li [lang="sv"]'))).toBe('Nätverket i Österbotten');
    expect(text(rows(el)[0]!.querySelector('th [lang="sv"]'))).toBe('Nätverket i Österbotten');
    expect(text(rows(el)[0]!.querySelectorAll('td')[0]!)).toContain('12.2.2026');
    // The reports are in order of their day, whatever the file's order.
    const reports = ringGroups(el)[2]!.querySelectorAll('[part~="arc"]');
    expect([...reports].map((arc) => arc.getAttribute('aria-label'))).toEqual([
      `Lägesöversikt, 10.3.2026, Rapporter: Ledningsgruppen, ${messages('fi').current}`,
      'Lägesöversikt, 13.10.2026, Rapporter: Ledningsgruppen',
    ]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('speaks Swedish and English, days written each language’s way', async () => {
    const sv = await mountPlan({ src: PLAN_COUNTY_URL }, '1280px', 'sv');
    expect(text(root(sv).querySelector('caption'))).toBe('Verksamhetsplanens årsklocka som tabell');
    expect(arcs(sv)[0]!.getAttribute('aria-label')).toBe('Nätverket i Österbotten, 12.2.2026, Nätverket i Österbotten');
    const en = await mountPlan({ src: PLAN_COUNTY_URL }, '1280px', 'en');
    expect(arcs(en)[0]!.getAttribute('aria-label')).toBe(
      'Nätverket i Österbotten, 12 Feb 2026, Nätverket i Österbotten',
    );
    // Wide enough rings here: the labels carry the day in each language's short form.
    expect(labels(sv).map(text)).toContain('12/2');
    expect(labels(en).map(text)).toContain('12 Feb');
    expect(
      labels(sv)
        .find((label) => text(label) === 'Familjeenkäten')
        ?.getAttribute('lang') ?? null,
    ).toBeNull();
  });

  it('says which years are published, and when the data has no action plan, in the page’s language', async () => {
    const late = await mount({ source: 'plan', year: '2031' });
    await until(() => expect(alert(late)).not.toBeNull());
    expect(text(alert(late))).toContain(
      'Määrite year: julkaistut tiedot kattavat vain vuodet 2026, 2027, 2028; saatiin ”2031”.',
    );
    const none = await mount({ src: COUNTY_URL, source: 'plan', year: '2026' }, '1280px', 'en');
    await until(() => expect(alert(none)).not.toBeNull());
    expect(text(alert(none))).toContain(
      'Attribute src: the published data has no action plan year clock; publish it again with perhekeskus publish.',
    );
    const bad = await mount({ source: 'plans' }, '1280px', 'sv');
    await until(() => expect(alert(bad)).not.toBeNull());
    expect(text(alert(bad))).toContain('year-clock, evaluation, plan');
    expect(text(alert(bad))).toContain('”plans”');
  });

  it('writes labels in system colours in forced-colors mode, the chosen arc’s in the highlight colours', async () => {
    await commands.emulateForcedColors(true);
    try {
      const el = await mountPlan({ src: PLAN_COUNTY_URL });
      await until(() => expect(labels(el).length).toBeGreaterThan(0));
      const label = labels(el)[0]!;
      const arc = arcOf(el, label);
      expect(getComputedStyle(label).fill).toBe(getComputedStyle(arc).stroke);
      expect(contrast(getComputedStyle(label).fill, getComputedStyle(arc).fill)).toBeGreaterThanOrEqual(4.5);
      await userEvent.click(arc);
      await until(() => expect(labels(el)[0]!.classList.contains('selected')).toBe(true));
      const chosen = labels(el)[0]!;
      expect(contrast(getComputedStyle(chosen).fill, getComputedStyle(arcOf(el, chosen)).fill)).toBeGreaterThanOrEqual(
        4.5,
      );
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      await commands.emulateForcedColors(false);
    }
  });

  it('reflows at 320 CSS pixels (400 % zoom): the wheel shrinks, the table is shown and fits', async () => {
    const el = await mount({ source: 'plan', year: '2026' }, '320px');
    await until(() => expect(root(el).querySelector<HTMLElement>('.table-wrap')?.hidden).toBe(false));
    const right = el.getBoundingClientRect().right;
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    expect(face(el).getBoundingClientRect().right).toBeLessThanOrEqual(right + 0.5);
    for (const node of root(el).querySelectorAll<HTMLElement>('.legend, .table-wrap, table, tbody tr, td')) {
      expect(node.getBoundingClientRect().right, node.tagName).toBeLessThanOrEqual(right + 0.5);
    }
    expect(rows(el).length).toBe(arcs(el).length);
  });
});
