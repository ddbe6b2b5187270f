import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { dataIssues } from './dataIssues.js';
import { modelRule } from './modelRule.js';

describe('modelRule', () => {
  it('keeps the TSDoc example true: the code in params.rule, the message for logs, the path', () => {
    expect(modelRule('to-before-from', 'to is before from', ['to'])).toEqual({
      message: 'to is before from',
      params: { rule: 'to-before-from' },
      path: ['to'],
    });
    const Period = z
      .object({ from: z.string(), to: z.string() })
      .check(z.refine((p) => p.from <= p.to, modelRule('to-before-from', 'to is before from', ['to'])));
    const data = { from: '2026-02-01', to: '2026-01-01' };
    const result = z.safeParse(Period, data);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]?.message).toBe('to is before from');
      expect(dataIssues(result.error, data)).toEqual([
        { path: 'to', keys: ['to'], code: 'to-before-from', received: '2026-01-01' },
      ]);
    }
  });

  it('leaves the path out when none is given', () => {
    expect(modelRule('rings-share-id', 'Two rings share an id')).not.toHaveProperty('path');
  });
});
