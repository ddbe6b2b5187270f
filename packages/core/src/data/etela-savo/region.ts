import type { Region } from '../../model/index.js';
import { agreements } from './agreements.js';
import { eloisa } from './county.js';
import { digitalServices } from './digital-services.js';
import { evaluationActivities } from './evaluation.js';
import { groups } from './groups.js';
import { meetingPlaces } from './meeting-places.js';
import { familyCentreAreas, municipalities } from './municipalities.js';
import { parties } from './parties.js';
import { people, roleAssignments } from './people.js';
import { S002 } from './sources.js';
import { relationshipSupportYearClock } from './year-clock.js';

/**
 * The built-in Etelä-Savo region: family-centre cooperation in the Eloisa wellbeing services county
 * as the seed documents describe it (000–003), with every assumption marked in `source.assumption`
 * and every invented meeting place flagged `example: true`. Not parsed at import; the tests validate it.
 */
export const etelaSavo: Region = {
  id: 'etela-savo',
  name: { fi: 'Etelä-Savo', sv: 'Södra Savolax', en: 'Etelä-Savo' },
  county: eloisa,
  municipalities,
  areas: familyCentreAreas,
  parties,
  agreements,
  people,
  roleAssignments,
  groups,
  yearClocks: [relationshipSupportYearClock],
  evaluationActivities,
  meetingPlaces,
  digitalServices,
  source: {
    document: S002,
    section: 'Etelä-Savon perhekeskustoiminnan toimintasuunnitelma 2026–2029',
    assumption:
      'Assembled from all seed documents (000–003); each row cites its own. Municipality codes, Swedish names ' +
      'and coordinates are from the Statistics Finland classification, not the seeds.',
  },
};
