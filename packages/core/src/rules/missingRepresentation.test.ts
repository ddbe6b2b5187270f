import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { etelaSavo } from '../data/etela-savo/region.js';
import type { Agreement } from '../model/agreement.js';
import type { Group } from '../model/group.js';
import type { Role, RoleAssignment } from '../model/person.js';
import { missingRepresentation } from './missingRepresentation.js';

const SOURCE = { document: '000_a8f13f1475d46feb.txt' };

function agreementOf(parties: string[], overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: 'es-2026-2029',
    countyId: 'eloisa',
    title: { fi: 'Perhekeskustoiminnan yhteistyösopimus' },
    period: { start: '2026-01-01', end: '2029-12-31' },
    parties,
    partyList: 'complete',
    decisions: [],
    signatures: [],
    backgroundDocuments: [],
    source: SOURCE,
    ...overrides,
  };
}

function groupOf(members: RoleAssignment[]): Group {
  return {
    id: 'steering-group',
    name: { fi: 'Johtoryhmä', sv: 'Ledningsgrupp', en: 'Steering group' },
    kind: 'steering-group',
    level: 'county',
    convener: 'chair',
    members,
    source: SOURCE,
  };
}

function seat(role: Role, partyId: string | undefined, personId: string): RoleAssignment {
  return { role, personId, source: SOURCE, ...(partyId === undefined ? {} : { partyId }) };
}

describe('missingRepresentation', () => {
  it('holds for the documented example', () => {
    const agreement = agreementOf(['juva', 'mikkeli', 'rantasalmi']);
    const group = groupOf([seat('member', 'juva', 'jaana'), seat('deputy-member', 'mikkeli', 'mika')]);
    expect(missingRepresentation(group, agreement)).toEqual(['mikkeli', 'rantasalmi']);
  });

  it('accepts a chair, vice-chair or member, named by person or by post', () => {
    const agreement = agreementOf(['eloisa', 'mikkeli', 'rantasalmi']);
    const group = groupOf([
      seat('chair', 'eloisa', 'anna'),
      seat('vice-chair', 'mikkeli', 'ville'),
      { role: 'member', partyId: 'rantasalmi', title: { fi: 'hyvinvointijohtaja' }, source: SOURCE },
    ]);
    expect(missingRepresentation(group, agreement)).toEqual([]);
  });

  it('does not count a secretary, a deputy or a member without a party', () => {
    const agreement = agreementOf(['eloisa', 'juva', 'puumala']);
    const group = groupOf([
      seat('secretary', 'eloisa', 'sari'),
      seat('deputy-member', 'juva', 'jussi'),
      seat('member', undefined, 'pekka'),
    ]);
    expect(missingRepresentation(group, agreement)).toEqual(['eloisa', 'juva', 'puumala']);
  });

  it('ignores members from organisations that are not parties', () => {
    const group = groupOf([seat('member', 'terveystalo', 'tiina')]);
    expect(missingRepresentation(group, agreementOf(['juva']))).toEqual(['juva']);
  });

  it('keeps the agreement order and lists a repeated party once', () => {
    const agreement = agreementOf(['savonlinna', 'juva', 'savonlinna', 'pieksamaki']);
    expect(missingRepresentation(groupOf([]), agreement)).toEqual(['savonlinna', 'juva', 'pieksamaki']);
  });

  it('checks only the named parties of a partial list', () => {
    const agreement = agreementOf(['juva'], { partyList: 'partial' });
    expect(missingRepresentation(groupOf([seat('member', 'juva', 'jaana')]), agreement)).toEqual([]);
  });

  it('returns party ids', () => {
    expectTypeOf(missingRepresentation).returns.toEqualTypeOf<string[]>();
  });

  it('names the field that is invalid', () => {
    const group = groupOf([seat('member', 'Juva', 'jaana')]);
    expect(() => missingRepresentation(group, agreementOf(['juva']))).toThrow('group.members[0].partyId');
    expect(() => missingRepresentation(groupOf([]), agreementOf(['Juva']))).toThrow('agreement.parties[0]');
  });

  it('adding a representative removes exactly that party (property)', () => {
    const parties = ['eloisa', 'juva', 'mikkeli', 'puumala', 'rantasalmi'];
    fc.assert(
      fc.property(
        fc.subarray(parties),
        fc.array(fc.constantFrom(...parties), { maxLength: 5 }),
        fc.constantFrom(...parties),
        (listed, seated, added) => {
          const agreement = agreementOf(listed);
          const members = seated.map((partyId, i) => seat('member', partyId, `person-${i}`));
          const before = missingRepresentation(groupOf(members), agreement);
          const after = missingRepresentation(groupOf([...members, seat('member', added, 'added')]), agreement);
          expect(after).toEqual(before.filter((p) => p !== added));
        },
      ),
    );
  });

  describe('members recorded outside the group', () => {
    it('counts the region’s role assignments that name the group: Rantasalmi’s welfare director (000)', () => {
      const steering = etelaSavo.groups.find((g) => g.id === 'steering-group')!;
      const agreement = etelaSavo.agreements.find((a) => a.id === 'etela-savo-2026-2029')!;
      expect(missingRepresentation(steering, agreement)).toContain('rantasalmi');
      expect(missingRepresentation(steering, agreement, { roleAssignments: etelaSavo.roleAssignments })).not.toContain(
        'rantasalmi',
      );
    });

    it('ignores assignments of other groups and validates the assignments, naming them', () => {
      const elsewhere = { ...seat('member', 'juva', 'anna'), groupId: 'another-group' };
      expect(missingRepresentation(groupOf([]), agreementOf(['juva']), { roleAssignments: [elsewhere] })).toEqual([
        'juva',
      ]);
      const broken = { role: 'member', source: SOURCE } as RoleAssignment;
      expect(() => missingRepresentation(groupOf([]), agreementOf(['juva']), { roleAssignments: [broken] })).toThrow(
        /^roleAssignments\[0\]\.personId/,
      );
    });
  });
});
