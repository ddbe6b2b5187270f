import type { MeetingMode, TrilingualText } from './common.js';

// In a module of its own (re-exported by `labelTables.ts`): a bundle lands it only where modes are shown.

/** Labels of `MeetingMode`. */
export const meetingModeLabels = {
  'in-person': { fi: 'livekokous', sv: 'möte på plats', en: 'in person' },
  remote: { fi: 'etäkokous', sv: 'distansmöte', en: 'remote' },
  hybrid: { fi: 'hybridikokous', sv: 'hybridmöte', en: 'hybrid' },
} satisfies Record<MeetingMode, TrilingualText>;
