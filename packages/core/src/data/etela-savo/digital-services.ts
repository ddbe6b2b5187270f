import type { DigitalService } from '../../model/index.js';
import { S002 } from './sources.js';

const URL_ASSUMPTION = 'The seeds give the domain name only; the https://www. address is assumed.';

/**
 * The digital family centre (sähköinen perhekeskus): three online services for families, young
 * people and professionals (000, 002). Eloisa is the main administrator (002).
 */
export const digitalServices: DigitalService[] = [
  {
    id: 'omaperhe',
    name: 'Omaperhe.fi',
    url: 'https://www.omaperhe.fi/',
    audience: 'families',
    description: {
      fi: 'Perheellisten ja perhettä perustamassa olevien verkkopalvelu.',
      sv: 'Webbtjänst för familjer och för dem som planerar att bilda familj.',
      en: 'Online service for families and those starting a family.',
    },
    source: { document: S002, section: 'Johdanto: sähköinen perhekeskus', assumption: URL_ASSUMPTION },
  },
  {
    id: 'omahelpperi',
    name: 'Omahelpperi.fi',
    url: 'https://www.omahelpperi.fi/',
    audience: 'young-people',
    description: { fi: 'Nuorten verkkopalvelu.', sv: 'Webbtjänst för unga.', en: 'Online service for young people.' },
    source: { document: S002, section: 'Johdanto: sähköinen perhekeskus', assumption: URL_ASSUMPTION },
  },
  {
    id: 'ammattilaisenoma',
    name: 'Ammattilaisenoma.fi',
    url: 'https://www.ammattilaisenoma.fi/',
    audience: 'professionals',
    description: {
      fi: 'Sähköisen perhekeskuksen ammattilaisten osio.',
      sv: 'Den elektroniska familjecentralens avdelning för yrkesverksamma.',
      en: 'The professionals’ section of the digital family centre.',
    },
    source: { document: S002, section: 'Lisätietoja perhekeskustoiminnasta', assumption: URL_ASSUMPTION },
  },
];
