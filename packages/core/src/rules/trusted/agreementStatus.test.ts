import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../../data/etela-savo/region.js';
import type { Agreement } from '../../model/agreement.js';
import { runs } from '../../test/runs.js';
import { agreementStatus as checked } from '../agreementStatus.js';
import { agreementStatus } from './agreementStatus.js';

const SOURCE = { document: '000_a8f13f1475d46feb.txt' };
const PARTIES = ['juva', 'mikkeli', 'puumala'];
const day = fc
  .integer({ min: 0, max: 120 })
  .map((n) => new Date(Date.UTC(2025, 10, 1) + n * 86_400_000).toISOString().slice(0, 10));

/** Random decisions and signatures of three parties over four months. */
const agreement = fc.record({
  partyList: fc.constantFrom('complete' as const, 'partial' as const),
  decisions: fc.array(
    fc.record({
      partyId: fc.constantFrom(...PARTIES),
      date: day,
      outcome: fc.constantFrom('approved', 'proposed', 'rejected', 'tabled', 'returned-for-preparation'),
      section: fc.integer({ min: 1, max: 400 }),
    }),
    { maxLength: 6 },
  ),
  signatures: fc.array(fc.record({ partyId: fc.constantFrom(...PARTIES), date: fc.option(day, { nil: undefined }) }), {
    maxLength: 5,
  }),
});

describe('agreementStatus (trusted)', () => {
  it('keeps the TSDoc example true', () => {
    const source = {
      parties: [
        { id: 'juva', name: { fi: 'Juvan kunta' } },
        { id: 'mikkeli', name: { fi: 'Mikkelin kaupunki' } },
      ],
      agreements: [
        {
          id: 'es',
          title: { fi: 'Yhteistyösopimus' },
          period: { start: '2026-01-01', end: '2029-12-31' },
          parties: ['juva', 'mikkeli'],
          partyList: 'complete',
          signatures: [],
          decisions: [
            {
              partyId: 'juva',
              body: { name: { fi: 'Kunnanhallitus' } },
              date: '2025-11-03',
              section: 331,
              outcome: 'approved',
            },
          ],
        },
      ],
    } as const;
    expect(agreementStatus(source, 'es', '2025-12-01')?.parties.map((p) => p.state)).toEqual(['approved', 'to-act']);
    expect(agreementStatus(source, 'es', '2025-12-01')?.entry).toEqual({ status: 'awaiting-signatures', unsigned: 2 });
  });

  it('is undefined for an unknown id', () => {
    expect(agreementStatus(etelaSavo, 'nowhere', '2026-01-01')).toBeUndefined();
  });

  it('gives the checked function’s result on valid input', () => {
    fc.assert(
      fc.property(agreement, day, (a, on) => {
        const full: Agreement = {
          id: 'random',
          countyId: 'etela-savo',
          title: { fi: 'Sopimus' },
          period: { start: '2026-01-01', end: '2029-12-31' },
          parties: PARTIES,
          partyList: a.partyList,
          decisions: a.decisions.map((d) => ({ ...d, body: { name: { fi: 'Lautakunta' } }, source: SOURCE })),
          // A pending signature has no `date` at all (the model's optional field).
          signatures: a.signatures.map(({ partyId, date }) =>
            date === undefined ? { partyId, source: SOURCE } : { partyId, date, source: SOURCE },
          ),
          backgroundDocuments: [],
          source: SOURCE,
        };
        const region = { agreements: [full], parties: etelaSavo.parties };
        expect(agreementStatus(region, 'random', on)).toEqual(checked(region, 'random', on));
      }),
      { numRuns: runs(60) },
    );
  });
});
