import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { etelaSavo } from '../data/etela-savo/region.js';
import type { Group } from '../model/group.js';
import type { Role, RoleAssignment } from '../model/person.js';
import { invitationRecipients } from './invitationRecipients.js';

const SOURCE = { document: '001_1f0cfa8de756862d.txt', section: '13' };

function steeringGroup(members: RoleAssignment[]): Group {
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

function held(role: Role, personId: string, extra: Partial<RoleAssignment> = {}): RoleAssignment {
  return { role, personId, source: SOURCE, ...extra };
}

function post(role: Role, partyId: string, fi: string): RoleAssignment {
  return { role, partyId, title: { fi }, source: SOURCE };
}

const summary = (recipients: RoleAssignment[]) => recipients.map((r) => `${r.personId ?? r.title?.fi} ${r.role}`);

describe('invitationRecipients', () => {
  it('holds for the documented example', () => {
    const group = steeringGroup([
      held('chair', 'anna'),
      held('secretary', 'sari'),
      held('member', 'ville'),
      held('deputy-member', 'ville', { deputyOf: 'anna' }),
      held('deputy-member', 'pia', { deputyOf: 'ville' }),
    ]);
    expect(summary(invitationRecipients(group))).toEqual(['anna chair', 'ville member', 'pia deputy-member']);
  });

  it('sends invitations to deputy members as well as members (001 §13)', () => {
    const group = steeringGroup([held('member', 'ville'), held('deputy-member', 'pia', { deputyOf: 'ville' })]);
    expect(summary(invitationRecipients(group))).toEqual(['ville member', 'pia deputy-member']);
  });

  it('leaves out the secretary, who sends them, and roles outside the membership', () => {
    const group = steeringGroup([
      held('secretary', 'sari'),
      held('coordinator', 'sari'),
      held('contact-person', 'kalle'),
      held('vice-chair', 'emma'),
    ]);
    expect(summary(invitationRecipients(group))).toEqual(['emma vice-chair']);
  });

  it('includes a secretary who is also a member, once', () => {
    const group = steeringGroup([held('secretary', 'sari'), held('member', 'sari')]);
    expect(invitationRecipients(group)).toEqual([held('member', 'sari')]);
  });

  it('lists a person with two roles once, at their first place, with the more senior role', () => {
    const group = steeringGroup([
      held('deputy-member', 'ville', { deputyOf: 'anna' }),
      held('member', 'anna'),
      held('chair', 'ville'),
    ]);
    expect(summary(invitationRecipients(group))).toEqual(['ville chair', 'anna member']);
  });

  it('keeps the same post of two parties apart and merges it within one party', () => {
    const group = steeringGroup([
      post('member', 'rantasalmi', 'hyvinvointijohtaja'),
      post('member', 'juva', 'hyvinvointijohtaja'),
      post('deputy-member', 'rantasalmi', 'hyvinvointijohtaja'),
    ]);
    expect(invitationRecipients(group).map((r) => `${r.partyId} ${r.role}`)).toEqual([
      'rantasalmi member',
      'juva member',
    ]);
  });

  it('returns nobody for a group without members', () => {
    expect(invitationRecipients(steeringGroup([]))).toEqual([]);
  });

  it('returns role assignments', () => {
    expectTypeOf(invitationRecipients).returns.toEqualTypeOf<RoleAssignment[]>();
  });

  it('names the member that is invalid', () => {
    const group = steeringGroup([held('member', 'ville'), { role: 'member', source: SOURCE }]);
    expect(() => invitationRecipients(group)).toThrow('group.members[1].personId: A role needs a personId or a title');
  });

  it('reaches every member and deputy exactly once (property)', () => {
    const roles: Role[] = ['chair', 'vice-chair', 'secretary', 'member', 'deputy-member', 'coordinator'];
    const membersArb = fc.array(
      fc.record({ role: fc.constantFrom(...roles), personId: fc.constantFrom('anna', 'ville', 'pia', 'sari', 'emma') }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(membersArb, (rows) => {
        const recipients = invitationRecipients(steeringGroup(rows.map((r) => held(r.role, r.personId))));
        const people = recipients.map((r) => r.personId);
        const expected = new Set(
          rows
            .filter((r) => ['chair', 'vice-chair', 'member', 'deputy-member'].includes(r.role))
            .map((r) => r.personId),
        );
        expect(new Set(people).size).toBe(people.length);
        expect(new Set(people)).toEqual(expected);
      }),
    );
  });

  it('also invites the region’s role assignments that name the group, after the group’s own', () => {
    const steering = etelaSavo.groups.find((g) => g.id === 'steering-group')!;
    const recipients = invitationRecipients(steering, { roleAssignments: etelaSavo.roleAssignments });
    const own = invitationRecipients(steering);
    expect(recipients.slice(0, own.length)).toEqual(own);
    const extra = recipients.slice(own.length);
    expect(extra.map((r) => [r.partyId, r.role])).toEqual([['rantasalmi', 'representative']]);
  });
});
