import { describe, expect, it } from 'vitest';
import { roleLabels } from './labelTables.js';
import { termLabel } from './termLabel.js';
import { vocabularyLabel } from './vocabularyLabel.js';

describe('vocabularyLabel', () => {
  it('keeps the examples of its TSDoc true', () => {
    expect(vocabularyLabel('partyKind', 'state-agency', 'sv')).toEqual({ text: 'statlig myndighet', lang: 'sv' });
    expect(
      vocabularyLabel('groupKind', 'family-council', 'fi', {
        groupKind: [{ id: 'family-council', label: { sv: 'Familjerådet' } }],
      }),
    ).toEqual({ text: 'Familjerådet', lang: 'sv' });
  });

  it('labels the kinds other counties need out of the box', () => {
    expect(vocabularyLabel('groupKind', 'sisote-group', 'en').text).toBe(
      'education, social and health cooperation group',
    );
    expect(vocabularyLabel('evaluationKind', 'school-health-survey', 'fi').text).toBe('kouluterveyskysely');
    expect(vocabularyLabel('role', 'expert', 'sv').text).toBe('sakkunnig medlem');
    expect(vocabularyLabel('role', 'observer', 'fi').text).toBe('tarkkailija');
    expect(vocabularyLabel('decisionOutcome', 'returned-for-preparation', 'fi').text).toBe('palautettu valmisteluun');
  });

  it('prefers the library’s label to a region’s for a value the library knows', () => {
    const vocabulary = { role: [{ id: 'chair', label: { fi: 'puheenjohtaja (oma)' } }] };
    expect(vocabularyLabel('role', 'chair', 'fi', vocabulary).text).toBe('puheenjohtaja');
  });

  it('shows an undeclared value as itself rather than failing, and never reads inherited keys', () => {
    expect(vocabularyLabel('partyKind', 'youth-council', 'fi')).toEqual({ text: 'youth-council', lang: 'fi' });
    expect(vocabularyLabel('partyKind', 'constructor', 'en').text).toBe('constructor');
  });
});

describe('termLabel', () => {
  it('keeps the examples of its TSDoc true', () => {
    expect(termLabel(roleLabels, 'observer', 'sv')).toEqual({ text: 'observatör', lang: 'sv' });
    expect(termLabel(roleLabels, 'clerk', 'fi', [{ id: 'clerk', label: { fi: 'kirjaaja' } }])).toEqual({
      text: 'kirjaaja',
      lang: 'fi',
    });
  });
});
