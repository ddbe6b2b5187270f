import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../data/etela-savo/region.js';
import { participantName, participantOf } from './groupParticipant.js';

const SOURCE = { document: 'fixture.txt' };

describe('participantOf', () => {
  it('resolves a post to the person a region-level assignment names with the same title and party', () => {
    const secretary = {
      role: 'secretary',
      title: { fi: 'Perhekeskuskoordinaattori ' },
      partyId: 'eloisa',
      source: SOURCE,
    };
    expect(participantOf(secretary, etelaSavo)).toMatchObject({ personId: 'hanna-kokkonen', name: 'Hanna Kokkonen' });
    // Another party's post of the same name is not her.
    expect(participantOf({ ...secretary, partyId: 'juva' }, etelaSavo).personId).toBeUndefined();
  });
});

describe('participantName', () => {
  it('holds for the documented example and prefers the named person', () => {
    expect(
      participantName({ role: 'member', title: { fi: 'sivistysjohtaja' }, party: { fi: 'Juvan kunta' } }, 'fi'),
    ).toBe('sivistysjohtaja (Juvan kunta)');
    expect(participantName({ role: 'chair', name: 'Anna A', title: { fi: 'x' } }, 'en')).toBe('Anna A');
    expect(participantName({ role: 'deputy-member' }, 'sv')).toBe('ersättare');
  });
});
