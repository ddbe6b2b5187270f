import type { TrilingualText } from './common.js';
import type { AccessibilityFeature, Audience, Offering, WeeklyActivity } from './meeting-place.js';

/** Which ISO weeks a weekly activity runs (`WeeklyActivity.weeks`). */
export type ActivityWeeks = NonNullable<WeeklyActivity['weeks']>;

/**
 * Labels of the meeting-place vocabularies, in a module of their own (re-exported by `labelTables.ts`)
 * so that a bundle lands them only where meeting places are shown: the finder's, not the calendar's.
 */

/** Labels of `Audience`. */
export const audienceLabels = {
  families: { fi: 'perheet', sv: 'familjer', en: 'families' },
  babies: { fi: 'vauvat', sv: 'bebisar', en: 'babies' },
  'under-school-age': { fi: 'alle kouluikäiset', sv: 'barn under skolåldern', en: 'children under school age' },
  'school-age': { fi: 'kouluikäiset', sv: 'barn i skolåldern', en: 'school-age children' },
  'young-people': { fi: 'nuoret', sv: 'unga', en: 'young people' },
  'expecting-parents': { fi: 'odottavat vanhemmat', sv: 'blivande föräldrar', en: 'expectant parents' },
  everyone: { fi: 'kaikki', sv: 'alla', en: 'everyone' },
} satisfies Record<Audience, TrilingualText>;

/** Labels of `Offering`. */
export const offeringLabels = {
  'open-activity': { fi: 'avoin toiminta', sv: 'öppen verksamhet', en: 'open activity' },
  'family-club': { fi: 'perhekerho', sv: 'familjeklubb', en: 'family club' },
  'peer-support': { fi: 'vertaistuki', sv: 'kamratstöd', en: 'peer support' },
  'early-support': { fi: 'varhainen tuki', sv: 'tidigt stöd', en: 'early support' },
  'outreach-services': {
    fi: 'palveluiden jalkautuminen',
    sv: 'tjänster som kommer till familjerna',
    en: 'services brought to families',
  },
  guidance: { fi: 'ohjaus ja neuvonta', sv: 'handledning och rådgivning', en: 'guidance and advice' },
  volunteering: { fi: 'vapaaehtoistoiminta', sv: 'frivilligverksamhet', en: 'volunteering' },
  'youth-activity': { fi: 'nuorisotoiminta', sv: 'ungdomsverksamhet', en: 'youth activity' },
} satisfies Record<Offering, TrilingualText>;

/** Labels of `AccessibilityFeature`. */
export const accessibilityFeatureLabels = {
  'step-free-entrance': { fi: 'esteetön sisäänkäynti', sv: 'trappfri entré', en: 'step-free entrance' },
  'accessible-toilet': { fi: 'esteetön WC', sv: 'tillgänglig toalett', en: 'accessible toilet' },
  lift: { fi: 'hissi', sv: 'hiss', en: 'lift' },
  'pram-parking': { fi: 'lastenvaunujen paikoitus', sv: 'barnvagnsparkering', en: 'pram parking' },
  'baby-care-room': { fi: 'vauvanhoitohuone', sv: 'skötrum', en: 'baby-care room' },
  'induction-loop': { fi: 'induktiosilmukka', sv: 'hörslinga', en: 'induction loop' },
  parking: { fi: 'pysäköinti', sv: 'parkering', en: 'parking' },
  'public-transport-nearby': {
    fi: 'joukkoliikenne lähellä',
    sv: 'kollektivtrafik i närheten',
    en: 'public transport nearby',
  },
} satisfies Record<AccessibilityFeature, TrilingualText>;

/** Labels of `ActivityWeeks`. */
export const activityWeeksLabels = {
  every: { fi: 'joka viikko', sv: 'varje vecka', en: 'every week' },
  odd: { fi: 'parittomat viikot', sv: 'udda veckor', en: 'odd weeks' },
  even: { fi: 'parilliset viikot', sv: 'jämna veckor', en: 'even weeks' },
} satisfies Record<ActivityWeeks, TrilingualText>;
