import * as z from 'zod/mini';
import { $ZodError } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';
import { IsoDate } from '../model/common.js';
import { matches } from './formats.js';
import { modelRule } from './modelRule.js';
import { formatPath, issueLogText, parseInput, ValidationError } from './parseInput.js';

describe('formatPath', () => {
  it('keeps the TSDoc example true', () => {
    expect(formatPath(['activities', 0, 'start'], 'places[3]')).toBe('places[3].activities[0].start');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });
});

describe('parseInput', () => {
  it('keeps the TSDoc example true: a ValidationError naming the input and the field', () => {
    expect(() => parseInput(IsoDate, '2026-02-30', 'noticeDate')).toThrow(ValidationError);
    expect(() => parseInput(IsoDate, '2026-02-30', 'noticeDate')).toThrow(/^noticeDate: /);
    expect(parseInput(IsoDate, '2026-02-28', 'noticeDate')).toBe('2026-02-28');
  });

  it('throws an error that is a ZodError with the issues, named ValidationError', () => {
    try {
      parseInput(z.object({ a: z.string() }), { a: 1 }, 'input');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf($ZodError);
      expect(error).toMatchObject({ name: 'ValidationError', input: 'input', message: 'input.a: expected string' });
      expect((error as ValidationError).issues).toHaveLength(1);
    }
  });
});

describe('issueLogText', () => {
  it('keeps the TSDoc example true, and writes the library’s own messages for formats and rules', () => {
    expect(
      issueLogText({ code: 'invalid_type', expected: 'string', path: [], message: 'Invalid input' } as never),
    ).toBe('expected string');
    const id = z.safeParse(z.string().check(matches('invalid-id')), 'A');
    const rule = z.safeParse(
      z.string().check(z.refine(() => false, modelRule('rings-share-id', 'Two rings share an id'))),
      'a',
    );
    expect(id.success || issueLogText(id.error.issues[0]!)).toBe('Expected an id of a-z, 0-9 and hyphens');
    expect(rule.success || issueLogText(rule.error.issues[0]!)).toBe('Two rings share an id');
  });
});
