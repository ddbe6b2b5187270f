import type { Locale, MeetingMode } from '../model/common.js';
import type { MoveReason } from '../schedule/occurrence.js';

/** The words the exports write into event texts, in each interface language. */
export interface ExportLabels {
  /** livekokous, etäkokous, hybridikokous → in-person, remote and hybrid meetings. */
  mode: Record<MeetingMode, string>;
  /** Heading of the mode line. */
  modeHeading: string;
  /** Heading of the topic list. */
  topicsHeading: string;
  /** "Moved from" before the original date. */
  movedFrom: string;
  moveReason: Record<MoveReason, string>;
}

/**
 * Minimal label map for calendar and JSON-LD texts, until a general `src/model/labels.ts` exists.
 *
 * @example
 * EXPORT_LABELS.sv.mode.remote; // 'Distansmöte'
 */
export const EXPORT_LABELS: Readonly<Record<Locale, ExportLabels>> = {
  fi: {
    mode: { 'in-person': 'Livekokous', remote: 'Etäkokous', hybrid: 'Hybridikokous' },
    modeHeading: 'Kokousmuoto',
    topicsHeading: 'Aiheet',
    movedFrom: 'Siirretty päivästä',
    moveReason: { weekend: 'viikonloppu', holiday: 'pyhäpäivä', 'day-off': 'vapaapäivä' },
  },
  sv: {
    mode: { 'in-person': 'Närmöte', remote: 'Distansmöte', hybrid: 'Hybridmöte' },
    modeHeading: 'Mötesform',
    topicsHeading: 'Ämnen',
    movedFrom: 'Flyttat från',
    moveReason: { weekend: 'veckoslut', holiday: 'helgdag', 'day-off': 'ledig dag' },
  },
  en: {
    mode: { 'in-person': 'In person', remote: 'Remote', hybrid: 'Hybrid' },
    modeHeading: 'Format',
    topicsHeading: 'Topics',
    movedFrom: 'Moved from',
    moveReason: { weekend: 'weekend', holiday: 'public holiday', 'day-off': 'day off' },
  },
};
