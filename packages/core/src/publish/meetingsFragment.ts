import * as z from 'zod/mini';
import { CalendarEntry } from '../calendar/calendarEntry.js';
import { modesText } from '../describe/modesText.js';
import { entriesToEvents } from '../export/entriesToEvents.js';
import { eventJsonLd } from '../export/eventJsonLd.js';
import { jsonLdScript } from '../export/jsonLdScript.js';
import { formatDate } from '../i18n/formatDate.js';
import { formatTime } from '../i18n/formatTime.js';
import { Id, type Locale, LocalizedText } from '../model/common.js';
import { helsinkiDateTime, helsinkiWallClock } from '../time/helsinki.js';
import { toEpochMs } from '../time/isoFormat.js';
import { parseInput } from '../validation/parseInput.js';
import { escapeHtml } from './escapeHtml.js';
import { FRAGMENT_LABELS } from './fragmentLabels.js';
import { FragmentOptions } from './fragmentOptions.js';
import { fragmentText } from './fragmentText.js';

/** One group's meetings for {@link meetingsFragment}: its id, its name and its calendar entries. */
export const MeetingsFragmentGroup = z.strictObject({
  id: Id,
  name: LocalizedText,
  entries: z.array(CalendarEntry),
});
export type MeetingsFragmentGroup = z.infer<typeof MeetingsFragmentGroup>;

/** The options of {@link meetingsFragment}: the fragment's, the moment after which meetings are coming, and how many per group. */
export const MeetingsFragmentOptions = z.extend(FragmentOptions, {
  now: z.date(),
  /** At most this many coming meetings per group (1–50, default 5). */
  limit: z.optional(z.int().check(z.gte(1), z.lte(50))),
});
export type MeetingsFragmentOptions = z.infer<typeof MeetingsFragmentOptions>;

const pad = (n: number) => String(n).padStart(2, '0');

/** "ti 10.3.2026 klo 9.00–11.00" in Helsinki time; an all-day entry's first day only. */
function whenText(entry: CalendarEntry, locale: Locale): { iso: string; text: string } {
  const start = toEpochMs(entry.start) ?? 0;
  const s = helsinkiWallClock(start);
  const date = `${s.year}-${pad(s.month)}-${pad(s.day)}`;
  const weekday = (new Date(Date.UTC(s.year, s.month - 1, s.day)).getUTCDay() + 6) % 7;
  const day = `${FRAGMENT_LABELS[locale].weekdaysShort[weekday] ?? ''} ${formatDate(date, locale)}`;
  if (entry.allDay) return { iso: date, text: day };
  const e = helsinkiWallClock(toEpochMs(entry.end) ?? start);
  const from = formatTime(`${pad(s.hour)}:${pad(s.minute)}`, locale);
  const to = formatTime(`${pad(e.hour)}:${pad(e.minute)}`, locale, false);
  return { iso: helsinkiDateTime(start), text: `${day} ${from}–${to}` };
}

function meetingHtml(entry: CalendarEntry, locale: Locale): string {
  const l = FRAGMENT_LABELS[locale];
  const when = whenText(entry, locale);
  const details = [
    entry.mode ? escapeHtml(modesText(entry.mode, locale)) : '',
    entry.location ? fragmentText(entry.location, locale) : '',
  ].filter((part) => part !== '');
  const [event] = entriesToEvents([entry], { locale });
  const ld = eventJsonLd(event!, { locale, ...(entry.example ? { example: true } : {}) });
  return [
    '<li>',
    `<time datetime="${escapeHtml(when.iso)}">${escapeHtml(when.text)}</time>`,
    details.length > 0 ? `, ${details.join(', ')}` : '',
    entry.example ? ` <span class="pk-example">(${escapeHtml(l.exampleMarker)})</span>` : '',
    `<script type="application/ld+json">${jsonLdScript(ld)}</script>`,
    '</li>',
  ].join('');
}

/**
 * The groups' coming meetings as an HTML fragment, an agenda (tulevat kokoukset, coming meetings)
 * that a CMS includes as it is and a `<pk-calendar>` placed around it replaces when its script runs:
 * a heading, then for each group its name and its next meetings after `now` — the day and the
 * Helsinki time, the meeting mode and the place — each with its schema.org `Event` as JSON-LD. Every
 * data text is escaped; example meetings say so. Deterministic for the same `now`.
 *
 * @param groups - the groups in the order to show them, each with its calendar entries
 * @param options - the language, the heading level (2–6, default 2), `now`, `limit` (default 5) and `example`
 * @returns the fragment: one `<section class="pk-fragment pk-meetings">`, ending in a newline
 * @throws ValidationError when the groups or the options are invalid
 * @example
 * meetingsFragment([{ id: 'steering-group', name: { fi: 'Ohjausryhmä' }, entries }],
 *   { locale: 'fi', now: new Date('2026-03-01T10:00:00Z') });
 * // '<section class="pk-fragment pk-meetings" lang="fi">\n<h2>Tulevat kokoukset</h2>\n<h3>Ohjausryhmä</h3>\n<ol>…'
 */
export function meetingsFragment(groups: readonly MeetingsFragmentGroup[], options: MeetingsFragmentOptions): string {
  const list = parseInput(z.array(MeetingsFragmentGroup), groups, 'groups');
  const o = parseInput(MeetingsFragmentOptions, options, 'options');
  const l = FRAGMENT_LABELS[o.locale];
  const level = o.headingLevel ?? 2;
  const now = o.now.getTime();
  const limit = o.limit ?? 5;
  const lines = [
    `<section class="pk-fragment pk-meetings" lang="${o.locale}">`,
    `<h${level}>${escapeHtml(l.meetingsHeading)}</h${level}>`,
  ];
  if (o.example || list.some((g) => g.entries.some((e) => e.example))) {
    lines.push(`<p class="pk-example-note">${escapeHtml(l.exampleNote)}</p>`);
  }
  const sub = Math.min(level + 1, 6);
  for (const group of list) {
    const coming = group.entries
      .filter((entry) => (toEpochMs(entry.end) ?? 0) > now)
      .sort((a, b) => (toEpochMs(a.start) ?? 0) - (toEpochMs(b.start) ?? 0))
      .slice(0, limit);
    lines.push(`<h${sub}>${fragmentText(group.name, o.locale)}</h${sub}>`);
    lines.push(
      coming.length === 0
        ? `<p>${escapeHtml(l.noMeetings)}</p>`
        : `<ol class="pk-list pk-agenda">\n${coming.map((e) => meetingHtml(e, o.locale)).join('\n')}\n</ol>`,
    );
  }
  lines.push('</section>');
  return `${lines.join('\n')}\n`;
}
