import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentLanguage, Locale, MeetingMode } from './common.js';
import {
  accessibilityFeatureValues,
  audienceValues,
  contentLanguageValues,
  localeValues,
  meetingModeValues,
  offeringValues,
  partyKindValues,
  roleValues,
} from './enumValues.js';
import { AccessibilityFeature, Audience, Offering } from './meeting-place.js';
import { PartyKind } from './party.js';
import { Role } from './person.js';

describe('enum values', () => {
  it('are the values the model’s enums accept, in the same order', () => {
    expect(Locale.options).toEqual([...localeValues]);
    expect(ContentLanguage.options).toEqual([...contentLanguageValues]);
    expect(MeetingMode.options).toEqual([...meetingModeValues]);
    expect(Audience.options).toEqual([...audienceValues]);
    expect(Offering.options).toEqual([...offeringValues]);
    expect(AccessibilityFeature.options).toEqual([...accessibilityFeatureValues]);
    expect(PartyKind.options).toEqual([...partyKindValues]);
    expect(Role.options).toEqual([...roleValues]);
  });

  it('live in a module that imports nothing, so a browser bundle listing them carries no schema library', () => {
    const source = readFileSync(new URL('./enumValues.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\b/m);
  });
});
