import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Agreement } from '../model/agreement.js';
import { ValidationError } from '../validation/parseInput.js';
import { terminationEndDate } from './terminationEndDate.js';

/** 001 §21: notice by the end of June ends the agreement at the end of that year. */
const RULE_001 = { kind: 'year-end', deadline: '06-30' } as const;

/** An agreement under 001 §21, or under the deprecated `noticeDeadline` when the overrides give one. */
function agreementWith(overrides: Partial<Agreement> = {}): Agreement {
  const agreement: Agreement = {
    id: 'test-agreement',
    countyId: 'eloisa',
    title: { fi: 'Perhekeskusten kumppanuussopimus' },
    period: { start: '2026-01-01', end: '2029-12-31' },
    parties: ['juva', 'mikkeli'],
    partyList: 'complete',
    decisions: [],
    signatures: [],
    backgroundDocuments: [],
    termination: RULE_001,
    source: { document: '001_1f0cfa8de756862d.txt', section: '21' },
    ...overrides,
  };
  if ('noticeDeadline' in overrides) delete agreement.termination;
  return agreement;
}

/** The period end of a test agreement, which always has one. */
const endOf = (agreement: Agreement) => agreement.period.end as string;

/** Day `n` after 2020-01-01 as `YYYY-MM-DD`, in UTC so the machine's zone cannot matter. */
function day(n: number): string {
  return new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
}

/** A real `MM-DD` of a common year (so no 02-29), as a deadline. */
const realDeadline = fc
  .integer({ min: 0, max: 364 })
  .map((n) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(5, 10));

/** An agreement (maybe with its own deadline) and a notice day from well before its start to its end. */
const scenario = fc
  .record({
    start: fc.integer({ min: 0, max: 2000 }),
    length: fc.integer({ min: 0, max: 3000 }),
    deadline: fc.option(realDeadline, { nil: undefined }),
    notice: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ start, length, deadline, notice }) => {
    const from = start - 800;
    const noticeOffset = from + Math.floor(notice * (start + length - from));
    return {
      agreement: agreementWith({
        period: { start: day(start), end: day(start + length) },
        ...(deadline === undefined ? {} : { noticeDeadline: deadline }),
      }),
      noticeOffset,
      noticeDate: day(noticeOffset),
    };
  });

describe('terminationEndDate', () => {
  it('holds for the documented example', () => {
    const agreement = agreementWith();
    expect(terminationEndDate(agreement, '2027-06-30')).toBe('2027-12-31');
    expect(terminationEndDate(agreement, '2027-07-01')).toBe('2028-12-31');
    expect(terminationEndDate(agreement, '2029-08-15')).toBe('2029-12-31');
  });

  it('ends the agreement at year end when notice is given by 30 June (001 §21)', () => {
    expect(terminationEndDate(agreementWith(), '2026-01-02')).toBe('2026-12-31');
    expect(terminationEndDate(agreementWith(), '2028-06-30')).toBe('2028-12-31');
  });

  it('ends the agreement at the end of the next year when notice comes after 30 June', () => {
    expect(terminationEndDate(agreementWith(), '2026-07-01')).toBe('2027-12-31');
    expect(terminationEndDate(agreementWith(), '2026-12-31')).toBe('2027-12-31');
  });

  it('uses the deadline the agreement states', () => {
    const agreement = agreementWith({ noticeDeadline: '03-31' });
    expect(terminationEndDate(agreement, '2027-03-31')).toBe('2027-12-31');
    expect(terminationEndDate(agreement, '2027-04-01')).toBe('2028-12-31');
  });

  it('reads a 29 February deadline as the end of February in common years', () => {
    const agreement = agreementWith({ noticeDeadline: '02-29' });
    expect(terminationEndDate(agreement, '2027-02-28')).toBe('2027-12-31');
    expect(terminationEndDate(agreement, '2027-03-01')).toBe('2028-12-31');
    expect(terminationEndDate(agreement, '2028-02-29')).toBe('2028-12-31');
  });

  it('never runs past the end of the period', () => {
    const agreement = agreementWith({ period: { start: '2026-01-01', end: '2027-06-30' } });
    expect(terminationEndDate(agreement, '2026-09-01')).toBe('2027-06-30');
    expect(terminationEndDate(agreement, '2027-06-30')).toBe('2027-06-30');
  });

  describe('notice before the period starts', () => {
    it('ends the agreement at the end of its first year when given by that year’s deadline', () => {
      expect(terminationEndDate(agreementWith(), '2025-09-01')).toBe('2026-12-31');
      const lateStart = agreementWith({ period: { start: '2026-08-01', end: '2029-07-31' } });
      expect(terminationEndDate(lateStart, '2026-03-01')).toBe('2026-12-31');
    });

    it('ends the agreement at the end of the following year when given after the first year’s deadline', () => {
      const lateStart = agreementWith({ period: { start: '2026-08-01', end: '2029-07-31' } });
      expect(terminationEndDate(lateStart, '2026-07-15')).toBe('2027-12-31');
      expect(terminationEndDate(lateStart, '2026-08-01')).toBe('2027-12-31');
    });
  });

  it('returns a string', () => {
    expectTypeOf(terminationEndDate).returns.toEqualTypeOf<string>();
  });

  describe('invalid input', () => {
    it('refuses notice after the period has ended, naming noticeDate', () => {
      const call = () => terminationEndDate(agreementWith(), '2030-01-01');
      expect(call).toThrow(ValidationError);
      expect(call).toThrow('noticeDate: Notice is after the agreement period ended (2029-12-31)');
    });

    it('names noticeDate when it is not a date', () => {
      expect(() => terminationEndDate(agreementWith(), '30.6.2027')).toThrow(
        'noticeDate: Expected a date as YYYY-MM-DD',
      );
      expect(() => terminationEndDate(agreementWith(), '2027-06-31')).toThrow('noticeDate: Not a real calendar date');
    });

    it('names the period end when the period ends before it starts', () => {
      const agreement = agreementWith({ period: { start: '2029-12-31', end: '2026-01-01' } });
      expect(() => terminationEndDate(agreement, '2027-01-01')).toThrow('agreement.period.end');
    });

    it('names a malformed notice deadline', () => {
      const agreement = agreementWith({ noticeDeadline: '13-01' });
      expect(() => terminationEndDate(agreement, '2027-01-01')).toThrow('agreement.noticeDeadline');
    });
  });

  describe('properties', () => {
    it('never ends before notice is given, before the period starts or after it ends', () => {
      fc.assert(
        fc.property(scenario, ({ agreement, noticeDate }) => {
          const result = terminationEndDate(agreement, noticeDate);
          expect(result >= noticeDate).toBe(true);
          expect(result >= agreement.period.start).toBe(true);
          expect(result <= endOf(agreement)).toBe(true);
        }),
      );
    });

    it('ends on a 31 December or on the period end', () => {
      fc.assert(
        fc.property(scenario, ({ agreement, noticeDate }) => {
          const result = terminationEndDate(agreement, noticeDate);
          expect(result.endsWith('-12-31') || result === endOf(agreement)).toBe(true);
        }),
      );
    });

    it('ends in the year of notice or the next, for notice within the period', () => {
      fc.assert(
        fc.property(scenario, ({ agreement, noticeDate }) => {
          fc.pre(noticeDate >= agreement.period.start);
          const result = terminationEndDate(agreement, noticeDate);
          const years = Number(result.slice(0, 4)) - Number(noticeDate.slice(0, 4));
          expect(years === 0 || years === 1).toBe(true);
        }),
      );
    });

    it('is monotone: later notice never ends the agreement sooner', () => {
      fc.assert(
        fc.property(scenario, fc.integer({ min: 0, max: 800 }), ({ agreement, noticeOffset }, later) => {
          const laterNotice = day(noticeOffset + later);
          fc.pre(laterNotice <= endOf(agreement));
          const earlier = terminationEndDate(agreement, day(noticeOffset));
          expect(terminationEndDate(agreement, laterNotice) >= earlier).toBe(true);
        }),
      );
    });

    it('moves the end a year later between the deadline day and the day after it', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 2000, max: 2100 }),
          fc.option(realDeadline, { nil: undefined }),
          (year, noticeDeadline) => {
            const agreement = agreementWith({
              period: { start: `${year}-01-01`, end: `${year + 5}-12-31` },
              ...(noticeDeadline === undefined ? {} : { noticeDeadline }),
            });
            const deadlineDay = `${year + 1}-${noticeDeadline ?? '06-30'}`;
            const dayAfter = new Date(Date.parse(`${deadlineDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
            expect(terminationEndDate(agreement, deadlineDay)).toBe(`${year + 1}-12-31`);
            expect(terminationEndDate(agreement, dayAfter)).toBe(`${year + 2}-12-31`);
          },
        ),
      );
    });

    it('reads the deprecated noticeDeadline as the year-end rule with that deadline', () => {
      fc.assert(
        fc.property(scenario, realDeadline, ({ agreement, noticeDate }, deadline) => {
          const { termination: _rule, noticeDeadline: _deadline, ...bare } = agreement;
          expect(terminationEndDate({ ...bare, noticeDeadline: deadline }, noticeDate)).toBe(
            terminationEndDate({ ...bare, termination: { kind: 'year-end', deadline } }, noticeDate),
          );
        }),
      );
    });

    it('never ends a notice-period agreement before the notice, and ends it at most `months` later', () => {
      fc.assert(
        fc.property(scenario, fc.integer({ min: 1, max: 36 }), ({ agreement, noticeDate }, months) => {
          const { noticeDeadline: _, ...bare } = agreement;
          const result = terminationEndDate({ ...bare, termination: { kind: 'notice-period', months } }, noticeDate);
          // biome-ignore lint/complexity/useMathMinMax: ISO date strings
          const from = noticeDate < agreement.period.start ? agreement.period.start : noticeDate;
          expect(result >= from).toBe(true);
          const latest = new Date(`${from}T12:00:00Z`);
          latest.setUTCMonth(latest.getUTCMonth() + months);
          expect(result <= latest.toISOString().slice(0, 10)).toBe(true);
        }),
      );
    });
  });

  describe('rules as other agreements write them', () => {
    it('ends the agreement at the end of the following year for notice by 30 September (yearsAfter: 1)', () => {
      const agreement = agreementWith({ termination: { kind: 'year-end', deadline: '09-30', yearsAfter: 1 } });
      expect(terminationEndDate(agreement, '2026-09-30')).toBe('2027-12-31');
      expect(terminationEndDate(agreement, '2026-10-01')).toBe('2028-12-31');
    });

    it('ends the agreement a number of calendar months after notice, at the end of a shorter month', () => {
      const agreement = agreementWith({ termination: { kind: 'notice-period', months: 6 } });
      expect(terminationEndDate(agreement, '2026-03-15')).toBe('2026-09-15');
      expect(terminationEndDate(agreement, '2027-08-31')).toBe('2028-02-29');
    });

    it('has no period end to stop at when the agreement runs until further notice', () => {
      const agreement = agreementWith({ period: { start: '2026-01-01' } });
      expect(terminationEndDate(agreement, '2041-07-01')).toBe('2042-12-31');
    });

    it('refuses an agreement that states no termination rule, naming termination', () => {
      const { termination: _, ...withoutRule } = agreementWith();
      expect(() => terminationEndDate(withoutRule, '2027-01-01')).toThrow(
        'agreement.termination: The agreement states no termination rule',
      );
    });
  });
});
