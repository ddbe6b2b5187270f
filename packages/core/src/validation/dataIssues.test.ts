import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import { Region } from '../model/region.js';
import { dataIssues, tidyIssues } from './dataIssues.js';
import { matches } from './formats.js';
import { modelRule } from './modelRule.js';
import { ValidationError } from './parseInput.js';

const issuesOf = (schema: z.ZodMiniType, data: unknown) => {
  const result = z.safeParse(schema, data);
  if (result.success) throw new Error('expected a failure');
  return dataIssues(result.error, data);
};

describe('dataIssues', () => {
  it('keeps the TSDoc example true: a row by section, index, id and name, the field, the code and the values', () => {
    const data = JSON.parse(JSON.stringify(etelaSavo));
    data.groups[2].level = 'galactic';
    const result = z.safeParse(Region, data);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(dataIssues(result.error.issues, data)).toEqual([
      {
        path: 'groups[2].level',
        keys: ['groups', 2, 'level'],
        code: 'invalid-value',
        row: { section: 'groups', index: 2, id: data.groups[2].id, name: data.groups[2].name },
        allowed: ['national', 'county', 'area', 'municipal'],
        received: 'galactic',
      },
    ]);
  });

  it('takes a zod error, a ValidationError or its issues alike', () => {
    const result = z.safeParse(z.object({ a: z.string() }), { a: 1 });
    if (result.success) throw new Error('expected a failure');
    const fromIssues = dataIssues(result.error.issues, { a: 1 });
    expect(dataIssues(result.error, { a: 1 })).toEqual(fromIssues);
    expect(dataIssues(new ValidationError(result.error.issues, 'x'), { a: 1 })).toEqual(fromIssues);
    expect(fromIssues).toEqual([
      { path: 'a', keys: ['a'], code: 'invalid-type', expected: 'string', received: 'number' },
    ]);
  });

  it('tells a missing field from a field of the wrong type', () => {
    const schema = z.object({ name: z.string(), age: z.number() });
    expect(issuesOf(schema, { age: 'x' }).map((i) => [i.path, i.code, i.expected, i.received])).toEqual([
      ['name', 'missing', 'string', undefined],
      ['age', 'invalid-type', 'number', 'string'],
    ]);
  });

  it('knows a format by its pattern and a rule by params.rule, never by the English message', () => {
    const schema = z
      .object({ id: z.string().check(matches('invalid-id')), from: z.string(), to: z.string() })
      .check(
        z.refine((p) => p.from <= p.to, modelRule('to-before-from', 'Expected an id of a-z, 0-9 and hyphens', ['to'])),
      );
    expect(issuesOf(schema, { id: 'Bad Id', from: 'b', to: 'a' })).toEqual([
      { path: 'id', keys: ['id'], code: 'invalid-id', received: 'Bad Id' },
    ]);
    expect(issuesOf(schema, { id: 'ok', from: 'b', to: 'a' })).toEqual([
      { path: 'to', keys: ['to'], code: 'to-before-from', received: 'a' },
    ]);
    // The same English message without a code in params is no known issue.
    const unnamed = z.string().check(z.refine(() => false, 'Expected an id of a-z, 0-9 and hyphens'));
    expect(issuesOf(unnamed, 'x')).toEqual([{ path: '', keys: [], code: 'invalid', received: 'x' }]);
  });

  it('gives a rule of the user’s own as invalid, with its code in rule', () => {
    const schema = z.string().check(z.refine(() => false, modelRule('my-own-rule', 'mine')));
    expect(issuesOf(schema, 'x')).toEqual([
      { path: '', keys: [], code: 'invalid', rule: 'my-own-rule', received: 'x' },
    ]);
  });

  it('reports zod’s own formats, limits, unknown fields and unions by code', () => {
    const schema = z.strictObject({
      web: z.url(),
      tags: z.array(z.string()).check(z.minLength(1)),
      mode: z.union([z.literal('a'), z.literal('b')]),
    });
    const issues = issuesOf(schema, { web: 'nope', tags: [], mode: 'c', colour: 'red' });
    expect(issues.map((i) => i.code)).toEqual(['invalid-url', 'too-small', 'invalid-value', 'unknown-field']);
    expect(issues[1]).toMatchObject({ expected: '1', origin: 'array' });
    expect(issues[2]).toMatchObject({ allowed: ['a', 'b'], received: 'c' });
    expect(issues[3]).toMatchObject({ path: '', unknownKeys: ['colour'] });
  });

  it('locates a part validated on its own from the document’s root (at)', () => {
    const row = { id: 'b', name: { sv: 'Familjecaféet' }, start: 9 };
    const result = z.safeParse(z.object({ id: z.string(), start: z.string() }), row);
    if (result.success) throw new Error('expected a failure');
    expect(dataIssues(result.error, row, { at: ['places', 3] })).toEqual([
      {
        path: 'places[3].start',
        keys: ['places', 3, 'start'],
        row: { section: 'places', index: 3, id: 'b', name: { sv: 'Familjecaféet' } },
        code: 'invalid-type',
        expected: 'string',
        received: 'number',
      },
    ]);
  });
});

describe('tidyIssues', () => {
  it('drops a repeated code at one place and a rule across fields whose fields are already wrong', () => {
    const at = (path: string, code: 'invalid-time' | 'activity-ends-before-start') => ({
      path,
      keys: path.split('.'),
      code,
    });
    expect(
      tidyIssues([
        at('a.start', 'invalid-time'),
        at('a.start', 'invalid-time'),
        at('a.end', 'activity-ends-before-start'),
      ]),
    ).toEqual([at('a.start', 'invalid-time')]);
    expect(tidyIssues([at('b.end', 'activity-ends-before-start')])).toHaveLength(1);
  });
});
