import type { WellbeingCounty } from '../../model/index.js';
import { S002 } from './sources.js';

/** The id of the wellbeing services county, shared by every row that names it. */
export const COUNTY_ID = 'eloisa';

/**
 * Eloisa, the Etelä-Savo wellbeing services county (Etelä-Savon hyvinvointialue), which continues the
 * work of Essote and Sosteri (001 §1, §5; 002).
 */
export const eloisa: WellbeingCounty = {
  id: COUNTY_ID,
  name: {
    fi: 'Etelä-Savon hyvinvointialue',
    sv: 'Välfärdsområdet i Södra Savolax',
    en: 'Etelä-Savo Wellbeing Services County',
  },
  nationalId: 'etela-savo',
  shortName: 'Eloisa',
  predecessors: ['Essote', 'Sosteri'],
  web: 'https://www.etelasavonha.fi/',
  source: {
    document: S002,
    section: 'Lisätietoja perhekeskustoiminnasta (www.etelasavonha.fi/perhekeskus)',
    assumption:
      'The Swedish and English names are translations, not in the seeds. Essote and Sosteri as predecessors: ' +
      '001 lists them as the social and health organisations of 2022, and 001 §5 says the work continues in ' +
      'the wellbeing services county from 2023.',
  },
};
