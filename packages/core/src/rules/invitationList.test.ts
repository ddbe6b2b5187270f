import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { etelaSavo } from '../data/etela-savo/region.js';
import { Region } from '../model/region.js';
import { ValidationError } from '../validation/parseInput.js';
import { invitationList } from './invitationList.js';

const pohjanmaa = z.parse(
  Region,
  JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8')),
);

describe('invitationList', () => {
  it("lists the example county's members and deputy members with their work e-mails (001 §13)", () => {
    const list = invitationList(pohjanmaa, { groupId: 'steering-group' });
    expect(list.map((p) => [p.role, p.name ?? p.title?.sv, p.partyId, p.workEmail])).toEqual([
      ['chair', 'Exempel Ordförande', 'osterbotten', 'ordforande@example.org'],
      ['member', 'Esimerkki Jäsen', 'vasa', 'jasen.vaasa@example.org'],
      ['deputy-member', 'Esimerkki Varajäsen', 'vasa', 'varajasen.vaasa@example.org'],
      ['member', 'socialdirektören', 'narpes', undefined],
      ['deputy-member', 'Exempel Ersättare', 'narpes', 'ersattare.narpes@example.org'],
      ['member', 'verksamhetsledaren', 'folkhalsan', undefined],
      ['member', 'diakoniarbetaren', 'vasa-svenska-forsamling', undefined],
      // Recorded in roleAssignments with groupId, after the group's own list.
      ['member', 'bildningsdirektören', 'korsholm', undefined],
    ]);
  });

  it('says whom a deputy stands in for, a person or a post', () => {
    const list = invitationList(pohjanmaa, { groupId: 'steering-group' });
    const deputies = list.filter((p) => p.role === 'deputy-member').map((p) => p.deputyOf);
    expect(deputies).toEqual([
      { personId: 'example-vasa-member', name: 'Esimerkki Jäsen' },
      { title: { sv: 'socialdirektören' } },
    ]);
  });

  it("adds the party's name, and keeps posts nobody is named for as posts (the built-in data)", () => {
    const list = invitationList(etelaSavo, { groupId: 'steering-group' });
    expect(list.every((p) => p.workEmail === undefined && p.personId === undefined)).toBe(true);
    expect(list.find((p) => p.partyId === 'rantasalmi')).toMatchObject({
      role: 'representative',
      title: { fi: 'hyvinvointijohtaja' },
      party: { fi: 'Rantasalmen kunta' },
    });
  });

  it('counts only the assignments whose term contains the day asked about', () => {
    const region = structuredClone(pohjanmaa);
    const steering = region.groups.find((g) => g.id === 'steering-group')!;
    steering.members[0] = { ...steering.members[0]!, term: { start: '2026-01-01', end: '2026-12-31' } };
    expect(invitationList(region, { groupId: 'steering-group', on: '2027-01-05' }).map((p) => p.role)).not.toContain(
      'chair',
    );
    expect(invitationList(region, { groupId: 'steering-group', on: '2026-01-05' })[0]!.role).toBe('chair');
  });

  it('refuses a person with a home address (strict objects) and an unknown group', () => {
    const region = structuredClone(pohjanmaa) as Region & { people: object[] };
    region.people.push({ id: 'x', name: 'X', homeAddress: 'Kotikatu 1', source: { document: 'x' } });
    expect(() => invitationList(region, { groupId: 'steering-group' })).toThrow(ValidationError);
    expect(() => invitationList(pohjanmaa, { groupId: 'nope' })).toThrow(/query\.groupId/);
  });
});
