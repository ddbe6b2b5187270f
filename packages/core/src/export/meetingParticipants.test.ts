import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { etelaSavo } from '../data/etela-savo/region.js';
import { RoleAssignment } from '../model/person.js';
import { Region } from '../model/region.js';
import { meetingParticipants } from './meetingParticipants.js';

const pohjanmaa = z.parse(
  Region,
  JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8')),
);

describe('meetingParticipants', () => {
  it('names the convener as organiser and the members and deputies with e-mails as attendees', () => {
    expect(meetingParticipants(pohjanmaa, { groupId: 'steering-group' })).toEqual({
      organizer: { name: 'Exempel Koordinator', email: 'koordinator@example.org' },
      attendees: [
        { name: 'Exempel Ordförande', email: 'ordforande@example.org', participation: 'required' },
        { name: 'Esimerkki Jäsen', email: 'jasen.vaasa@example.org', participation: 'required' },
        { name: 'Esimerkki Varajäsen', email: 'varajasen.vaasa@example.org', participation: 'optional' },
        { name: 'Exempel Ersättare', email: 'ersattare.narpes@example.org', participation: 'optional' },
      ],
    });
  });

  it('writes nobody whose work e-mail is unknown', () => {
    expect(meetingParticipants(etelaSavo, { groupId: 'steering-group' })).toEqual({ attendees: [] });
  });
});

describe('RoleAssignment.deputyOfTitle', () => {
  it('is for deputy members only', () => {
    const deputy = { role: 'deputy-member', deputyOfTitle: { fi: 'sivistysjohtaja' }, title: { fi: 'rehtori' } };
    expect(z.safeParse(RoleAssignment, { ...deputy, source: { document: 'x' } }).success).toBe(true);
    const member = z.safeParse(RoleAssignment, { ...deputy, role: 'member', source: { document: 'x' } });
    expect(
      member.error?.issues.map((i) => [i.path.join('.'), (i as { params?: { rule?: string } }).params?.rule]),
    ).toEqual([['deputyOfTitle', 'deputy-of-not-deputy']]);
  });
});
