import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../data/etela-savo/region.js';
import { groupMembers } from './groupMembers.js';

describe('groupMembers', () => {
  it('keeps the example of its TSDoc true: Rantasalmi’s welfare director sits in the steering group (000)', () => {
    const steering = etelaSavo.groups.find((g) => g.id === 'steering-group')!;
    const rantasalmi = groupMembers(steering, etelaSavo.roleAssignments).filter((m) => m.partyId === 'rantasalmi');
    expect(rantasalmi.map((m) => [m.role, m.groupId])).toEqual([['representative', 'steering-group']]);
  });

  it('gives the group’s own members first, then the assignments naming it, and nothing of other groups', () => {
    const steering = etelaSavo.groups.find((g) => g.id === 'steering-group')!;
    const all = groupMembers(steering, etelaSavo.roleAssignments);
    expect(all.slice(0, steering.members.length)).toEqual(steering.members);
    expect(all.slice(steering.members.length).every((m) => m.groupId === 'steering-group')).toBe(true);
    expect(groupMembers(steering)).toEqual(steering.members);
  });
});
