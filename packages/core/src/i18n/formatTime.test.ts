import { describe, expect, it } from 'vitest';
import { formatTime, formatTimeRange } from './formatTime.js';

describe('formatTime', () => {
  it('keeps the TSDoc examples true', () => {
    expect(formatTime('09:30', 'fi')).toBe('klo 9.30');
    expect(formatTime('09:30', 'sv')).toBe('kl. 9.30');
    expect(formatTime('09:30', 'en')).toBe('9:30');
    expect(formatTime('09:30', 'fi', false)).toBe('9.30');
    expect(formatTimeRange('09:30', '11:00', 'fi')).toBe('klo 9.30–11.00');
    expect(formatTimeRange('09:30', '11:00', 'en')).toBe('9:30–11:00');
  });
});
