import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import type { RoleAssignment } from '../model/person.js';
import { inTerm, personOfPost } from './personOfPost.js';

const SOURCE = { document: 'test' };
const COORDINATOR = { fi: 'perhekeskuskoordinaattori', sv: 'familjecentralskoordinator' };

describe('inTerm', () => {
  it('counts an assignment on the days of its term, and any assignment without a day', () => {
    const a = { term: { start: '2026-01-01', end: '2026-12-31' } };
    expect([
      inTerm(a, '2025-12-31'),
      inTerm(a, '2026-01-01'),
      inTerm(a, '2026-12-31'),
      inTerm(a, '2027-01-01'),
    ]).toEqual([false, true, true, false]);
    expect(inTerm(a, undefined)).toBe(true);
    expect(inTerm({}, '2030-01-01')).toBe(true);
  });
});

describe('personOfPost', () => {
  it("resolves the steering group's secretary, a post of the county, to the coordinator the region names (TSDoc)", () => {
    const post: RoleAssignment = { role: 'secretary', title: COORDINATOR, partyId: 'eloisa', source: SOURCE };
    expect(personOfPost(post, etelaSavo.roleAssignments)).toBe('hanna-kokkonen');
  });

  it('matches the title in any language both write, case and spacing aside, and the party when the post names one', () => {
    const named: RoleAssignment[] = [
      { role: 'coordinator', personId: 'p-other', title: COORDINATOR, partyId: 'other', source: SOURCE },
      {
        role: 'coordinator',
        personId: 'p-1',
        title: { sv: 'familjecentralskoordinator' },
        partyId: 'b',
        source: SOURCE,
      },
      {
        role: 'coordinator',
        personId: 'p-2',
        title: { sv: ' Familjecentralskoordinator ' },
        partyId: 'a',
        source: SOURCE,
      },
    ];
    const post: RoleAssignment = {
      role: 'secretary',
      title: { sv: 'FAMILJECENTRALSKOORDINATOR' },
      partyId: 'a',
      source: SOURCE,
    };
    expect(personOfPost(post, named)).toBe('p-2');
    // Without a party, the first with the title.
    expect(personOfPost({ ...post, partyId: undefined } as RoleAssignment, named)).toBe('p-other');
  });

  it("falls back to the same role of the post's party, and names nobody for a post without a party or match", () => {
    const named: RoleAssignment[] = [
      { role: 'chair', personId: 'p-chair', title: { fi: 'pj' }, partyId: 'a', source: SOURCE },
    ];
    expect(personOfPost({ role: 'chair', title: { fi: 'puheenjohtaja' }, partyId: 'a', source: SOURCE }, named)).toBe(
      'p-chair',
    );
    expect(personOfPost({ role: 'chair', title: { fi: 'puheenjohtaja' }, source: SOURCE }, named)).toBeUndefined();
    expect(
      personOfPost({ role: 'member', title: { fi: 'jäsen' }, partyId: 'a', source: SOURCE }, named),
    ).toBeUndefined();
  });

  it("counts another group's assignments only for that group, and only the assignments in term on the day", () => {
    const named: RoleAssignment[] = [
      { role: 'secretary', personId: 'p-g', title: { fi: 'sihteeri' }, partyId: 'a', groupId: 'g', source: SOURCE },
      {
        role: 'secretary',
        personId: 'p-old',
        title: { fi: 'sihteeri' },
        partyId: 'a',
        term: { start: '2024-01-01', end: '2025-12-31' },
        source: SOURCE,
      },
    ];
    const post: RoleAssignment = { role: 'secretary', title: { fi: 'sihteeri' }, partyId: 'a', source: SOURCE };
    expect(personOfPost(post, named, { groupId: 'g' })).toBe('p-g');
    expect(personOfPost(post, named, { groupId: 'h', on: '2025-06-01' })).toBe('p-old');
    expect(personOfPost(post, named, { groupId: 'h', on: '2026-06-01' })).toBeUndefined();
    expect(personOfPost({ ...post, personId: 'p-self' }, named)).toBe('p-self');
  });
});
