import { describe, expect, it } from 'vitest';
import { monthNames } from './monthNames.js';

describe('monthNames', () => {
  it('keeps the TSDoc example true and has twelve months in each language', () => {
    expect(monthNames.fi[2]).toBe('maaliskuu');
    expect(monthNames.sv[0]).toBe('januari');
    for (const names of Object.values(monthNames)) expect(new Set(names).size).toBe(12);
  });
});
