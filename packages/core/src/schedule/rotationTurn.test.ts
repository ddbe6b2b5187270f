import { describe, expect, it } from 'vitest';
import type { Cadence } from '../model/cadence.js';
import { rotationTurn } from './rotationTurn.js';

const spring = { window: { from: 3, to: 4 }, mode: 'in-person' } as const;
const autumn = { window: { from: 10, to: 10 }, mode: 'remote' } as const;
const windows: Cadence = { kind: 'windows', windows: [spring, autumn] };
const self = (id: string) => [id];

describe('rotationTurn', () => {
  it('holds for the TSDoc example: the third meeting goes to the third of among', () => {
    const duty = { among: ['a', 'b', 'c'], fromYear: 2026 };
    expect(rotationTurn(duty, windows, { cycle: 2027, index: 0 }, self)).toEqual({ turn: 'c', holders: ['c'] });
  });

  it('passes on at every meeting and starts the round again (two meetings a year, three groups)', () => {
    const duty = { among: ['a', 'b', 'c'], fromYear: 2026 };
    const turns = [2026, 2027, 2028].flatMap((cycle) =>
      [0, 1].map((index) => rotationTurn(duty, windows, { cycle, index }, self)?.turn),
    );
    expect(turns).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });

  it('passes on once a year with per: year', () => {
    const duty = { among: ['a', 'b'], fromYear: 2026, per: 'year' as const };
    expect(rotationTurn(duty, windows, { cycle: 2027, index: 1 }, self)?.turn).toBe('b');
    expect(rotationTurn(duty, windows, { cycle: 2028, index: 0 }, self)?.turn).toBe('a');
  });

  it('counts the meetings of a monthly cadence without its skipped months', () => {
    const monthly: Cadence = { kind: 'monthly', mode: 'remote', skipMonths: [7] };
    const duty = { among: ['a', 'b', 'c'], fromYear: 2026 };
    // 2026 holds 11 meetings (0–10); the first of 2027 is the 12th: 11 mod 3 = 2.
    expect(rotationTurn(duty, monthly, { cycle: 2027, index: 0 }, self)?.turn).toBe('c');
  });

  it('counts only the years an every-n-years cadence meets in', () => {
    const every: Cadence = { kind: 'every-n-years', every: 2, phaseYear: 2027, window: { from: 9, to: 11 } };
    const duty = { among: ['a', 'b'], fromYear: 2026 };
    expect(rotationTurn(duty, every, { cycle: 2027, index: 0 }, self)?.turn).toBe('a');
    expect(rotationTurn(duty, every, { cycle: 2029, index: 0 }, self)?.turn).toBe('b');
    expect(rotationTurn(duty, every, { cycle: 2031, index: 0 }, self)?.turn).toBe('a');
  });

  it('has no turn before the rotation starts, and names nobody when the data does not say among whom', () => {
    expect(rotationTurn({ among: ['a', 'b'], fromYear: 2026 }, windows, { cycle: 2025, index: 1 }, self)).toBe(
      undefined,
    );
    expect(rotationTurn({}, windows, { cycle: 2026, index: 0 }, self)).toEqual({ holders: [] });
  });

  it('gives the holders of the group whose turn it is', () => {
    const holders = (id: string) => (id === 'north' ? ['hanna'] : []);
    expect(
      rotationTurn({ among: ['north', 'south'], fromYear: 2026 }, windows, { cycle: 2026, index: 0 }, holders),
    ).toEqual({ turn: 'north', holders: ['hanna'] });
  });
});
