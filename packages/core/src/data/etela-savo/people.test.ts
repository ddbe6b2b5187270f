import { describe, expect, it } from 'vitest';
import { partyIdOf } from './parties.js';
import { people, roleAssignments } from './people.js';

describe('people and role assignments', () => {
  it('names only the officials of the seeds, with no contact details', () => {
    expect(people.map((p) => p.name)).toEqual([
      'Hanna Kokkonen',
      'Elina Heiskanen',
      'Ulla Juntunen',
      'Johanna Keränen',
      'Velimatti Salmi',
    ]);
    for (const person of people) {
      expect(person).not.toHaveProperty('workPhone');
      expect(person).not.toHaveProperty('workEmail');
    }
  });

  it('makes the county’s coordinator Hanna Kokkonen, marked as an assumption for 2026–2029 (003, 000)', () => {
    const coordinator = roleAssignments.find((r) => r.role === 'coordinator');
    expect(coordinator).toMatchObject({ personId: 'hanna-kokkonen', partyId: 'eloisa' });
    expect(coordinator?.source.assumption).toMatch(/2026–2029 is assumed/);
  });

  it('has Rantasalmi represented in the steering group by its welfare director, by title (000)', () => {
    const rep = roleAssignments.find((r) => r.role === 'representative');
    expect(rep).toMatchObject({
      partyId: 'rantasalmi',
      groupId: 'steering-group',
      title: { fi: 'hyvinvointijohtaja' },
    });
    expect(rep?.personId).toBeUndefined();
  });

  it('has Juva’s director of education as signatory (003)', () => {
    expect(roleAssignments.find((r) => r.role === 'signatory')).toMatchObject({
      partyId: 'juva',
      title: { fi: 'sivistysjohtaja' },
      personId: 'velimatti-salmi',
    });
  });
});

describe('partyIdOf', () => {
  it('holds for the TSDoc example and throws for a code with no party', () => {
    expect(partyIdOf('178')).toBe('juva');
    expect(() => partyIdOf('999')).toThrow(/999/);
  });
});
