import type { Locale, MeetingMode, MeetingModes } from '../model/common.js';
import { labels } from '../model/labels.js';
import type { MoveReason } from '../schedule/occurrence.js';
import { modesText } from './modesText.js';

/** The words the exports write into event texts, in each interface language. */
export interface ExportLabels {
  /** Heading of the mode line. */
  modeHeading: string;
  /** Heading of the topic list. */
  topicsHeading: string;
  /** "Moved from" before the original date. */
  movedFrom: string;
  moveReason: Record<MoveReason, string>;
}

/**
 * The headings and move reasons of calendar and JSON-LD texts; mode names come from the model's
 * `labels` (see {@link modeLabel}).
 *
 * @example
 * EXPORT_LABELS.sv.topicsHeading; // 'Ämnen'
 */
export const EXPORT_LABELS: Readonly<Record<Locale, ExportLabels>> = {
  fi: {
    modeHeading: 'Kokousmuoto',
    topicsHeading: 'Aiheet',
    movedFrom: 'Siirretty päivästä',
    moveReason: { weekend: 'viikonloppu', holiday: 'pyhäpäivä', 'day-off': 'vapaapäivä', conflict: 'päällekkäisyys' },
  },
  sv: {
    modeHeading: 'Mötesform',
    topicsHeading: 'Ämnen',
    movedFrom: 'Flyttat från',
    moveReason: { weekend: 'veckoslut', holiday: 'helgdag', 'day-off': 'ledig dag', conflict: 'krock' },
  },
  en: {
    modeHeading: 'Format',
    topicsHeading: 'Topics',
    movedFrom: 'Moved from',
    moveReason: {
      weekend: 'weekend',
      holiday: 'public holiday',
      'day-off': 'day off',
      conflict: 'clash with another meeting',
    },
  },
};

/**
 * The name of a meeting mode (livekokous, etäkokous, hybridikokous) from the model's `labels`, with a
 * capital first letter as it starts a category or follows a heading.
 *
 * @param mode - the meeting mode
 * @param locale - interface language
 * @returns e.g. `Etäkokous`
 * @example
 * modeLabel('remote', 'sv'); // 'Distansmöte'
 */
export function modeLabel(mode: MeetingMode, locale: Locale): string {
  const text = labels.meetingMode[mode][locale];
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * The names of the modes a meeting may have, joined with "or": `Etäkokous tai hybridikokous`.
 *
 * @param modes - one mode or several (the first the usual one)
 * @param locale - interface language
 * @returns the names, the first with a capital letter
 * @example
 * modesLabel(['remote', 'hybrid'], 'en'); // 'Remote or hybrid'
 */
export function modesLabel(modes: MeetingModes, locale: Locale): string {
  const text = modesText(modes, locale);
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
