import { modesText } from '../describe/modesText.js';
import { monthNames } from '../i18n/monthNames.js';
import type { Locale, MonthWindow } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { escapeHtml } from './escapeHtml.js';
import { FRAGMENT_LABELS } from './fragmentLabels.js';
import { FragmentOptions } from './fragmentOptions.js';
import { fragmentText } from './fragmentText.js';
import { PublishedYearClock } from './publishedSchemas.js';

/** "maaliskuu–huhtikuu", or one month's name, capitalised as the first word of a cell. */
function monthsText(window: MonthWindow, locale: Locale): string {
  const names = monthNames[locale];
  const from = names[window.from - 1] ?? '';
  const text = window.from === window.to ? from : `${from}–${names[window.to - 1] ?? ''}`;
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * A year clock (vuosikello, year clock) as an HTML fragment: the table that `<pk-year-clock>` offers
 * beside its wheel — each entry's title (with its meeting mode and description), its months, its ring
 * and its topics — that a CMS includes as it is and the widget placed around it replaces when its
 * script runs. Every data text is escaped; a text in another language carries `lang`. Rows come ring
 * by ring, outermost first, in the file's order.
 *
 * @param clock - `year-clocks/<id>.json` as `publishRegion` makes it
 * @param options - the language, the heading level (2–6, default 2) and whether the region is an example
 * @returns the fragment: one `<section class="pk-fragment pk-year-clock">`, ending in a newline
 * @throws ValidationError when the file or the options are invalid
 * @example
 * yearClockFragment(yearClockFile(clock, region.groups), { locale: 'fi', headingLevel: 3 });
 * // '<section class="pk-fragment pk-year-clock" lang="fi">\n<h3>Parisuhteen tuen vuosikello</h3>\n<table>…'
 */
export function yearClockFragment(clock: PublishedYearClock, options: FragmentOptions): string {
  const c = parseInput(PublishedYearClock, clock, 'clock');
  const o = parseInput(FragmentOptions, options, 'options');
  const l = FRAGMENT_LABELS[o.locale];
  const level = o.headingLevel ?? 2;
  const name = fragmentText(c.name, o.locale);
  const rows = c.rings.flatMap((ring) =>
    ring.entries.map((entry) => {
      const title = [
        `<span>${fragmentText(entry.title, o.locale)}</span>`,
        entry.mode ? ` <span class="pk-mode">(${escapeHtml(modesText(entry.mode, o.locale))})</span>` : '',
        entry.description ? `<br><span class="pk-description">${fragmentText(entry.description, o.locale)}</span>` : '',
      ].join('');
      const topics = entry.topics ?? [];
      return [
        '<tr>',
        `<th scope="row">${title}</th>`,
        `<td>${escapeHtml(monthsText(entry.window, o.locale))}</td>`,
        `<td>${fragmentText(ring.label, o.locale)}</td>`,
        `<td>${topics.length > 0 ? `<ul>${topics.map((t) => `<li>${fragmentText(t, o.locale)}</li>`).join('')}</ul>` : ''}</td>`,
        '</tr>',
      ].join('');
    }),
  );
  return [
    `<section class="pk-fragment pk-year-clock" lang="${o.locale}">`,
    `<h${level}>${name}</h${level}>`,
    o.example ? `<p class="pk-example-note">${escapeHtml(l.exampleNote)}</p>` : '',
    '<div class="pk-table-wrap">',
    '<table>',
    `<caption>${name} ${escapeHtml(l.asTable)}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(l.columnEntry)}</th><th scope="col">${escapeHtml(l.columnMonths)}</th><th scope="col">${escapeHtml(l.columnRing)}</th><th scope="col">${escapeHtml(l.columnTopics)}</th></tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</div>',
    '</section>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
