import { describe, expect, it } from 'vitest';
import { ImportIssue, issueValue } from './importIssue.js';

describe('issueValue', () => {
  it('keeps a string as received and writes anything else as JSON (documented example)', () => {
    expect(issueValue('11:15:30')).toBe('11:15:30');
    expect(issueValue(['Friday'])).toBe('["Friday"]');
    expect(issueValue(7)).toBe('7');
  });

  it('gives nothing for null and undefined', () => {
    expect(issueValue(null)).toBeUndefined();
    expect(issueValue(undefined)).toBeUndefined();
  });

  it('cuts a long value to 100 characters', () => {
    const text = issueValue('x'.repeat(500)) as string;
    expect(text).toHaveLength(100);
    expect(text.endsWith('…')).toBe(true);
  });

  it('survives a value JSON cannot write', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(issueValue(cyclic)).toBe('[object Object]');
  });
});

describe('ImportIssue', () => {
  it('accepts an issue with or without a value', () => {
    const base = { sourceId: 'a', field: 'b', code: 'c', message: 'd', skipped: false };
    expect(ImportIssue.safeParse(base).success).toBe(true);
    expect(ImportIssue.safeParse({ ...base, value: 'e' }).success).toBe(true);
    expect(ImportIssue.safeParse({ ...base, value: 5 }).success).toBe(false);
  });
});
