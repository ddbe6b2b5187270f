import type { LocalizedText, Person, RoleAssignment } from '../../model/index.js';
import { S000, S002, S003 } from './sources.js';

/** perhekeskuskoordinaattori: the post the county funds (000) and that is the steering group's secretary (001 §13). */
export const COORDINATOR_TITLE: LocalizedText = {
  fi: 'perhekeskuskoordinaattori',
  sv: 'familjecentralskoordinator',
  en: 'family-centre coordinator',
};

/** hyvinvointijohtaja: Rantasalmi's representative in the steering group (000). */
const WELFARE_DIRECTOR = { fi: 'hyvinvointijohtaja', sv: 'välfärdsdirektör', en: 'welfare director' };

/** sivistysjohtaja: Juva's authorised signatory (003). */
const DIRECTOR_OF_EDUCATION = { fi: 'sivistysjohtaja', sv: 'bildningsdirektör', en: 'director of education' };

/**
 * The public officials the seeds name, with only what the work needs: name, title and organisation
 * (data minimisation; the seeds' phone numbers and e-mail addresses are left out on purpose).
 */
export const people: Person[] = [
  {
    id: 'hanna-kokkonen',
    name: 'Hanna Kokkonen',
    title: COORDINATOR_TITLE,
    partyId: 'eloisa',
    source: {
      document: S003,
      section: 'SIVLTK 13.02.2024 § 6, Selostus',
      assumption:
        '003 names her "LAPE Etelä-Savon perhekeskuskoordinaattori" in February 2024; that her employer is the ' +
        'wellbeing services county is inferred from 000 (the county funds the coordinator).',
    },
  },
  {
    id: 'elina-heiskanen',
    name: 'Elina Heiskanen',
    source: {
      document: S002,
      section: 'Etelä-Savon parisuhteen tuen ja eroauttamisen toimintamalli',
      assumption:
        '002 names her as the Pieksämäki responsible person only; her title and organisation are not in the seeds.',
    },
  },
  {
    id: 'ulla-juntunen',
    name: 'Ulla Juntunen',
    source: {
      document: S002,
      section: 'Etelä-Savon parisuhteen tuen ja eroauttamisen toimintamalli',
      assumption:
        '002 names her as the Savonlinna responsible person only; her title and organisation are not in the seeds.',
    },
  },
  {
    id: 'johanna-keranen',
    name: 'Johanna Keränen',
    title: WELFARE_DIRECTOR,
    partyId: 'rantasalmi',
    source: { document: S000, section: 'HYSIVLTK 29.09.2025 § 85 (valmistelija ja esittelijä)' },
  },
  {
    id: 'velimatti-salmi',
    name: 'Velimatti Salmi',
    title: DIRECTOR_OF_EDUCATION,
    partyId: 'juva',
    source: { document: S003, section: 'SIVLTK 13.02.2024 § 6 (valmistelija)' },
  },
];

/** Roles outside any group's member list: the coordinator, a representative and a signatory. */
export const roleAssignments: RoleAssignment[] = [
  {
    role: 'coordinator',
    personId: 'hanna-kokkonen',
    title: COORDINATOR_TITLE,
    partyId: 'eloisa',
    source: {
      document: S003,
      section: 'SIVLTK 13.02.2024 § 6, Selostus',
      assumption:
        '003 names Hanna Kokkonen as the coordinator in 2024 and 002 names her as the Mikkeli responsible person ' +
        'for relationship support; that she is the coordinator throughout 2026–2029 is assumed. That the county ' +
        'holds the post follows from 000 (the county funds coordination and the coordinator).',
    },
  },
  {
    role: 'representative',
    title: WELFARE_DIRECTOR,
    partyId: 'rantasalmi',
    groupId: 'steering-group',
    municipalityCode: '681',
    source: { document: S000, section: 'HYSIVLTK 29.09.2025 § 85' },
  },
  {
    role: 'signatory',
    personId: 'velimatti-salmi',
    title: DIRECTOR_OF_EDUCATION,
    partyId: 'juva',
    municipalityCode: '178',
    term: { start: '2024-02-13', end: '2025-12-31' },
    source: {
      document: S003,
      section: 'SIVLTK 13.02.2024 § 6',
      assumption:
        'The decision authorises the post (sivistysjohtaja) to sign the 2024–2025 agreement; the term is bounded ' +
        'by the decision date and the end of that agreement.',
    },
  },
];
