import { describe, expect, it } from 'vitest';
import { appendAll } from './appendAll.js';

describe('appendAll', () => {
  it('appends the items in order, in place, and returns the target (the example)', () => {
    const issues = ['a'];
    expect(appendAll(issues, ['b', 'c'])).toBe(issues);
    expect(issues).toEqual(['a', 'b', 'c']);
  });

  it('appends more items than a call can take as arguments', () => {
    const many = Array.from({ length: 150_000 }, (_, i) => i);
    expect(appendAll([-1], many)).toHaveLength(150_001);
  });
});
