import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import { dataIssues } from '../validation/dataIssues.js';
import { ValidationError } from '../validation/parseInput.js';
import { holderChoices, holderSchedule } from './holderSchedule.js';
import { scheduleFor } from './scheduleFor.js';

const year2026 = { from: '2026-01-01', to: '2026-12-31' };

describe('holderSchedule', () => {
  it('holds for the TSDoc example: the coordinator’s year starts with the steering group, as its secretary', () => {
    const { holder, meetings } = holderSchedule(etelaSavo, { holder: 'coordinator', ...year2026 });
    expect(holder).toEqual({ key: 'hanna-kokkonen', personId: 'hanna-kokkonen' });
    expect(meetings[0]).toMatchObject({
      start: '2026-01-13T13:00:00+02:00',
      groupId: 'steering-group',
      duties: ['secretary'],
    });
  });

  it('gives the same meetings for the role and for the person who holds it', () => {
    const byRole = holderSchedule(etelaSavo, { holder: 'coordinator', ...year2026 }).meetings;
    const byPerson = holderSchedule(etelaSavo, { holder: 'hanna-kokkonen', ...year2026 }).meetings;
    expect(byPerson).toEqual(byRole);
    // 11 steering-group meetings, 4 each of four networks and the workshops, 2 peer-group meetings,
    // 4 in Mikkeli and both regional meetings, which she convenes (and leads in spring 2026, Mikkeli's turn).
    expect(byRole).toHaveLength(11 + 5 * 4 + 2 + 4 + 2);
    expect(byRole.find((o) => o.groupId === 'relationship-support-network')?.duties).toEqual(['convener', 'lead']);
    expect(byRole.find((o) => o.groupId === 'relationship-support-mikkeli')?.duties).toEqual([
      'convener',
      'responsible-person',
    ]);
  });

  it('lists only the meetings of the schedule where the holder has a duty', () => {
    const all = scheduleFor(etelaSavo, year2026);
    const { meetings } = holderSchedule(etelaSavo, { holder: 'elina-heiskanen', ...year2026 });
    expect(meetings.map((o) => o.groupId)).toEqual([
      'relationship-support-pieksamaki',
      'relationship-support-pieksamaki',
      'relationship-support-pieksamaki',
      'relationship-support-network', // October: Pieksämäki's turn to lead
      'relationship-support-pieksamaki',
    ]);
    for (const o of meetings) expect(all.some((m) => m.start === o.start && m.groupId === o.groupId)).toBe(true);
  });

  it('rejects a holder that is neither a person nor a region-wide role, listing the choices', () => {
    expect(holderChoices(etelaSavo)).toEqual({
      roles: ['coordinator', 'signatory'],
      people: ['elina-heiskanen', 'hanna-kokkonen', 'johanna-keranen', 'ulla-juntunen', 'velimatti-salmi'],
    });
    try {
      holderSchedule(etelaSavo, { holder: 'janitor', ...year2026 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const [issue] = dataIssues((error as ValidationError).issues, { holder: 'janitor' });
      expect(issue).toMatchObject({ path: 'holder', code: 'unknown-reference', received: 'janitor' });
      expect(issue?.allowed).toContain('coordinator');
    }
  });
});
