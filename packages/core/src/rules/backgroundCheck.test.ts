import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { ValidationError } from '../validation/parseInput.js';
import {
  type BackgroundCheckResult,
  backgroundCheck,
  type Engagement,
  BackgroundCheckResult as ResultSchema,
} from './backgroundCheck.js';

function employment(periods: Engagement['periods'], extra: Partial<Engagement> = {}): Engagement {
  return { kind: 'employment', worksWithMinors: true, periods, checkedOn: '2026-05-20', ...extra };
}

describe('backgroundCheck', () => {
  it('holds for the documented example', () => {
    expect(
      backgroundCheck({
        kind: 'employment',
        worksWithMinors: true,
        periods: [{ start: '2026-06-01', end: '2026-08-31' }],
        checkedOn: '2026-05-20',
      }),
    ).toEqual({ required: false, mayRequest: true, reason: 'employment-three-months-or-less' });
    expect(
      backgroundCheck({
        kind: 'employment',
        worksWithMinors: true,
        periods: [{ start: '2026-06-01' }],
        extractIssuedOn: '2025-12-01',
        checkedOn: '2026-05-20',
      }),
    ).toEqual({
      required: true,
      mayRequest: true,
      reason: 'employment-over-three-months',
      extractValid: true,
      extractValidUntil: '2026-06-01',
    });
  });

  describe('employment with minors', () => {
    it('does not require the extract for exactly three calendar months, and does for one day more', () => {
      expect(backgroundCheck(employment([{ start: '2026-06-01', end: '2026-08-31' }])).required).toBe(false);
      expect(backgroundCheck(employment([{ start: '2026-06-01', end: '2026-09-01' }])).required).toBe(true);
    });

    it('measures three months in calendar months, also over a short February', () => {
      expect(backgroundCheck(employment([{ start: '2026-02-01', end: '2026-04-30' }])).required).toBe(false);
      expect(backgroundCheck(employment([{ start: '2026-02-01', end: '2026-05-01' }])).required).toBe(true);
    });

    it('adds up separate periods in one calendar year', () => {
      const short = [
        { start: '2026-01-05', end: '2026-02-28' },
        { start: '2026-06-01', end: '2026-06-30' },
      ];
      const long = [...short, { start: '2026-08-01', end: '2026-08-31' }];
      expect(backgroundCheck(employment(short)).required).toBe(false);
      expect(backgroundCheck(employment(long))).toEqual({
        required: true,
        mayRequest: true,
        reason: 'employment-over-three-months',
      });
    });

    it('counts overlapping periods once', () => {
      const periods = [
        { start: '2026-06-01', end: '2026-07-31' },
        { start: '2026-07-01', end: '2026-08-31' },
        { start: '2026-06-15', end: '2026-06-20' },
      ];
      expect(backgroundCheck(employment(periods)).required).toBe(false);
    });

    it('requires the extract for one continuous period of over three months across the new year', () => {
      expect(backgroundCheck(employment([{ start: '2026-11-01', end: '2027-02-28' }])).required).toBe(true);
    });

    it('does not add up periods that fall in different calendar years', () => {
      const periods = [
        { start: '2026-11-01', end: '2026-12-31' },
        { start: '2027-01-15', end: '2027-03-15' },
      ];
      expect(backgroundCheck(employment(periods)).required).toBe(false);
    });

    it('requires the extract for an open-ended post', () => {
      expect(backgroundCheck(employment([{ start: '2026-12-01' }])).required).toBe(true);
    });
  });

  it('neither requires nor allows an extract when the work does not involve minors', () => {
    const result = backgroundCheck(
      employment([{ start: '2026-01-01' }], { worksWithMinors: false, extractIssuedOn: '2026-05-01' }),
    );
    expect(result).toEqual({ required: false, mayRequest: false, reason: 'no-work-with-minors' });
  });

  it('lets the organisation ask a volunteer for an extract without requiring it (148/2014)', () => {
    const result = backgroundCheck({
      kind: 'volunteer',
      worksWithMinors: true,
      periods: [],
      extractIssuedOn: '2026-01-10',
      checkedOn: '2026-03-01',
    });
    expect(result).toEqual({
      required: false,
      mayRequest: true,
      reason: 'volunteer',
      extractValid: true,
      extractValidUntil: '2026-07-10',
    });
  });

  describe('the extract shown', () => {
    it('is valid on the day it is six months old and not the day after', () => {
      const onTheDay = employment([{ start: '2026-08-01' }], {
        extractIssuedOn: '2026-01-15',
        checkedOn: '2026-07-15',
      });
      const dayAfter = { ...onTheDay, checkedOn: '2026-07-16' };
      expect(backgroundCheck(onTheDay).extractValid).toBe(true);
      expect(backgroundCheck(dayAfter).extractValid).toBe(false);
    });

    it('ends its validity on the last day of a shorter month', () => {
      const result = backgroundCheck(
        employment([{ start: '2026-03-01' }], { extractIssuedOn: '2025-08-31', checkedOn: '2026-03-01' }),
      );
      expect(result.extractValidUntil).toBe('2026-02-28');
      expect(result.extractValid).toBe(false);
    });

    it('is not judged when none was shown', () => {
      expect(backgroundCheck(employment([{ start: '2026-08-01' }]))).not.toHaveProperty('extractValid');
    });
  });

  it('returns a BackgroundCheckResult', () => {
    expectTypeOf(backgroundCheck).returns.toEqualTypeOf<BackgroundCheckResult>();
    expectTypeOf<Engagement['kind']>().toEqualTypeOf<'employment' | 'volunteer'>();
  });

  describe('invalid input', () => {
    it('names an extract dated after the check', () => {
      const call = () => backgroundCheck(employment([{ start: '2026-08-01' }], { extractIssuedOn: '2026-06-01' }));
      expect(call).toThrow(ValidationError);
      expect(call).toThrow('engagement.extractIssuedOn: The extract is dated after the check');
    });

    it('names the periods of an employment without any', () => {
      expect(() => backgroundCheck(employment([]))).toThrow(
        'engagement.periods: An employment needs at least one period',
      );
    });

    it('names a period that ends before it starts', () => {
      expect(() => backgroundCheck(employment([{ start: '2026-08-01', end: '2026-07-01' }]))).toThrow(
        'engagement.periods[0].end: The period ends before it starts',
      );
    });

    it('names an unknown kind of engagement', () => {
      const engagement = { ...employment([{ start: '2026-08-01' }]), kind: 'internship' } as unknown as Engagement;
      expect(() => backgroundCheck(engagement)).toThrow('engagement.kind');
    });
  });

  describe('properties', () => {
    const periodArb = fc
      .record({ start: fc.integer({ min: 0, max: 1100 }), length: fc.integer({ min: 0, max: 200 }) })
      .map(({ start, length }) => ({
        start: new Date(Date.UTC(2025, 0, 1 + start)).toISOString().slice(0, 10),
        end: new Date(Date.UTC(2025, 0, 1 + start + length)).toISOString().slice(0, 10),
      }));
    const engagementArb = fc.record({
      kind: fc.constantFrom('employment' as const, 'volunteer' as const),
      worksWithMinors: fc.boolean(),
      periods: fc.array(periodArb, { minLength: 1, maxLength: 4 }),
      extractIssuedOn: fc.option(fc.constantFrom('2027-01-01', '2027-06-30', '2028-01-01'), { nil: undefined }),
      checkedOn: fc.constant('2028-03-01'),
    });

    it('returns a valid result in which a required extract may always be asked', () => {
      fc.assert(
        fc.property(engagementArb, (engagement) => {
          const result = backgroundCheck(engagement);
          expect(z.safeParse(ResultSchema, result).success).toBe(true);
          if (result.required) expect(result.mayRequest).toBe(true);
          if (engagement.kind === 'volunteer' || !engagement.worksWithMinors) expect(result.required).toBe(false);
        }),
      );
    });

    it('never stops requiring the extract when more work is added', () => {
      fc.assert(
        fc.property(engagementArb, periodArb, (engagement, more) => {
          fc.pre(backgroundCheck(engagement).required);
          expect(backgroundCheck({ ...engagement, periods: [...engagement.periods, more] }).required).toBe(true);
        }),
      );
    });
  });
});
