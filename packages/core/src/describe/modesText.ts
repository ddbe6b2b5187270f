import type { Locale, MeetingModes } from '../model/common.js';
import { meetingModeLabels } from '../model/labelTables.js';
import { meetingModes } from '../model/meetingModes.js';

/** "or" between the modes a group chooses between. */
const OR: Readonly<Record<Locale, string>> = { fi: 'tai', sv: 'eller', en: 'or' };

/**
 * How a meeting is held, in running text: one mode's name, or the modes a group chooses between
 * joined with "or" (002: "etäyhteydellä tai hybridimallilla"), lower case. The one place the words
 * are joined: the CLI, the exports, the widgets and the demo all say it so.
 *
 * @param modes - one mode, or the modes the group chooses between (the usual one first)
 * @param locale - `'fi'`, `'sv'` or `'en'`
 * @returns e.g. `etäkokous tai hybridikokous`
 * @example
 * modesText(['remote', 'hybrid'], 'fi'); // 'etäkokous tai hybridikokous'
 * modesText('in-person', 'sv'); // 'möte på plats'
 */
export function modesText(modes: MeetingModes, locale: Locale): string {
  return meetingModes(modes)
    .map((mode) => meetingModeLabels[mode][locale])
    .join(` ${OR[locale]} `);
}
