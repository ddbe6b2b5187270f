import type { Locale, LocalizedText, TrilingualText } from '../model/common.js';
import { displayText } from '../model/displayText.js';
import type { Occurrence } from '../schedule/occurrence.js';
import { EXPORT_LABELS, modesLabel } from '../describe/exportLabels.js';

/**
 * The string of `displayText(text, locale)`: the one display rule, for callers that need no `lang`.
 *
 * @param text - localized text
 * @param locale - interface language
 * @returns the text to show
 * @example
 * localize({ fi: 'Ohjausryhmä' }, 'en'); // 'Ohjausryhmä'
 * localize({ sv: 'Styrgruppen' }, 'fi'); // 'Styrgruppen'
 */
export function localize(text: LocalizedText | TrilingualText, locale: Locale): string {
  return displayText(text, locale).text;
}

/**
 * The title of an occurrence: its own title, else the group's name, in the locale (Finnish fallback).
 *
 * @param occurrence - the occurrence
 * @param groupName - the group's name, when known
 * @param locale - interface language
 * @returns the title, or `undefined` when there is neither a title nor a group name
 * @example
 * occurrenceTitle({ start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' },
 *   { fi: 'Ohjausryhmä', sv: 'Styrgruppen', en: 'Steering group' }, 'sv'); // 'Styrgruppen'
 */
export function occurrenceTitle(
  occurrence: Occurrence,
  groupName: LocalizedText | undefined,
  locale: Locale,
): string | undefined {
  if (occurrence.title) return localize(occurrence.title, locale);
  return groupName ? localize(groupName, locale) : undefined;
}

/**
 * The description of an occurrence: the group's name when the title is another, the meeting mode, the
 * topics as a list, and where and why the meeting was moved.
 *
 * @param occurrence - the occurrence
 * @param groupName - the group's name, when known
 * @param locale - interface language
 * @returns plain text with `\n` line breaks
 * @example
 * describeOccurrence({ start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote',
 *   topics: [{ fi: 'Talousarvio' }] }, undefined, 'fi'); // 'Kokousmuoto: Etäkokous\nAiheet:\n- Talousarvio'
 */
export function describeOccurrence(
  occurrence: Occurrence,
  groupName: LocalizedText | undefined,
  locale: Locale,
): string {
  const labels = EXPORT_LABELS[locale];
  const lines: string[] = [];
  if (occurrence.title && groupName && localize(groupName, locale) !== localize(occurrence.title, locale)) {
    lines.push(localize(groupName, locale));
  }
  lines.push(`${labels.modeHeading}: ${modesLabel(occurrence.modes ?? occurrence.mode, locale)}`);
  if (occurrence.topics?.length) {
    lines.push(`${labels.topicsHeading}:`, ...occurrence.topics.map((topic) => `- ${localize(topic, locale)}`));
  }
  if (occurrence.moved) {
    const [year, month, day] = occurrence.moved.from.split('-').map(Number);
    // Finnish and Swedish in Finland write dates as 24.12.2026.
    const from = locale === 'en' ? occurrence.moved.from : `${day}.${month}.${year}`;
    lines.push(`${labels.movedFrom} ${from} (${labels.moveReason[occurrence.moved.reason]})`);
  }
  return lines.join('\n');
}
