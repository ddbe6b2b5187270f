// The view-model of <pk-year-clock>: core's layout of the rings, each arc with what the views need,
// and the state the three views (wheel, details, table) read. Pure functions, no DOM.
import type { Locale, LocalizedText, YearClockRing } from '@perhekeskus/core';
// The layout without argument checks (and without zod): the rings are checked already, by the
// built-in folder's build or by the door check (`year-clock.checks.ts`).
import { type YearClockArc, type YearClockLayout, yearClockLayout } from '@perhekeskus/core/trusted';
import type { TemplateResult } from 'lit';
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
 * @returns the drawing, or undefined when core cannot lay the rings out
 */
export function clockView(rings: readonly YearClockRing[], marked: string | undefined): ClockView | undefined {
  let layout: YearClockLayout;
  try {
    layout = yearClockLayout(rings, marked ? { today: marked } : {});
  } catch {
    return undefined;
  }
  const month = marked ? Number(marked.slice(5, 7)) : 0;
  const arcs = layout.rings.flatMap((ring, ringIndex) =>
    ring.arcs.map(
      (arc): ClockArc => ({
        arc,
        key: `${ring.id}\u0000${arc.entry.id}`,
        ringIndex,
        ringLabel: ring.label,
        current: month > 0 && inWindow(month, arc.entry.window),
      }),
    ),
  );
  return { layout, arcs };
}

/** The entry's months in words: `tammi–helmikuu`. */
export function monthsOf(arc: ClockArc, m: YearClockMessages): string {
  const { from, to } = arc.arc.entry.window;
  return m.monthRange(from, to);
}

/** "Title, months, ring" (and "under way" when today falls in it): what a screen reader hears for an arc. */
export function accessibleName(arc: ClockArc, m: YearClockMessages, locale: Locale): string {
  const parts = [plainText(arc.arc.entry.title, locale), monthsOf(arc, m), plainText(arc.ringLabel, locale)];
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
