import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { listRows, validateRows } from './rowIssues.js';

const Row = z.strictObject({ id: z.string(), n: z.number() });

describe('listRows', () => {
  it('takes a bare array or an object with the list, and says when there is none', () => {
    expect(listRows([1], 'rows')).toEqual({ rows: [1], issues: [] });
    expect(listRows({ $schema: 'x', rows: [] }, 'rows')).toEqual({ rows: [], issues: [] });
    expect(listRows({ rows: 'x' }, 'rows')).toEqual({
      issues: [{ path: 'rows', keys: ['rows'], code: 'not-a-list', expected: 'rows', received: 'string' }],
    });
    expect(listRows(null, 'rows').issues[0]).toMatchObject({ path: '', code: 'not-a-list', received: 'null' });
  });
});

describe('validateRows', () => {
  it('keeps the valid rows, reports each other one from the list’s root, and drops a repeated id', () => {
    const { valid, issues } = validateRows(
      [{ id: 'a', n: 1 }, { id: 'b', n: 'x' }, 'c', { id: 'a', n: 2 }],
      Row,
      'rows',
    );
    expect(valid).toEqual([{ id: 'a', n: 1 }]);
    expect(issues).toEqual([
      {
        path: 'rows[1].n',
        keys: ['rows', 1, 'n'],
        row: { section: 'rows', index: 1, id: 'b' },
        code: 'invalid-type',
        expected: 'number',
        received: 'string',
      },
      {
        path: 'rows[2]',
        keys: ['rows', 2],
        row: { section: 'rows', index: 2 },
        code: 'invalid-type',
        expected: 'object',
        received: 'string',
      },
      {
        path: 'rows[3].id',
        keys: ['rows', 3, 'id'],
        row: { section: 'rows', index: 3, id: 'a' },
        code: 'duplicate-id',
        received: 'a',
      },
    ]);
  });
});
