import type { CadenceWindow, MeetingMode, YearClock, YearClockEntry } from '../../model/index.js';
import { S002 } from './sources.js';

/**
 * The four meetings of each local relationship-support development group (kehittäjäryhmän
 * tapaaminen), with the topics of the year clock in 002 ("Parisuhteen tuen ja eroauttamisen
 * vuosikello"). The text lives here only; the groups' cadences are derived from these entries.
 */
export const localDevelopmentGroupEntries: YearClockEntry[] = [
  {
    id: 'local-jan-feb',
    window: { from: 1, to: 2 },
    title: {
      fi: 'Kehittäjäryhmän tapaaminen (tammi–helmikuu)',
      sv: 'Utvecklingsgruppens möte (januari–februari)',
      en: 'Development group meeting (January–February)',
    },
    topics: [
      {
        fi: 'Tietoa päättäjille, esimiehille ja työyhteisöihin parisuhteen tuesta ja eroauttamisesta',
        sv: 'Information om parrelationsstöd och skilsmässohjälp till beslutsfattare, chefer och arbetsgemenskaper',
        en: 'Information on relationship support and separation help for decision-makers, managers and work communities',
      },
      {
        fi: 'Kehittäjäryhmän jäsenlistan tarkistus',
        sv: 'Granskning av utvecklingsgruppens medlemsförteckning',
        en: "Review of the development group's member list",
      },
    ],
  },
  {
    id: 'local-apr-may',
    window: { from: 4, to: 5 },
    title: {
      fi: 'Kehittäjäryhmän tapaaminen (huhti–toukokuu)',
      sv: 'Utvecklingsgruppens möte (april–maj)',
      en: 'Development group meeting (April–May)',
    },
    topics: [
      {
        fi: 'Syksyn ryhmätoimintojen koonti',
        sv: 'Sammanställning av höstens gruppverksamhet',
        en: "Compiling the autumn's group activities",
      },
      {
        fi: 'Koulutukset (tulevat ja tarve)',
        sv: 'Utbildningar (kommande och behov)',
        en: 'Training (upcoming and needed)',
      },
    ],
  },
  {
    id: 'local-aug-sep',
    window: { from: 8, to: 9 },
    title: {
      fi: 'Kehittäjäryhmän tapaaminen (elo–syyskuu)',
      sv: 'Utvecklingsgruppens möte (augusti–september)',
      en: 'Development group meeting (August–September)',
    },
    topics: [
      {
        fi: 'Tietoa perheille parisuhteen tuesta ja eroauttamisesta',
        sv: 'Information till familjer om parrelationsstöd och skilsmässohjälp',
        en: 'Information for families on relationship support and separation help',
      },
      {
        fi: 'Lapsiperheiden eroauttamisen palvelut -oppaan ja Eron ensiapupisteiden boostaus',
        sv: 'Lyft fram guiden om skilsmässohjälp för barnfamiljer och första hjälpen-punkterna vid separation',
        en: 'Promoting the guide to separation help services for families with children and the separation first-aid points',
      },
    ],
  },
  {
    id: 'local-nov-dec',
    window: { from: 11, to: 12 },
    title: {
      fi: 'Kehittäjäryhmän tapaaminen (marras–joulukuu)',
      sv: 'Utvecklingsgruppens möte (november–december)',
      en: 'Development group meeting (November–December)',
    },
    topics: [
      {
        fi: 'Lapsiperheiden eroauttamisen palvelut -oppaan päivitys',
        sv: 'Uppdatering av guiden om skilsmässohjälp för barnfamiljer',
        en: 'Updating the guide to separation help services for families with children',
      },
      {
        fi: 'Kevään ryhmätoimintojen koonti',
        sv: 'Sammanställning av vårens gruppverksamhet',
        en: "Compiling the spring's group activities",
      },
      {
        fi: 'Tavoitteet ja nostot seuraavalle vuodelle',
        sv: 'Mål och lyft för nästa år',
        en: 'Goals and highlights for the next year',
      },
      {
        fi: 'Vanhemmuussuunnitelman ja parisuhteen tuen ja eroauttamisen materiaalien boostaus',
        sv: 'Lyft fram föräldraskapsplanen och materialet om parrelationsstöd och skilsmässohjälp',
        en: 'Promoting the parenting plan and the relationship support and separation help materials',
      },
    ],
  },
];

/** The two regional meetings of the three development groups: Mar–Apr in person, October remote (002). */
export const regionalMeetingEntries: YearClockEntry[] = [
  {
    id: 'regional-mar-apr',
    window: { from: 3, to: 4 },
    title: {
      fi: 'Maakunnallinen tapaaminen (maalis–huhtikuu)',
      sv: 'Regionalt möte (mars–april)',
      en: 'Regional meeting (March–April)',
    },
    topics: [
      {
        fi: 'Koulutukset ja ryhmätoiminnat (tulevat ja tarve)',
        sv: 'Utbildningar och gruppverksamhet (kommande och behov)',
        en: 'Training and group activities (upcoming and needed)',
      },
      {
        fi: 'Maakunnalliset parisuhteen tuen ja eroauttamisen toiminnat ja materiaalit',
        sv: 'Regional verksamhet och regionalt material för parrelationsstöd och skilsmässohjälp',
        en: 'Regional relationship support and separation help activities and materials',
      },
    ],
    mode: 'in-person',
    groupId: 'relationship-support-network',
  },
  {
    id: 'regional-october',
    window: { from: 10, to: 10 },
    title: {
      fi: 'Maakunnallinen tapaaminen (lokakuu)',
      sv: 'Regionalt möte (oktober)',
      en: 'Regional meeting (October)',
    },
    topics: [
      { fi: 'Tavoitteiden läpikäynti', sv: 'Genomgång av målen', en: 'Review of the goals' },
      {
        fi: 'Nostot maakunnalliselle johtoryhmälle',
        sv: 'Lyft till den regionala ledningsgruppen',
        en: 'Highlights for the regional steering group',
      },
    ],
    mode: 'remote',
    groupId: 'relationship-support-network',
  },
];

/** The relationship-support and separation-help year clock, its entries in calendar order (002). */
export const relationshipSupportYearClock: YearClock = {
  id: 'relationship-support-year-clock',
  name: {
    fi: 'Parisuhteen tuen ja eroauttamisen vuosikello',
    sv: 'Årshjulet för parrelationsstöd och skilsmässohjälp',
    en: 'Relationship support and separation help year clock',
  },
  entries: [...localDevelopmentGroupEntries, ...regionalMeetingEntries].sort(
    (a, b) => a.window.from - b.window.from || a.window.to - b.window.to,
  ),
  source: {
    document: S002,
    section: 'Parisuhteen tuen ja eroauttamisen vuosikello',
    assumption: 'Swedish and English titles and topics are translations.',
  },
};

/**
 * Turns year-clock entries into cadence windows that reuse the same title and topic objects, so the
 * text of a year clock is written once and the groups that meet by it cannot drift from it.
 *
 * @param entries - the year-clock entries, one meeting per entry
 * @param fallbackMode - the meeting mode for entries that do not state one
 * @returns one cadence window per entry, in the same order
 * @example
 * const [october] = windowsFromYearClock([regionalMeetingEntries[1]!], 'hybrid');
 * october.mode; // 'remote' (the entry's own mode wins)
 * october.topics === regionalMeetingEntries[1]!.topics; // true
 */
export function windowsFromYearClock(entries: readonly YearClockEntry[], fallbackMode: MeetingMode): CadenceWindow[] {
  return entries.map((entry) => ({
    window: entry.window,
    mode: entry.mode ?? fallbackMode,
    title: entry.title,
    topics: entry.topics,
  }));
}
