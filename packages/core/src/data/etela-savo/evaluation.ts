import type { EvaluationActivity, SourceRef } from '../../model/index.js';
import { S001, S002 } from './sources.js';
import { localDevelopmentGroupEntries } from './year-clock.js';

const FOLLOW_UP = 'Seuranta ja arviointi';
const LP = 'Lapset puheeksi –kehittäjäverkosto ja Lapset puheeksi -kouluttajat';
const LP_SUPPORT = 'Lapset puheeksi: Miten menetelmäosaajia tuetaan?';
const MEETING_PLACES = 'Kohtaamispaikkaverkosto';

const TRANSLATED = 'Swedish and English names are translations.';
const WINDOW_CHOSEN = (window: string) => `The seeds give no season: ${window} chosen.`;

const s001 = (section: string, assumption: string): SourceRef => ({ document: S001, section, assumption });
const s002 = (section: string, assumption: string): SourceRef => ({ document: S002, section, assumption });

/** The Nov–Dec development-group meeting of the year clock updates the separation-help guide (002). */
const guideUpdateEntry = localDevelopmentGroupEntries.find((entry) => entry.id === 'local-nov-dec')!;

/**
 * Follow-up and evaluation tasks with their recurrence: the action plan 2026–2029 (002 "Seuranta ja
 * arviointi", the LP section, the meeting-place network) and the agreement (001 §10, §18–19).
 */
export const evaluationActivities: EvaluationActivity[] = [
  {
    id: 'family-survey',
    kind: 'family-survey',
    name: { fi: 'Perheiden kysely', sv: 'Familjeenkäten', en: 'Family survey' },
    description: {
      fi: 'Toteutetaan syksyisin kahden vuoden välein (2027, 2029); tulokset ovat julkisesti kaikkien saatavilla.',
      sv: 'Genomförs på hösten vartannat år (2027, 2029); resultaten är offentligt tillgängliga för alla.',
      en: 'Held in the autumn every two years (2027, 2029); the results are public.',
    },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 2, phaseYear: 2027, window: { from: 9, to: 11 } },
    source: s002(FOLLOW_UP, `"Autumn" is taken as September–November. ${TRANSLATED}`),
  },
  {
    id: 'municipal-survey',
    kind: 'municipal-survey',
    name: {
      fi: 'Kuntakohtainen monitoimijainen arviointikysely',
      sv: 'Kommunvis utvärderingsenkät för flera aktörer',
      en: 'Municipal multi-actor evaluation survey',
    },
    description: {
      fi: 'Toteutetaan alkuvuodesta kahden vuoden välein (2026, 2028).',
      sv: 'Genomförs i början av året vartannat år (2026, 2028).',
      en: 'Held early in the year every two years (2026, 2028).',
    },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 2, phaseYear: 2026, window: { from: 1, to: 3 } },
    source: s002(FOLLOW_UP, `"Early in the year" is taken as January–March. ${TRANSLATED}`),
  },
  {
    id: 'indicator-pack',
    kind: 'indicator-pack',
    name: { fi: 'Indikaattorikoonti', sv: 'Indikatorsammanställning', en: 'Indicator pack' },
    description: {
      fi: 'Erillinen päivittyvä diapaketti, päivitetään vähintään kerran vuodessa: https://eloisa.ims.fi/spring/public/a244c169-5c19-414c-b8a2-6d9190cb0c8e/fi',
      sv: 'Ett separat bildpaket som uppdateras minst en gång om året: https://eloisa.ims.fi/spring/public/a244c169-5c19-414c-b8a2-6d9190cb0c8e/fi',
      en: 'A separate slide pack, updated at least once a year: https://eloisa.ims.fi/spring/public/a244c169-5c19-414c-b8a2-6d9190cb0c8e/fi',
    },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 1, window: { from: 4, to: 5 } },
    source: s002(
      FOLLOW_UP,
      `${WINDOW_CHOSEN('April–May, with the spring compilation of 001 §18')} "At least once a year" is modelled as once. ${TRANSLATED}`,
    ),
  },
  {
    id: 'yearly-data-collection',
    kind: 'data-collection',
    name: {
      fi: 'Vuosittainen seurantatiedon keruu',
      sv: 'Årlig insamling av uppföljningsdata',
      en: 'Yearly monitoring data collection',
    },
    description: {
      fi: 'Tiedon keruu toteutetaan alkuvuodesta.',
      sv: 'Uppgifterna samlas in i början av året.',
      en: 'The data is collected early in the year.',
    },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 1, window: { from: 1, to: 3 } },
    source: s001('18. Toiminnan arviointi', `"Early in the year" is taken as January–March. ${TRANSLATED}`),
  },
  {
    id: 'yearly-monitoring-compilation',
    kind: 'data-collection',
    name: {
      fi: 'Vuosittaisen seurannan kokoaminen',
      sv: 'Sammanställning av den årliga uppföljningen',
      en: 'Compiling the yearly monitoring',
    },
    description: {
      fi: 'Kerätty tieto kootaan keväisin osana maakunnallista koordinointia; yhteenveto johtoryhmälle.',
      sv: 'De insamlade uppgifterna sammanställs på våren som en del av den regionala samordningen; en sammanfattning till ledningsgruppen.',
      en: 'The collected data is compiled in the spring as part of county coordination; a summary goes to the steering group.',
    },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 1, window: { from: 4, to: 5 } },
    reportsToGroupId: 'steering-group',
    source: s001(
      '18. Toiminnan arviointi; 19. Raportointi',
      `"In the spring", after the collection early in the year, is taken as April–May. ${TRANSLATED}`,
    ),
  },
  {
    id: 'annual-report',
    kind: 'annual-report',
    name: { fi: 'Toimintaraportti', sv: 'Verksamhetsberättelse', en: 'Annual activity report' },
    description: {
      fi: 'Koostetaan vuosittain toimintasuunnitelman yhteyteen; tarpeettomat henkilötiedot poistetaan raportin kokoamisen jälkeen.',
      sv: 'Sammanställs årligen i samband med verksamhetsplanen; onödiga personuppgifter raderas när berättelsen är klar.',
      en: 'Compiled every year with the action plan; personal data no longer needed is deleted once it is compiled.',
    },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 1, window: { from: 1, to: 2 } },
    reportsToGroupId: 'steering-group',
    source: s001(
      '19. Perhekeskustoiminnan raportointi ja tietosuoja',
      `${WINDOW_CHOSEN('January–February, reporting on the previous year together with the action-plan review')} ${TRANSLATED}`,
    ),
  },
  {
    id: 'action-plan-review',
    kind: 'action-plan-review',
    name: {
      fi: 'Toimintasuunnitelman vuosittainen tarkistus',
      sv: 'Årlig granskning av verksamhetsplanen',
      en: 'Yearly action-plan review',
    },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 1, window: { from: 1, to: 2 } },
    reportsToGroupId: 'steering-group',
    source: s001(
      '10. Perhekeskustoiminnan koordinointi',
      `${WINDOW_CHOSEN('January–February')} The steering group as the group that hears it follows from §10 (the ` +
        `contents of coordination are agreed in the steering group). ${TRANSLATED}`,
    ),
  },
  {
    id: 'meeting-place-evaluation',
    kind: 'meeting-place-peer-evaluation',
    name: {
      fi: 'Kohtaamispaikkojen vertais- ja itsearviointi (Kaikkien perheiden paikka)',
      sv: 'Kollegial utvärdering och självutvärdering av mötesplatserna (Kaikkien perheiden paikka)',
      en: 'Meeting-place peer and self-evaluation (Kaikkien perheiden paikka)',
    },
    description: {
      fi: 'Joka toinen vuosi vertaisarviointi, joka toinen vuosi itsearviointi.',
      sv: 'Vartannat år kollegial utvärdering, vartannat år självutvärdering.',
      en: 'Peer evaluation and self-evaluation in alternate years.',
    },
    // The contact persons answer for the place's plan, statistics and evaluation (002, coordination model).
    responsible: 'contact-person',
    recurrence: {
      kind: 'every-n-years',
      every: 1,
      phaseYear: 2026,
      window: { from: 9, to: 11 },
      variants: ['meeting-place-peer-evaluation', 'meeting-place-self-evaluation'],
    },
    source: s002(
      MEETING_PLACES,
      `Which evaluation comes first is not in the seeds: peer evaluation in 2026 (and every even year) is assumed. ` +
        `${WINDOW_CHOSEN('September–November')} ${TRANSLATED}`,
    ),
  },
  {
    id: 'lp-training-plan-review',
    kind: 'training-plan-review',
    name: {
      fi: 'Lapset puheeksi -koulutussuunnitelman ja -suosituksen tarkistus',
      sv: 'Granskning av utbildningsplanen och rekommendationen för Låt oss prata om barnen',
      en: "Review of the Let's Talk about Children training plan and recommendation",
    },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 2, phaseYear: 2026, window: { from: 9, to: 11 } },
    source: s002(
      LP,
      `Every two years (002). The phase 2026 is inferred: the documents were completed in 2024. ` +
        `${WINDOW_CHOSEN('September–November')} The coordinator as responsible is assumed (the coordinator convenes both LP groups). ${TRANSLATED}`,
    ),
  },
  {
    id: 'lp-trainer-training',
    kind: 'trainer-training',
    name: {
      fi: 'Lapset puheeksi -kouluttajakoulutus',
      sv: 'Utbildarutbildning i Låt oss prata om barnen',
      en: "Let's Talk about Children trainer training",
    },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 2, phaseYear: 2026, window: { from: 9, to: 10 } },
    source: s002(
      LP,
      `Every other year (002); the first year 2026 is assumed. ${WINDOW_CHOSEN('September–October')} ` +
        `The coordinator as responsible is assumed. ${TRANSLATED}`,
    ),
  },
  {
    id: 'lp-maintenance-training',
    kind: 'maintenance-training',
    name: {
      fi: 'Etelä-Savon Lapset puheeksi -ylläpitokoulutus',
      sv: 'Uppdateringsutbildning i Låt oss prata om barnen i Södra Savolax',
      en: "Etelä-Savo Let's Talk about Children maintenance training",
    },
    description: {
      fi: 'Kerran vuodessa; ylläpitokoulutusten järjestäminen on Lapset puheeksi -kouluttajien vastuulla.',
      sv: 'En gång om året; utbildarna i Låt oss prata om barnen ansvarar för uppdateringsutbildningarna.',
      en: "Once a year; the Let's Talk about Children trainers arrange the maintenance training.",
    },
    // The trainers arrange it (002); "member" stands for the members of the lp-trainers group.
    responsible: 'member',
    recurrence: { kind: 'every-n-years', every: 1, window: { from: 10, to: 11 } },
    source: s002(LP_SUPPORT, `${WINDOW_CHOSEN('October–November')} ${TRANSLATED}`),
  },
  {
    id: 'lp-supervisors-meeting',
    kind: 'supervisors-meeting',
    name: {
      fi: 'Lapset puheeksi -suosituksen palveluiden esihenkilöiden tapaaminen',
      sv: 'Möte med cheferna för tjänsterna i rekommendationen om Låt oss prata om barnen',
      en: "Meeting of the supervisors of the services in the Let's Talk about Children recommendation",
    },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 1, window: { from: 2, to: 3 } },
    source: s002(
      LP,
      `Once a year (002). ${WINDOW_CHOSEN('February–March')} The coordinator as responsible is assumed ` +
        `(the development network holds the dialogue with supervisors). ${TRANSLATED}`,
    ),
  },
  {
    id: 'relationship-support-guide-update',
    kind: 'service-guide-update',
    name: {
      fi: 'Parisuhteen tuen ja eroauttamisen palveluja Etelä-Savossa -oppaan päivitys',
      sv: 'Uppdatering av guiden till tjänster för parrelationsstöd och skilsmässohjälp i Södra Savolax',
      en: 'Update of the guide to relationship support and separation help services in Etelä-Savo',
    },
    responsible: 'responsible-person',
    recurrence: { kind: 'every-n-years', every: 1, window: guideUpdateEntry.window },
    source: s002(
      'Parisuhteen tuen ja eroauttamisen kehittäjäverkosto; vuosikello',
      `Once a year (goals 2026–2029). The window is the year clock's November–December development-group ` +
        `meeting, whose topic is the guide update (the year clock calls it "Lapsiperheiden eroauttamisen palvelut ` +
        `-opas"; taken to be the same guide). The responsible persons of the development groups as responsible ` +
        `is assumed. ${TRANSLATED}`,
    ),
  },
  {
    id: 'lp-status-report',
    kind: 'status-report',
    name: {
      fi: 'Lapset puheeksi -tilannekatsaus johtoryhmälle',
      sv: 'Lägesöversikt om Låt oss prata om barnen till ledningsgruppen',
      en: "Let's Talk about Children status review for the steering group",
    },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 1, window: { from: 11, to: 12 } },
    reportsToGroupId: 'steering-group',
    source: s002(
      'Lapset puheeksi: Tukirakenne',
      `At least once a year (002). ${WINDOW_CHOSEN('November–December')} The coordinator as responsible is assumed. ${TRANSLATED}`,
    ),
  },
  {
    id: 'relationship-support-status-report',
    kind: 'status-report',
    name: {
      fi: 'Parisuhteen tuen ja eroauttamisen nostot johtoryhmälle',
      sv: 'Lyft om parrelationsstöd och skilsmässohjälp till ledningsgruppen',
      en: 'Relationship support and separation help highlights for the steering group',
    },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 1, window: { from: 11, to: 12 } },
    reportsToGroupId: 'steering-group',
    source: s002(
      'Etelä-Savon parisuhteen tuen ja eroauttamisen toimintamalli',
      `At least once a year (002); the highlights are prepared at the October regional meeting, so November–December ` +
        `is chosen. The coordinator, the link between the groups and the steering group, as responsible. ${TRANSLATED}`,
    ),
  },
];
