import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import type { Group } from '../model/group.js';
import type { RoleAssignment } from '../model/person.js';
import { meetingHolders } from './meetingHolders.js';

const group = (id: string) => etelaSavo.groups.find((g) => g.id === id)!;
const keysOf = (g: Group, region: Parameters<typeof meetingHolders>[0] = etelaSavo) =>
  meetingHolders(region, g).map((h) => [h.holder.key, h.duties]);
const source = { document: 'test' };

describe('meetingHolders', () => {
  it('holds for the TSDoc example: the steering group’s chair is a post, its secretary the coordinator', () => {
    expect(keysOf(group('steering-group'))).toEqual([
      ['post:steering-group:sopimuskaudeksi valittu puheenjohtaja', ['convener', 'chair']],
      ['hanna-kokkonen', ['secretary']],
    ]);
  });

  it('resolves the coordinator post to the person the region names for it (003: Hanna Kokkonen)', () => {
    for (const id of ['family-centre-actors', 'meeting-place-network', 'lp-development-network', 'lp-trainers']) {
      expect(keysOf(group(id)), id).toEqual([['hanna-kokkonen', ['convener']]]);
    }
  });

  it('finds the same person as the Mikkeli development group’s responsible person (002)', () => {
    // The rotating secretary ("vaihtuva sihteeri") is named by nobody, so only the convener is busy.
    expect(keysOf(group('relationship-support-mikkeli'))).toEqual([
      ['hanna-kokkonen', ['convener', 'responsible-person']],
    ]);
  });

  it('takes a convener the group does not list from the region-wide assignments (peer-group leaders)', () => {
    expect(keysOf(group('peer-group-leaders'))).toEqual([['hanna-kokkonen', ['convener']]]);
    expect(keysOf(group('peer-group-leaders'), { groups: etelaSavo.groups })).toEqual([]);
  });

  it('keeps a post as the holder when no person is named for it, keyed by party and title', () => {
    // Without the region's assignments the coordinator is the Eloisa post, still one holder in every group.
    const alone = { groups: etelaSavo.groups };
    expect(keysOf(group('lp-trainers'), alone)).toEqual([['post:eloisa:perhekeskuskoordinaattori', ['convener']]]);
    expect(keysOf(group('steering-group'), alone)[1]).toEqual(['post:eloisa:perhekeskuskoordinaattori', ['secretary']]);
    expect(meetingHolders(alone, group('lp-trainers'))[0]?.holder).toEqual({
      key: 'post:eloisa:perhekeskuskoordinaattori',
      title: { fi: 'perhekeskuskoordinaattori', sv: 'familjecentralskoordinator', en: 'family-centre coordinator' },
      partyId: 'eloisa',
    });
  });

  it('matches a post to a person of the same party and role when the titles differ, but not one for another group', () => {
    const member: RoleAssignment = { role: 'chair', title: { fi: 'johtaja' }, partyId: 'p', source };
    const g: Group = { ...group('lp-trainers'), convener: 'chair', members: [member] };
    const named: RoleAssignment = { role: 'chair', personId: 'anna', partyId: 'p', source };
    expect(keysOf(g, { groups: [g], roleAssignments: [named] })).toEqual([['anna', ['convener', 'chair']]]);
    const elsewhere = { ...named, groupId: 'other-group' };
    expect(keysOf(g, { groups: [g], roleAssignments: [elsewhere] })).toEqual([
      ['post:p:johtaja', ['convener', 'chair']],
    ]);
  });

  it('lists no holder for roles that neither lead nor take minutes', () => {
    const g: Group = {
      ...group('lp-trainers'),
      convener: 'chair',
      members: [{ role: 'member', personId: 'm', source }],
    };
    expect(meetingHolders({ groups: [g] }, g)).toEqual([]);
  });
});
