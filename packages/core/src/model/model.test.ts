import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { Agreement, Cadence, type Group, IsoDate, type MeetingPlace, Person, RoleAssignment } from './index.js';
import { AnyYearIsoDate } from './common.js';
import { parseInput, ValidationError } from '../validation/parseInput.js';

describe('IsoDate', () => {
  it('accepts real calendar days and rejects impossible ones', () => {
    expect(IsoDate.safeParse('2028-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2026-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2026-13-01').success).toBe(false);
    expect(IsoDate.safeParse('1.4.2026').success).toBe(false);
  });
});

describe('Person', () => {
  it('rejects fields beyond work contact data (GDPR data minimisation)', () => {
    const result = Person.safeParse({
      id: 'p',
      name: 'Maija Meikäläinen',
      homeAddress: 'Kotikatu 1',
      source: { document: 'x' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('RoleAssignment', () => {
  it('needs a named person or a post', () => {
    expect(RoleAssignment.safeParse({ role: 'chair', source: { document: 'x' } }).success).toBe(false);
    expect(
      RoleAssignment.safeParse({ role: 'chair', title: { fi: 'hyvinvointijohtaja' }, source: { document: 'x' } })
        .success,
    ).toBe(true);
  });
});

describe('Cadence', () => {
  it('rejects an in-person quota larger than the number of meetings', () => {
    const result = Cadence.safeParse({ kind: 'times-per-year', times: 4, inPerson: 5, mode: 'remote' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['inPerson']);
  });

  it('requires a phase year for every-other-year recurrences', () => {
    const without = Cadence.safeParse({ kind: 'every-n-years', every: 2, window: { from: 9, to: 11 } });
    const withPhase = Cadence.safeParse({
      kind: 'every-n-years',
      every: 2,
      phaseYear: 2027,
      window: { from: 9, to: 11 },
    });
    expect(without.success).toBe(false);
    expect(withPhase.success).toBe(true);
  });
});

describe('parseInput', () => {
  it('throws a ZodError subclass whose message names the argument and the field', () => {
    const bad = { id: 'a', countyId: 'c', period: { start: '2026-01-01', end: '2026-02-30' } };
    expect(() => parseInput(Agreement, bad, 'agreement')).toThrow(ValidationError);
    try {
      parseInput(Agreement, bad, 'agreement');
    } catch (error) {
      expect(error).toBeInstanceOf(z.core.$ZodError);
      expect((error as Error).message).toContain('agreement.period.end: Not a real calendar date');
      expect((error as Error).message).toContain('agreement.title');
    }
  });
});

describe('types', () => {
  it('derives the model types from the schemas', () => {
    expectTypeOf<MeetingPlace['municipalityCode']>().toEqualTypeOf<string>();
    expectTypeOf<MeetingPlace['example']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Group['cadence']>().toEqualTypeOf<Cadence | undefined>();
    expectTypeOf<Agreement['partyList']>().toEqualTypeOf<'complete' | 'partial'>();
    expectTypeOf<Person>().not.toHaveProperty('homeAddress');
    expectTypeOf<Extract<Cadence, { kind: 'monthly' }>['weekOfMonth']>().toEqualTypeOf<
      1 | 2 | 3 | 4 | -1 | undefined
    >();
  });
});

describe('IsoDate in early years', () => {
  it('reads the years 0–99 as written (Date.UTC would shift them to the 1900s), and only a function argument takes them', () => {
    expect(AnyYearIsoDate.safeParse('0050-02-28').success).toBe(true);
    expect(AnyYearIsoDate.safeParse('0050-02-29').success).toBe(false);
    expect(IsoDate.safeParse('0050-02-28').success).toBe(false);
  });
});
