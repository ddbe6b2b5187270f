import type { Agreement, DecisionOutcome, Signature } from './agreement.js';
import type { Cadence } from './cadence.js';
import type { Locale, TrilingualText } from './common.js';
import type { EvaluationKind } from './evaluation.js';
import type { GroupKind, GroupLevel } from './group.js';
import type { PartyKind } from './party.js';
import type { MemberCategory } from './person.js';
import type { DigitalService } from './region.js';

/**
 * Labels in Finnish, Swedish and English for every enum value of the model, in Finnish public-sector
 * usage (hyvinvointialue = välfärdsområde = wellbeing services county; kunta = kommun; seurakunta =
 * församling), one table per enum. Each table `satisfies Record<Enum, TrilingualText>`, so a new enum
 * value without a label is a compile error. One constant per table so that a bundle that shows, say,
 * only audiences carries only that table; `labels` (labels.ts) gathers them all for `label()`.
 */

export {
  accessibilityFeatureLabels,
  activityWeeksLabels,
  audienceLabels,
  offeringLabels,
} from './meetingPlaceLabels.js';
export { meetingModeLabels } from './meetingModeLabels.js';
export { roleLabels } from './roleLabels.js';

/** How a signature was given (`Signature.method`). */
export type SignatureMethod = NonNullable<Signature['method']>;
/** Who a digital service is for (`DigitalService.audience`). */
export type DigitalServiceAudience = DigitalService['audience'];
/** Whether an agreement's party list is complete (`Agreement.partyList`). */
export type PartyList = Agreement['partyList'];
/** The kind of a cadence (`Cadence.kind`). */
export type CadenceKind = Cadence['kind'];

/** Labels of `PartyKind`. */
export const partyKindLabels = {
  municipality: { fi: 'kunta', sv: 'kommun', en: 'municipality' },
  'wellbeing-county': { fi: 'hyvinvointialue', sv: 'välfärdsområde', en: 'wellbeing services county' },
  parish: { fi: 'seurakunta', sv: 'församling', en: 'parish' },
  association: { fi: 'yhdistys tai järjestö', sv: 'förening eller organisation', en: 'association or NGO' },
  company: { fi: 'yritys', sv: 'företag', en: 'company' },
  'joint-municipal-authority': { fi: 'kuntayhtymä', sv: 'samkommun', en: 'joint municipal authority' },
  'state-agency': { fi: 'valtion virasto', sv: 'statlig myndighet', en: 'state agency' },
  other: { fi: 'muu', sv: 'annan', en: 'other' },
} satisfies Record<PartyKind, TrilingualText>;

/** Member categories of Act 1287/2013 §14 a (lagen om elev- och studerandevård). */
export const memberCategoryLabels = {
  'wellbeing-county': { fi: 'hyvinvointialue', sv: 'välfärdsområdet', en: 'wellbeing services county' },
  'municipal-education': {
    fi: 'kunnan sivistystoimi',
    sv: 'kommunens bildningsväsende',
    en: 'municipal education services',
  },
  'other-education-provider': {
    fi: 'muu koulutuksen järjestäjä',
    sv: 'annan utbildningsanordnare',
    en: 'other education provider',
  },
  guardians: {
    fi: 'alaikäisten oppilaiden vanhemmat tai huoltajat',
    sv: 'föräldrar eller vårdnadshavare till minderåriga elever',
    en: 'parents or guardians of pupils under 18',
  },
  students: { fi: 'oppilaat ja opiskelijat', sv: 'elever och studerande', en: 'pupils and students' },
  'student-welfare-staff': {
    fi: 'opiskeluhuollon henkilöstö',
    sv: 'personal inom elev- och studerandevården',
    en: 'student welfare staff',
  },
  'other-partner': { fi: 'muu yhteistyötaho', sv: 'annan samarbetspart', en: 'other partner' },
} satisfies Record<MemberCategory, TrilingualText>;

/** Labels of `DecisionOutcome`. */
export const decisionOutcomeLabels = {
  approved: { fi: 'hyväksytty', sv: 'godkänt', en: 'approved' },
  proposed: {
    fi: 'esitetty toiselle toimielimelle',
    sv: 'föreslaget till ett annat organ',
    en: 'proposed to another body',
  },
  rejected: { fi: 'hylätty', sv: 'avslaget', en: 'rejected' },
  tabled: { fi: 'pantu pöydälle', sv: 'bordlagt', en: 'tabled' },
  'returned-for-preparation': {
    fi: 'palautettu valmisteluun',
    sv: 'återremitterat för beredning',
    en: 'returned for preparation',
  },
} satisfies Record<DecisionOutcome, TrilingualText>;

/** Labels of `GroupKind`. */
export const groupKindLabels = {
  'steering-group': { fi: 'johtoryhmä', sv: 'ledningsgrupp', en: 'steering group' },
  'working-group': { fi: 'työryhmä', sv: 'arbetsgrupp', en: 'working group' },
  network: { fi: 'verkosto', sv: 'nätverk', en: 'network' },
  'development-group': { fi: 'kehittäjäryhmä', sv: 'utvecklingsgrupp', en: 'development group' },
  'municipal-working-group': {
    fi: 'kunnan LAPE-työryhmä',
    sv: 'kommunal LAPE-arbetsgrupp',
    en: 'municipal LAPE working group',
  },
  'student-welfare-group': {
    fi: 'opiskeluhuollon yhteistyöryhmä',
    sv: 'samarbetsgrupp för elev- och studerandevård',
    en: 'student-welfare cooperation group',
  },
  'trainers-group': { fi: 'kouluttajaryhmä', sv: 'utbildargrupp', en: 'trainers group' },
  'workshop-series': { fi: 'työpajasarja', sv: 'workshopserie', en: 'workshop series' },
  'sisote-group': {
    fi: 'sivistys-, sosiaali- ja terveystoimen yhteistyöryhmä',
    sv: 'samarbetsgrupp för bildning, social- och hälsovård',
    en: 'education, social and health cooperation group',
  },
} satisfies Record<GroupKind, TrilingualText>;

/** Labels of `GroupLevel`. */
export const groupLevelLabels = {
  national: { fi: 'valtakunnallinen taso', sv: 'nationell nivå', en: 'national level' },
  county: { fi: 'hyvinvointialueen taso', sv: 'välfärdsområdesnivå', en: 'county level' },
  area: { fi: 'perhekeskusalueen taso', sv: 'familjecentralsområdesnivå', en: 'family-centre area level' },
  municipal: { fi: 'kuntataso', sv: 'kommunnivå', en: 'municipal level' },
} satisfies Record<GroupLevel, TrilingualText>;

/** Labels of `EvaluationKind`. */
export const evaluationKindLabels = {
  'family-survey': { fi: 'perheiden kysely', sv: 'familjeenkät', en: 'family survey' },
  'municipal-survey': {
    fi: 'kuntakohtainen monitoimijainen arviointikysely',
    sv: 'kommunvis utvärderingsenkät för flera aktörer',
    en: 'municipal multi-actor evaluation survey',
  },
  'indicator-pack': { fi: 'indikaattorikoonti', sv: 'indikatorsammanställning', en: 'indicator pack' },
  'data-collection': {
    fi: 'seurantatiedon keruu',
    sv: 'insamling av uppföljningsdata',
    en: 'monitoring data collection',
  },
  'annual-report': { fi: 'toimintaraportti', sv: 'verksamhetsberättelse', en: 'annual activity report' },
  'action-plan-review': {
    fi: 'toimintasuunnitelman tarkistus',
    sv: 'granskning av verksamhetsplanen',
    en: 'action-plan review',
  },
  'meeting-place-peer-evaluation': {
    fi: 'kohtaamispaikan vertaisarviointi',
    sv: 'kollegial utvärdering av mötesplatsen',
    en: 'meeting-place peer evaluation',
  },
  'meeting-place-self-evaluation': {
    fi: 'kohtaamispaikan itsearviointi',
    sv: 'självutvärdering av mötesplatsen',
    en: 'meeting-place self-evaluation',
  },
  'training-plan-review': {
    fi: 'koulutussuunnitelman ja suosituksen tarkistus',
    sv: 'granskning av utbildningsplanen och rekommendationen',
    en: 'training plan and recommendation review',
  },
  'trainer-training': { fi: 'kouluttajakoulutus', sv: 'utbildarutbildning', en: 'trainer training' },
  'maintenance-training': { fi: 'ylläpitokoulutus', sv: 'uppdateringsutbildning', en: 'maintenance training' },
  'supervisors-meeting': { fi: 'esihenkilöiden tapaaminen', sv: 'möte med cheferna', en: "supervisors' meeting" },
  'service-guide-update': {
    fi: 'palveluoppaan päivitys',
    sv: 'uppdatering av serviceguiden',
    en: 'service guide update',
  },
  'status-report': { fi: 'tilannekatsaus', sv: 'lägesöversikt', en: 'status report' },
  'school-health-survey': { fi: 'kouluterveyskysely', sv: 'skolhälsoenkät', en: 'School Health Promotion study' },
} satisfies Record<EvaluationKind, TrilingualText>;

/** Labels of `SignatureMethod`. */
export const signatureMethodLabels = {
  electronic: { fi: 'sähköinen allekirjoitus', sv: 'elektronisk underskrift', en: 'electronic signature' },
  paper: { fi: 'allekirjoitus paperilla', sv: 'underskrift på papper', en: 'signature on paper' },
} satisfies Record<SignatureMethod, TrilingualText>;

/** Labels of `DigitalServiceAudience`. */
export const digitalServiceAudienceLabels = {
  families: { fi: 'perheet', sv: 'familjer', en: 'families' },
  'young-people': { fi: 'nuoret', sv: 'unga', en: 'young people' },
  professionals: { fi: 'ammattilaiset', sv: 'yrkesverksamma', en: 'professionals' },
} satisfies Record<DigitalServiceAudience, TrilingualText>;

/** Labels of `PartyList`. */
export const partyListLabels = {
  complete: { fi: 'täydellinen luettelo', sv: 'fullständig förteckning', en: 'complete list' },
  partial: { fi: 'osittainen luettelo', sv: 'ofullständig förteckning', en: 'partial list' },
} satisfies Record<PartyList, TrilingualText>;

/** Labels of `CadenceKind`. */
export const cadenceKindLabels = {
  monthly: { fi: 'kuukausittain', sv: 'varje månad', en: 'monthly' },
  'times-per-year': { fi: 'kertaa vuodessa', sv: 'gånger per år', en: 'times a year' },
  windows: { fi: 'sovituissa kuukausijaksoissa', sv: 'under fastställda månadsperioder', en: 'in set month windows' },
  'every-n-years': { fi: 'joka n:s vuosi', sv: 'vart n:e år', en: 'every n years' },
} satisfies Record<CadenceKind, TrilingualText>;

/** The interface languages, each named in every language. */
export const localeLabels = {
  fi: { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  sv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  en: { fi: 'englanti', sv: 'engelska', en: 'English' },
} satisfies Record<Locale, TrilingualText>;
