// The view-model of <pk-year-clock>: core's layout of the rings, each arc with what the views need,
// and the state the three views (wheel, details, table) read. Pure functions, no DOM.
import { formatDate, type Locale, type LocalizedText, type YearClockRing } from '@perhekeskus/core';
// The layout without argument checks (and without zod): the rings are checked already, by the
// built-in folder's build or by the door check (`year-clock.checks.ts`).
import { type YearClockArc, type YearClockLayout, yearClockLayout } from '@perhekeskus/core/trusted';
import type { CSSResult, TemplateResult } from 'lit';
import type { YearClockMessages } from '../../i18n/year-clock/index.js';
import { display, plainText, shownText } from '../../internal/localized-text.js';

/** One arc with what the views need, in the order of the clock (ring by ring, clockwise within a ring). */
export interface ClockArc {
  readonly arc: YearClockArc;
  /** `ringId` + NUL + `entryId`: entry ids are unique only within a ring. */
  readonly key: string;
  readonly ringIndex: number;
  readonly ringLabel: LocalizedText;
  /** Today falls in the entry's months. */
  readonly current: boolean;
}

/** The drawing: core's layout and the arcs in table order. */
export interface ClockView {
  readonly layout: YearClockLayout;
  readonly arcs: readonly ClockArc[];
  /** Each drawn ring's place among all the rings (its number and colour stay when others are hidden). */
  readonly ringIndexes: readonly number[];
}

/** A ring of the data, drawn or hidden by the user, for the legend. */
export interface LegendRing {
  readonly id: string;
  readonly label: LocalizedText;
  readonly hidden: boolean;
}

/** What the wheel, the details panel and the table show. */
export interface ViewModel {
  readonly view: ClockView;
  /** The clock's title as shown (a data name carries its `lang`). */
  readonly title: string | TemplateResult;
  /** The same title as plain text, for accessible names. */
  readonly titleText: string;
  /** The year the clock is of, shown at its hub. */
  readonly year: number | undefined;
  readonly m: YearClockMessages;
  readonly locale: Locale;
  /** A prefix for ids unique to this widget. */
  readonly uid: string;
  /** The chosen entry's key. */
  readonly selected: string | undefined;
  /** The index of the entry that Tab reaches. */
  readonly active: number;
  readonly tableShown: boolean;
  readonly headingLevel: number;
  /** Every ring of the data, in order, with whether the user has hidden it. */
  readonly rings: readonly LegendRing[];
  /** The plan view's labels and ring toggles, once loaded (`source="plan"` only). */
  readonly plan?: PlanView;
}

/** What the plan view (`year-clock.plan.ts`, loaded on demand) adds to the wheel. */
export interface PlanView {
  /** The labels along the arcs that have room for them. */
  arcLabels(vm: ViewModel, arcs: readonly ClockArc[]): TemplateResult;
  /** A ring's legend entry with the checkbox that shows or hides it. */
  ringToggle(ring: LegendRing, number: TemplateResult, onToggle: (ringId: string) => void): TemplateResult;
  /** The styles of the labels and toggles, adopted after the widget's own. */
  readonly styles: CSSResult;
}

/**
 * Whether `month` falls in a window (inclusive; `from` > `to` wraps over the new year).
 *
 * @example
 * inWindow(1, { from: 11, to: 2 }); // true
 */
export function inWindow(month: number, window: { from: number; to: number }): boolean {
  return window.from <= window.to
    ? month >= window.from && month <= window.to
    : month >= window.from || month <= window.to;
}

/**
 * Core's layout of the rings with today marked, and the arcs in table order.
 *
 * @param rings - validated rings
 * @param marked - the day to mark (`YYYY-MM-DD`), or none
 * @param size - the side of the square layout, in CSS px (default 400)
 * @param hidden - ids of rings the user has hidden: left out, the others keep their numbers
 * @param compact - a smaller hub and thinner gaps (the plan's many rings), for lanes wide enough for labels
 * @returns the drawing, or undefined when core cannot lay the rings out
 */
export function clockView(
  rings: readonly YearClockRing[],
  marked: string | undefined,
  size = 400,
  hidden: ReadonlySet<string> = new Set(),
  compact = false,
): ClockView | undefined {
  const ringIndexes = rings.flatMap((ring, i) => (hidden.has(ring.id) ? [] : [i]));
  const shown = ringIndexes.map((i) => rings[i]!);
  let layout: YearClockLayout;
  try {
    layout = yearClockLayout(shown, marked ? { today: marked, size, compact } : { size, compact });
  } catch {
    return undefined;
  }
  const month = marked ? Number(marked.slice(5, 7)) : 0;
  const arcs = layout.rings.flatMap((ring, drawn) =>
    ring.arcs.map(
      (arc): ClockArc => ({
        arc,
        key: `${ring.id}\u0000${arc.entry.id}`,
        ringIndex: ringIndexes[drawn]!,
        ringLabel: ring.label,
        // A dated meeting is under way on its day only; a task over its months.
        current: arc.entry.date ? arc.entry.date === marked : month > 0 && inWindow(month, arc.entry.window),
      }),
    ),
  );
  return { layout, arcs, ringIndexes };
}

/** The entry's months in words: `tammi–helmikuu`. */
export function monthsOf(arc: ClockArc, m: YearClockMessages): string {
  const { from, to } = arc.arc.entry.window;
  return m.monthRange(from, to);
}

/** When the entry is: its day (`13.1.2026`) when it is one dated meeting or mark, else its months. */
export function whenOf(arc: ClockArc, m: YearClockMessages, locale: Locale): string {
  const { date } = arc.arc.entry;
  return date ? formatDate(date, locale) : monthsOf(arc, m);
}

/** "Title, when, ring" (and "under way" when today falls in it): what a screen reader hears for an arc. */
export function accessibleName(arc: ClockArc, m: YearClockMessages, locale: Locale): string {
  const parts = [plainText(arc.arc.entry.title, locale), whenOf(arc, m, locale), plainText(arc.ringLabel, locale)];
  if (arc.current) parts.push(m.current);
  return parts.join(', ');
}

/** The CSS class that gives a ring its colour (`--pk-ring-1` … `--pk-ring-6`, then again). */
export function ringClass(ringIndex: number): string {
  return `ring-${(ringIndex % 6) + 1}`;
}

/**
 * The clock's title: the page's `label`, else the data's own name (carrying its `lang` when shown in
 * another language), else the evaluation calendar's title of its year, else "year clock".
 *
 * @returns the title as shown, and as plain text for accessible names
 */
export function clockTitle(
  label: string | undefined,
  name: LocalizedText | undefined,
  evaluationYear: number | undefined,
  m: YearClockMessages,
  locale: Locale,
): { shown: string | TemplateResult; text: string } {
  const given = label?.trim();
  if (given) return { shown: given, text: given };
  if (name) {
    const shown = display(name, locale);
    return { shown: shownText(shown, locale), text: shown.text };
  }
  const text = evaluationYear === undefined ? m.defaultTitle : m.evaluationTitle(String(evaluationYear));
  return { shown: text, text };
}
