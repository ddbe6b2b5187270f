import { describe, expect, it } from 'vitest';
import type { Agreement } from '../model/agreement.js';
import { entryIntoForce } from './entryIntoForce.js';

const SOURCE = { document: '000_a8f13f1475d46feb.txt' };

function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: 'es-2026-2029',
    countyId: 'eloisa',
    title: { fi: 'Perhekeskustoiminnan yhteistyösopimus' },
    period: { start: '2026-01-01', end: '2029-12-31' },
    parties: ['juva', 'mikkeli'],
    partyList: 'complete',
    decisions: [],
    signatures: [
      { partyId: 'juva', date: '2025-11-20', source: SOURCE },
      { partyId: 'mikkeli', date: '2026-02-03', source: SOURCE },
    ],
    backgroundDocuments: [],
    source: SOURCE,
    ...overrides,
  };
}

describe('entryIntoForce', () => {
  it('keeps the examples of its TSDoc true: the last signature, once every party has signed (001 §24)', () => {
    expect(entryIntoForce(agreement())).toBe('2026-02-03');
    const pending = agreement({
      signatures: [
        { partyId: 'juva', date: '2025-11-20', source: SOURCE },
        { partyId: 'mikkeli', signatory: { fi: 'kaupunginjohtaja' }, source: SOURCE },
      ],
    });
    expect(entryIntoForce(pending)).toBeUndefined();
  });

  it('never precedes the period: signatures all made before it start it on its first day', () => {
    const early = agreement({
      signatures: [
        { partyId: 'juva', date: '2025-11-20', source: SOURCE },
        { partyId: 'mikkeli', date: '2025-12-01', source: SOURCE },
      ],
    });
    expect(entryIntoForce(early)).toBe('2026-01-01');
  });

  it('takes a party’s first dated signature, and is undefined for a partial list, no parties or a missing signature', () => {
    const twice = agreement({
      signatures: [...agreement().signatures, { partyId: 'mikkeli', date: '2026-01-15', source: SOURCE }],
    });
    expect(entryIntoForce(twice)).toBe('2026-01-15');
    expect(entryIntoForce(agreement({ partyList: 'partial' }))).toBeUndefined();
    expect(entryIntoForce(agreement({ parties: [] }))).toBeUndefined();
    expect(entryIntoForce(agreement({ parties: ['juva', 'mikkeli', 'rantasalmi'] }))).toBeUndefined();
  });

  it('works for an agreement until further notice', () => {
    expect(entryIntoForce(agreement({ period: { start: '2026-01-01' } }))).toBe('2026-02-03');
  });
});
