// The plan view of <pk-year-clock source="plan">, the coordinator's year clock (the whole action plan of
// a year on one wheel): loading the published plan, labels along the arcs that have room for them,
// and a checkbox per ring in the legend. Imported only by a clock that draws a plan, so the plain
// year clock's page does not download it.
import type { PublishedFile } from '@perhekeskus/core';
import { html, nothing, svg, type TemplateResult, unsafeCSS } from 'lit';
import type { YearClockIssue, YearClockMessages } from '../../i18n/year-clock/index.js';
import { display } from '../../internal/localized-text.js';
import { filesOf, type PublishedFolder } from '../../internal/published.js';
import type { DoorCheck } from './year-clock.checks.js';
import { type ClockData, readClock } from './year-clock.data.js';
// `?inline` gives the file's text, minified by the build (see year-clock.styles.ts).
import text from './year-clock.plan.css?inline';
import type { ClockArc, LegendRing, PlanView, ViewModel } from './year-clock.view-model.js';

/** The font size of an arc's label, in CSS px (the layout's units: the face is drawn at its own width). */
export const LABEL_FONT_PX = 11;
/** A generous average width of a character of a sans-serif font, in em: an estimate that errs towards no label. */
const CHAR_EM = 0.6;

/**
 * The action plan of `year` as published (`action-plan/<year>.json`): every group's meetings, the
 * evaluation, the reports due. A year not published is named with the years that are.
 *
 * @returns the rings and title, or why there are none
 */
export async function loadPlan(
  folder: PublishedFolder,
  year: number,
  check: DoorCheck | undefined,
  signal: AbortSignal,
): Promise<Pick<ClockData, 'rings' | 'title' | 'settings'>> {
  const files = filesOf(folder, 'action-plan');
  const file: PublishedFile | undefined = files.find((f) => f.years?.includes(year));
  if (!file) {
    const years = files.flatMap((f) => f.years ?? []).join(', ');
    const issue: YearClockIssue = years
      ? { path: 'year', kind: 'year-not-published', expected: years, received: String(year) }
      : { path: 'src', kind: 'no-plan' };
    return { rings: [], settings: [issue] };
  }
  const clock = await readClock(folder, file, check, signal);
  const title = clock.name ?? file.name;
  return { rings: clock.rings, ...(title ? { title } : {}), settings: [] };
}

/**
 * The text to write on an arc: its day, short (`13.1.`), for a dated entry (the ring names the group),
 * else its title, with the title's language when it is not the widget's.
 *
 * @example
 * arcLabelText(arc, fi, 'fi'); // { text: '10.2.' } for a meeting on 10 February
 */
export function arcLabelText(
  arc: ClockArc,
  m: YearClockMessages,
  locale: ViewModel['locale'],
): { text: string; lang?: string } {
  const { date, title } = arc.arc.entry;
  if (date) return { text: m.shortDate(Number(date.slice(8, 10)), Number(date.slice(5, 7))) };
  const shown = display(title, locale);
  return shown.lang && shown.lang !== locale ? { text: shown.text, lang: shown.lang } : { text: shown.text };
}

/**
 * Whether a label fits along an arc at the size drawn: the ring as thick as the text is tall, and
 * the arc's middle longer than the text is wide, estimated from its length (no measuring, so the same
 * on every machine; the estimate errs towards leaving the label to the details and the table).
 *
 * @example
 * labelFits('10.2.', { innerRadius: 200, outerRadius: 220, labelLength: 90 }); // true
 */
export function labelFits(
  text: string,
  arc: Pick<ClockArc['arc'], 'innerRadius' | 'outerRadius' | 'labelLength'>,
): boolean {
  const tall = arc.outerRadius - arc.innerRadius >= LABEL_FONT_PX * 1.25;
  return tall && [...text].length * LABEL_FONT_PX * CHAR_EM + LABEL_FONT_PX <= arc.labelLength;
}

/**
 * The labels written along the arcs that have room for them (the others are named by the details
 * panel and the table): hidden from assistive technology, which hears each arc's full name, and
 * transparent to the pointer, so that a click on a label reaches its arc.
 */
function arcLabels(vm: ViewModel, arcs: readonly ClockArc[]): TemplateResult {
  const { m, locale, uid } = vm;
  const fitting = arcs.flatMap((arc, i) => {
    const label = arcLabelText(arc, m, locale);
    return labelFits(label.text, arc.arc) ? [{ arc, i, label }] : [];
  });
  return svg`<defs>
      ${fitting.map(({ arc, i }) => svg`<path id="${uid}-label-${i}" d=${arc.arc.labelPath}></path>`)}
    </defs>
    ${fitting.map(
      ({
        arc,
        i,
        label,
      }) => svg`<text class=${arc.key === vm.selected ? 'arc-label selected' : 'arc-label'} part="arc-label"
        font-size=${LABEL_FONT_PX} lang=${label.lang ?? nothing} data-arc=${i}><textPath href="#${uid}-label-${i}"
        startOffset="50%">${label.text}</textPath></text>`,
    )}`;
}

/** A ring's legend entry as a checkbox: a whole plan has too many rings for labels; fewer rings grow wider. */
function ringToggle(ring: LegendRing, number: TemplateResult, onToggle: (ringId: string) => void): TemplateResult {
  return html`<label class="ring-toggle"><input type="checkbox" part="ring-toggle" .checked=${!ring.hidden}
    @change=${() => onToggle(ring.id)} />${number}</label>`;
}

/** The plan view's additions to the wheel, and their styles (our own file, so `unsafeCSS` is safe). */
export const planView: PlanView = { arcLabels, ringToggle, styles: unsafeCSS(text) };
