import { describe, expect, it } from 'vitest';
import type { Agreement } from '../model/agreement.js';
import { partiesOn } from './partiesOn.js';

const SOURCE = { document: 'fixture.txt' };

function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: 'test-agreement',
    countyId: 'county',
    title: { sv: 'Samarbetsavtal' },
    period: { start: '2026-01-01' },
    parties: ['juva', 'mikkeli'],
    partyList: 'complete',
    decisions: [],
    signatures: [],
    backgroundDocuments: [],
    termination: { kind: 'year-end', deadline: '06-30' },
    source: SOURCE,
    ...overrides,
  };
}

describe('partiesOn', () => {
  it('keeps the example of its TSDoc true: a party leaves after the last day its notice gives', () => {
    const withNotice = agreement({ notices: [{ partyId: 'juva', date: '2027-03-01', source: SOURCE }] });
    expect(partiesOn(withNotice, '2027-12-31')).toEqual(['juva', 'mikkeli']);
    expect(partiesOn(withNotice, '2028-01-01')).toEqual(['mikkeli']);
  });

  it('uses the end the notice records, and the earlier of two notices', () => {
    const agreed = agreement({
      notices: [
        { partyId: 'juva', date: '2027-03-01', source: SOURCE },
        { partyId: 'juva', date: '2027-02-01', endDate: '2027-05-31', source: SOURCE },
      ],
    });
    expect(partiesOn(agreed, '2027-05-31')).toEqual(['juva', 'mikkeli']);
    expect(partiesOn(agreed, '2027-06-01')).toEqual(['mikkeli']);
  });

  it('follows the termination rule: a notice period in months', () => {
    const months = agreement({
      termination: { kind: 'notice-period', months: 6 },
      notices: [{ partyId: 'mikkeli', date: '2027-03-15', source: SOURCE }],
    });
    expect(partiesOn(months, '2027-09-15')).toEqual(['juva', 'mikkeli']);
    expect(partiesOn(months, '2027-09-16')).toEqual(['juva']);
  });

  it('lists each party once, and needs a rule only when a notice has no end of its own', () => {
    expect(partiesOn(agreement({ parties: ['juva', 'juva'] }), '2030-01-01')).toEqual(['juva']);
    const { termination: _, ...noRule } = agreement();
    expect(partiesOn(noRule, '2030-01-01')).toEqual(['juva', 'mikkeli']);
    expect(() =>
      partiesOn({ ...noRule, notices: [{ partyId: 'juva', date: '2027-03-01', source: SOURCE }] }, '2030-01-01'),
    ).toThrow('agreement.termination: The agreement states no termination rule');
    expect(() => partiesOn(agreement(), '2030-13-01')).toThrow(/^date: /);
  });
});
