import type { TrilingualText } from './common.js';
import type { Role } from './person.js';

// In a module of its own (re-exported by `labelTables.ts`): a bundle lands it only where roles are shown.

/** Labels of `Role`. */
export const roleLabels = {
  chair: { fi: 'puheenjohtaja', sv: 'ordförande', en: 'chair' },
  'vice-chair': { fi: 'varapuheenjohtaja', sv: 'vice ordförande', en: 'vice-chair' },
  secretary: { fi: 'sihteeri', sv: 'sekreterare', en: 'secretary' },
  member: { fi: 'jäsen', sv: 'medlem', en: 'member' },
  'deputy-member': { fi: 'varajäsen', sv: 'ersättare', en: 'deputy member' },
  coordinator: { fi: 'koordinaattori', sv: 'koordinator', en: 'coordinator' },
  'contact-person': { fi: 'yhteyshenkilö', sv: 'kontaktperson', en: 'contact person' },
  'responsible-person': { fi: 'vastuuhenkilö', sv: 'ansvarsperson', en: 'responsible person' },
  representative: { fi: 'edustaja', sv: 'representant', en: 'representative' },
  signatory: { fi: 'allekirjoittaja', sv: 'undertecknare', en: 'signatory' },
  expert: { fi: 'asiantuntijajäsen', sv: 'sakkunnig medlem', en: 'expert member' },
  observer: { fi: 'tarkkailija', sv: 'observatör', en: 'observer' },
} satisfies Record<Role, TrilingualText>;
