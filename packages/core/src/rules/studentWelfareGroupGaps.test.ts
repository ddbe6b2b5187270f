import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Group, GroupKind } from '../model/group.js';
import { MemberCategory, type Role, type RoleAssignment } from '../model/person.js';
import { ValidationError } from '../validation/parseInput.js';
import { type StudentWelfareGroupOptions, studentWelfareGroupGaps } from './studentWelfareGroupGaps.js';

const SOURCE = { document: '004_b60f716d6d14d302.txt', section: 'Kokoonpano' };

function welfareGroup(members: RoleAssignment[], kind: GroupKind = 'student-welfare-group'): Group {
  return {
    id: 'student-welfare-group',
    name: {
      fi: 'Opiskeluhuollon alueellinen yhteistyöryhmä',
      sv: 'Regional samarbetsgrupp för elevhälsa',
      en: 'Regional student-welfare cooperation group',
    },
    kind,
    level: 'county',
    convener: 'chair',
    members,
    source: SOURCE,
  };
}

function seat(role: Role, category: MemberCategory, personId = `${category}-${role}`): RoleAssignment {
  return { role, personId, category, source: SOURCE };
}

const FULL: RoleAssignment[] = [
  seat('chair', 'wellbeing-county'),
  seat('member', 'municipal-education'),
  seat('member', 'other-education-provider'),
  seat('member', 'guardians'),
  seat('member', 'students'),
  seat('member', 'student-welfare-staff'),
];

describe('studentWelfareGroupGaps', () => {
  it('holds for the documented example', () => {
    const group = welfareGroup([
      seat('chair', 'wellbeing-county'),
      seat('member', 'municipal-education'),
      seat('member', 'students'),
    ]);
    expect(studentWelfareGroupGaps(group)).toEqual(['other-education-provider', 'guardians', 'student-welfare-staff']);
    expect(studentWelfareGroupGaps(group, { otherEducationProviders: false })).toEqual([
      'guardians',
      'student-welfare-staff',
    ]);
  });

  it('finds nothing missing in a group with every required category', () => {
    expect(studentWelfareGroupGaps(welfareGroup(FULL))).toEqual([]);
  });

  it('never requires other partners, who join only where needed', () => {
    expect(studentWelfareGroupGaps(welfareGroup([]))).not.toContain('other-partner');
  });

  it('lists every required category for an empty group, in the model’s order', () => {
    expect(studentWelfareGroupGaps(welfareGroup([]))).toEqual([
      'wellbeing-county',
      'municipal-education',
      'other-education-provider',
      'guardians',
      'students',
      'student-welfare-staff',
    ]);
  });

  it('does not let a deputy or a secretary fill a seat', () => {
    const members = FULL.filter((m) => m.category !== 'guardians');
    const group = welfareGroup([...members, seat('deputy-member', 'guardians'), seat('secretary', 'guardians')]);
    expect(studentWelfareGroupGaps(group)).toEqual(['guardians']);
  });

  it('ignores members without a category', () => {
    const group = welfareGroup([...FULL.slice(1), { role: 'member', personId: 'pekka', source: SOURCE }]);
    expect(studentWelfareGroupGaps(group)).toEqual(['wellbeing-county']);
  });

  it('returns member categories', () => {
    expectTypeOf(studentWelfareGroupGaps).returns.toEqualTypeOf<MemberCategory[]>();
  });

  describe('invalid input', () => {
    it('refuses a group of another kind, naming group.kind', () => {
      const call = () => studentWelfareGroupGaps(welfareGroup(FULL, 'steering-group'));
      expect(call).toThrow(ValidationError);
      expect(call).toThrow('group.kind: Expected a group of kind student-welfare-group');
    });

    it('names a member category that does not exist', () => {
      const member = {
        role: 'member',
        personId: 'x',
        category: 'parents',
        source: SOURCE,
      } as unknown as RoleAssignment;
      expect(() => studentWelfareGroupGaps(welfareGroup([member]))).toThrow('group.members[0].category');
    });

    it('names an option of the wrong type', () => {
      const options = { otherEducationProviders: 'yes' } as unknown as StudentWelfareGroupOptions;
      expect(() => studentWelfareGroupGaps(welfareGroup(FULL), options)).toThrow('options.otherEducationProviders');
    });
  });

  it('reports a category exactly when no seated member has it (property)', () => {
    const rows = fc.array(
      fc.record({
        role: fc.constantFrom<Role>('chair', 'member', 'deputy-member', 'secretary'),
        category: fc.constantFrom(...MemberCategory.options),
      }),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(rows, fc.boolean(), (members, otherEducationProviders) => {
        const group = welfareGroup(members.map((m, i) => seat(m.role, m.category, `person-${i}`)));
        const gaps = studentWelfareGroupGaps(group, { otherEducationProviders });
        for (const category of MemberCategory.options) {
          const seated = members.some(
            (m) => m.category === category && m.role !== 'deputy-member' && m.role !== 'secretary',
          );
          const optional =
            category === 'other-partner' || (category === 'other-education-provider' && !otherEducationProviders);
          expect(gaps.includes(category)).toBe(!seated && !optional);
        }
      }),
    );
  });
});
