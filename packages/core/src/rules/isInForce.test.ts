import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Agreement, Signature } from '../model/agreement.js';
import { ValidationError } from '../validation/parseInput.js';
import { isInForce } from './isInForce.js';

const SOURCE = { document: '001_1f0cfa8de756862d.txt', section: '24' };

function agreementWith(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: 'test-agreement',
    countyId: 'eloisa',
    title: { fi: 'Perhekeskusten kumppanuussopimus' },
    period: { start: '2026-01-01', end: '2029-12-31' },
    parties: ['juva', 'mikkeli'],
    partyList: 'complete',
    decisions: [],
    signatures: [],
    backgroundDocuments: [],
    source: SOURCE,
    ...overrides,
  };
}

function signed(partyId: string, date: string): Signature {
  return { partyId, date, source: SOURCE };
}

/** Day `n` after 2024-01-01 as `YYYY-MM-DD`, computed in UTC so the machine's zone cannot matter. */
function day(n: number): string {
  return new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
}

const PARTY_IDS = ['juva', 'kangasniemi', 'mikkeli', 'puumala', 'rantasalmi', 'savonlinna'] as const;

/** A complete agreement with random parties, period and signatures (some parties maybe unsigned). */
const scenario = fc
  .record({
    parties: fc.uniqueArray(fc.constantFrom(...PARTY_IDS), { minLength: 1 }),
    start: fc.integer({ min: 0, max: 1500 }),
    length: fc.integer({ min: 0, max: 1500 }),
    signatureDays: fc.array(fc.option(fc.integer({ min: 0, max: 3500 }), { nil: undefined }), {
      minLength: PARTY_IDS.length,
      maxLength: PARTY_IDS.length,
    }),
    date: fc.integer({ min: 0, max: 3500 }),
  })
  .map(({ parties, start, length, signatureDays, date }) => ({
    agreement: agreementWith({
      parties,
      period: { start: day(start), end: day(start + length) },
      signatures: parties.flatMap((partyId, i) => {
        const at = signatureDays[i];
        return at === undefined ? [] : [signed(partyId, day(at))];
      }),
    }),
    date: day(date),
  }));

/** A complete agreement and a day in its period by which every party has signed: in force by the rule. */
const inForceScenario = fc
  .record({
    parties: fc.uniqueArray(fc.constantFrom(...PARTY_IDS), { minLength: 1 }),
    start: fc.integer({ min: 0, max: 1500 }),
    length: fc.integer({ min: 0, max: 1500 }),
    position: fc.double({ min: 0, max: 1, noNaN: true }),
    daysBefore: fc.array(fc.integer({ min: 0, max: 700 }), {
      minLength: PARTY_IDS.length,
      maxLength: PARTY_IDS.length,
    }),
  })
  .map(({ parties, start, length, position, daysBefore }) => {
    const date = start + Math.floor(position * length);
    return {
      agreement: agreementWith({
        parties,
        period: { start: day(start), end: day(start + length) },
        signatures: parties.map((partyId, i) => signed(partyId, day(date - daysBefore[i]!))),
      }),
      offset: date,
      date: day(date),
    };
  });

describe('isInForce', () => {
  it('holds for the documented example', () => {
    const agreement: Agreement = {
      id: 'es-2026-2029',
      countyId: 'eloisa',
      title: { fi: 'Perhekeskustoiminnan yhteistyösopimus' },
      period: { start: '2026-01-01', end: '2029-12-31' },
      parties: ['juva', 'mikkeli'],
      partyList: 'complete',
      decisions: [],
      backgroundDocuments: [],
      source: { document: '000_a8f13f1475d46feb.txt' },
      signatures: [
        { partyId: 'juva', date: '2025-11-20', source: { document: '000_a8f13f1475d46feb.txt' } },
        { partyId: 'mikkeli', date: '2026-02-03', source: { document: '000_a8f13f1475d46feb.txt' } },
      ],
    };
    expect(isInForce(agreement, '2026-02-02')).toBe(false);
    expect(isInForce(agreement, '2026-02-03')).toBe(true);
    expect(isInForce(agreement, '2030-01-01')).toBe(false);
  });

  it('enters into force on the day the last party signs', () => {
    const agreement = agreementWith({
      signatures: [signed('juva', '2026-03-01'), signed('mikkeli', '2026-03-10')],
    });
    expect(isInForce(agreement, '2026-03-09')).toBe(false);
    expect(isInForce(agreement, '2026-03-10')).toBe(true);
  });

  it('counts the first and last day of the period when everyone signed in advance', () => {
    const agreement = agreementWith({
      signatures: [signed('juva', '2025-10-01'), signed('mikkeli', '2025-11-03')],
    });
    expect(isInForce(agreement, '2025-12-31')).toBe(false);
    expect(isInForce(agreement, '2026-01-01')).toBe(true);
    expect(isInForce(agreement, '2029-12-31')).toBe(true);
    expect(isInForce(agreement, '2030-01-01')).toBe(false);
  });

  it('ignores signatures of organisations that are not parties', () => {
    const agreement = agreementWith({
      signatures: [signed('juva', '2025-10-01'), signed('puumala', '2025-10-01')],
    });
    expect(isInForce(agreement, '2026-06-01')).toBe(false);
  });

  it('is never in force while the party list is partial', () => {
    const agreement = agreementWith({
      partyList: 'partial',
      signatures: [signed('juva', '2025-10-01'), signed('mikkeli', '2025-10-01')],
    });
    expect(isInForce(agreement, '2026-06-01')).toBe(false);
  });

  it('is not in force without any parties', () => {
    expect(isInForce(agreementWith({ parties: [] }), '2026-06-01')).toBe(false);
  });

  it('is not in force while a party’s signature is pending (an authorised signer, no date yet)', () => {
    const agreement = agreementWith({
      signatures: [
        signed('juva', '2026-01-10'),
        { partyId: 'mikkeli', signatory: { fi: 'kaupunginjohtaja' }, source: SOURCE },
      ],
    });
    expect(isInForce(agreement, '2027-01-01')).toBe(false);
  });

  it('stays in force until further notice when the period has no end', () => {
    const agreement = agreementWith({
      period: { start: '2026-01-01' },
      signatures: [signed('juva', '2026-01-10'), signed('mikkeli', '2026-01-12')],
    });
    expect(isInForce(agreement, '2026-01-11')).toBe(false);
    expect(isInForce(agreement, '2026-01-12')).toBe(true);
    expect(isInForce(agreement, '2099-12-31')).toBe(true);
  });

  it('ends when the last party has left by notice, not when the first one does', () => {
    const agreement = agreementWith({
      period: { start: '2026-01-01' },
      termination: { kind: 'year-end', deadline: '06-30' },
      signatures: [signed('juva', '2026-01-10'), signed('mikkeli', '2026-01-12')],
      notices: [
        { partyId: 'juva', date: '2027-03-01', source: SOURCE },
        { partyId: 'mikkeli', date: '2028-03-01', source: SOURCE },
      ],
    });
    expect(isInForce(agreement, '2028-01-01')).toBe(true);
    expect(isInForce(agreement, '2028-12-31')).toBe(true);
    expect(isInForce(agreement, '2029-01-01')).toBe(false);
  });

  it('returns a boolean', () => {
    expectTypeOf(isInForce).returns.toEqualTypeOf<boolean>();
    expectTypeOf(isInForce).parameter(0).toEqualTypeOf<Agreement>();
  });

  describe('invalid input', () => {
    it('names the date when it is not a real day', () => {
      expect(() => isInForce(agreementWith(), '2026-02-30')).toThrow(ValidationError);
      expect(() => isInForce(agreementWith(), '2026-02-30')).toThrow('date: Not a real calendar date');
    });

    it('names the period end when the period ends before it starts', () => {
      const agreement = agreementWith({ period: { start: '2026-01-01', end: '2025-12-31' } });
      expect(() => isInForce(agreement, '2026-06-01')).toThrow(
        'agreement.period.end: The period ends before it starts',
      );
    });

    it('names the signature whose date is malformed', () => {
      const agreement = agreementWith({ signatures: [signed('juva', '1.3.2026')] });
      expect(() => isInForce(agreement, '2026-06-01')).toThrow('agreement.signatures[0].date');
    });
  });

  describe('properties', () => {
    it('is false once any one party has no signature', () => {
      fc.assert(
        fc.property(fc.oneof(inForceScenario, scenario), fc.nat(), ({ agreement, date }, pick) => {
          const unsigned = agreement.parties[pick % agreement.parties.length]!;
          const without = { ...agreement, signatures: agreement.signatures.filter((s) => s.partyId !== unsigned) };
          expect(isInForce(without, date)).toBe(false);
        }),
      );
    });

    it('is false on every day outside the period', () => {
      fc.assert(
        fc.property(scenario, fc.integer({ min: 1, max: 800 }), ({ agreement }, offset) => {
          const start = Date.parse(`${agreement.period.start}T00:00:00Z`) / 86_400_000;
          const end = Date.parse(`${agreement.period.end}T00:00:00Z`) / 86_400_000;
          const epochDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
          expect(isInForce(agreement, epochDay(start - offset))).toBe(false);
          expect(isInForce(agreement, epochDay(end + offset))).toBe(false);
        }),
      );
    });

    it('is true on a day in the period by which every party has signed', () => {
      fc.assert(
        fc.property(inForceScenario, ({ agreement, date }) => {
          expect(isInForce(agreement, date)).toBe(true);
        }),
      );
    });

    it('never turns from true to false when a signature is added', () => {
      fc.assert(
        fc.property(
          inForceScenario,
          fc.constantFrom(...PARTY_IDS),
          fc.integer({ min: 0, max: 3500 }),
          ({ agreement, date }, partyId, at) => {
            const more = { ...agreement, signatures: [...agreement.signatures, signed(partyId, day(at))] };
            expect(isInForce(more, date)).toBe(true);
          },
        ),
      );
    });

    it('stays in force from the day it holds until the period ends', () => {
      fc.assert(
        fc.property(inForceScenario, fc.integer({ min: 0, max: 1500 }), ({ agreement, offset }, later) => {
          const next = day(offset + later);
          expect(isInForce(agreement, next)).toBe(next <= (agreement.period.end as string));
        }),
      );
    });

    it('does not depend on the order of the signatures', () => {
      fc.assert(
        fc.property(scenario, ({ agreement, date }) => {
          const reversed = { ...agreement, signatures: [...agreement.signatures].reverse() };
          expect(isInForce(reversed, date)).toBe(isInForce(agreement, date));
        }),
      );
    });

    it('is false for every scenario once the party list is partial', () => {
      fc.assert(
        fc.property(scenario, ({ agreement, date }) => {
          expect(isInForce({ ...agreement, partyList: 'partial' }, date)).toBe(false);
        }),
      );
    });
  });
});
