import { describe, expect, it } from 'vitest';
import { dateStamp, numberedIds } from './dateStamp.js';

describe('dateStamp and numberedIds', () => {
  it('writes a date without hyphens', () => {
    expect(dateStamp('2026-03-10')).toBe('20260310');
  });

  it('numbers repeated ids from -2 in order, per id, leaving unique ones alone', () => {
    expect(numberedIds(['a', 'b', 'a', 'a', 'c', 'b'])).toEqual(['a', 'b', 'a-2', 'a-3', 'c', 'b-2']);
    expect(numberedIds([])).toEqual([]);
  });
});
