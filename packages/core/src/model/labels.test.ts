import { describe, expect, it } from 'vitest';
import { Agreement, DecisionOutcome, Signature } from './agreement.js';
import { Cadence } from './cadence.js';
import { Locale, MeetingMode } from './common.js';
import { EvaluationKind } from './evaluation.js';
import { GroupKind, GroupLevel } from './group.js';
import { type LabelKind, label, labels } from './labels.js';
import * as labelTables from './labelTables.js';
import { AccessibilityFeature, Audience, Offering, WeeklyActivity } from './meeting-place.js';
import { PartyKind } from './party.js';
import { MemberCategory, Role } from './person.js';
import { DigitalService } from './region.js';
import { ValidationError } from '../validation/parseInput.js';

/** Every label table beside the options of the schema it labels, read from the model itself. */
function enumOptions(): Record<LabelKind, readonly string[]> {
  return {
    partyKind: PartyKind.options,
    role: Role.options,
    memberCategory: MemberCategory.options,
    decisionOutcome: DecisionOutcome.options,
    groupKind: GroupKind.options,
    groupLevel: GroupLevel.options,
    evaluationKind: EvaluationKind.options,
    meetingMode: MeetingMode.options,
    audience: Audience.options,
    offering: Offering.options,
    accessibilityFeature: AccessibilityFeature.options,
    signatureMethod: Signature.shape.method.def.innerType.options,
    digitalServiceAudience: DigitalService.shape.audience.options,
    activityWeeks: WeeklyActivity.shape.weeks.def.innerType.options,
    partyList: Agreement.shape.partyList.options,
    cadenceKind: Cadence.def.options.map((option) => option.shape.kind.def.values[0] as string),
    locale: Locale.options,
  };
}

describe('labels', () => {
  it('has a non-empty Finnish, Swedish and English label for every option of every enum', () => {
    const missing: string[] = [];
    for (const [kind, options] of Object.entries(enumOptions())) {
      const table = labels[kind as LabelKind] as Record<string, Record<string, string> | undefined>;
      for (const option of options) {
        for (const locale of Locale.options) {
          const text = table[option]?.[locale];
          if (typeof text !== 'string' || text.trim() === '') missing.push(`${kind}.${option}.${locale}`);
        }
      }
    }
    expect(missing, `missing labels:\n${missing.join('\n')}`).toEqual([]);
  });

  it('has no label for a value the model does not have', () => {
    const options = enumOptions();
    const extra = Object.entries(labels).flatMap(([kind, table]) =>
      Object.keys(table)
        .filter((value) => !options[kind as LabelKind].includes(value))
        .map((value) => `${kind}.${value}`),
    );
    expect(extra).toEqual([]);
  });

  it('is made of the single-table constants, one per table and no other', () => {
    const fromTables = Object.fromEntries(
      Object.entries(labelTables).map(([name, table]) => [name.replace(/Labels$/, ''), table]),
    );
    expect(Object.keys(fromTables).sort()).toEqual(Object.keys(labels).sort());
    for (const [kind, table] of Object.entries(labels)) expect(fromTables[kind], kind).toBe(table);
    expect(labelTables.audienceLabels.babies.sv).toBe('bebisar');
  });

  it('gives the Finnish public-sector terms in Swedish and English', () => {
    expect(labels.partyKind['wellbeing-county']).toEqual({
      fi: 'hyvinvointialue',
      sv: 'välfärdsområde',
      en: 'wellbeing services county',
    });
    expect(labels.partyKind.municipality.sv).toBe('kommun');
    expect(labels.partyKind.parish.sv).toBe('församling');
    expect(labels.meetingMode['in-person']).toEqual({ fi: 'livekokous', sv: 'möte på plats', en: 'in person' });
    expect(labels.meetingMode.remote).toEqual({ fi: 'etäkokous', sv: 'distansmöte', en: 'remote' });
  });
});

describe('label', () => {
  it('returns the label of a value in the asked language (the TSDoc example)', () => {
    expect(label('meetingMode', 'in-person', 'sv')).toBe('möte på plats');
    expect(label('partyKind', 'wellbeing-county', 'en')).toBe('wellbeing services county');
    expect(label('role', 'deputy-member', 'fi')).toBe('varajäsen');
  });

  it('rejects an unknown value with a ValidationError naming the argument', () => {
    const call = () => label('meetingMode', 'telepathic' as 'remote', 'fi');
    expect(call).toThrow(ValidationError);
    expect(call).toThrow(/^value:/);
  });

  it('rejects an unknown locale and an unknown kind', () => {
    expect(() => label('role', 'chair', 'de' as 'fi')).toThrow(/^locale:/);
    expect(() => label('colour' as 'role', 'chair', 'fi')).toThrow(/^kind:/);
  });
});
