/**
 * The values of the model's enums that code outside the schemas needs (a form's checkboxes, a URL
 * parameter, a language list), as plain constant tuples. This module imports nothing: a browser bundle
 * that only lists or labels values carries no schema library. The zod enums of the model are built
 * from these tuples (`Audience = z.enum(audienceValues)`), so the two cannot drift.
 */

/** The interface languages this project speaks (`Locale`). */
export const localeValues = ['fi', 'sv', 'en'] as const;

/**
 * The languages data text may be written in (`ContentLanguage`): Finnish, Swedish, English, and North
 * Sámi (`se`), Inari Sámi (`smn`) and Skolt Sámi (`sms`).
 */
export const contentLanguageValues = ['fi', 'sv', 'en', 'se', 'smn', 'sms'] as const;

/** How a meeting is held (`MeetingMode`): livekokous, etäkokous or hybridi. */
export const meetingModeValues = ['in-person', 'remote', 'hybrid'] as const;

/** Who a meeting place or an activity is for (`Audience`). */
export const audienceValues = [
  'families',
  'babies',
  'under-school-age',
  'school-age',
  'young-people',
  'expecting-parents',
  'everyone',
] as const;

/**
 * What a meeting place offers (`Offering`; 001 §11, 002): avoin toiminta (open activity), perhekerho
 * (family club), vertaistuki (peer support), varhainen tuki (early support), palveluiden jalkautuminen
 * (services brought to families), ohjaus ja neuvonta (guidance), vapaaehtoistoiminta (volunteering).
 */
export const offeringValues = [
  'open-activity',
  'family-club',
  'peer-support',
  'early-support',
  'outreach-services',
  'guidance',
  'volunteering',
  'youth-activity',
] as const;

/** Accessibility features a family may need to know before coming (`AccessibilityFeature`). */
export const accessibilityFeatureValues = [
  'step-free-entrance',
  'accessible-toilet',
  'lift',
  'pram-parking',
  'baby-care-room',
  'induction-loop',
  'parking',
  'public-transport-nearby',
] as const;

/** What kind of organisation a party (sopijaosapuoli) is (`PartyKind`). */
export const partyKindValues = [
  'municipality',
  'wellbeing-county',
  'parish',
  'association',
  'company',
  'joint-municipal-authority',
  /** A state agency such as Kela, which takes part in family-centre work (003). */
  'state-agency',
  'other',
] as const;

/** A role in the cooperation (`Role`): puheenjohtaja (chair), sihteeri (secretary), varajäsen (deputy member)… */
export const roleValues = [
  'chair',
  'vice-chair',
  'secretary',
  'member',
  'deputy-member',
  'coordinator',
  'contact-person',
  'responsible-person',
  'representative',
  'signatory',
  /** A member who brings expertise without representing a party (asiantuntijajäsen). */
  'expert',
  /** Attends without a vote (tarkkailija). */
  'observer',
] as const;
