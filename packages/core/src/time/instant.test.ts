import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Instant } from './instant.js';

describe('Instant', () => {
  it('accepts a real date-time and rejects one that Date.parse would roll over', () => {
    expect(z.safeParse(Instant, '2026-03-10T09:00:00+02:00').success).toBe(true);
    expect(z.safeParse(Instant, '2026-03-10T07:00:00Z').success).toBe(true);
    expect(z.safeParse(Instant, '2026-02-30T09:00:00+02:00').success).toBe(false);
    expect(z.safeParse(Instant, '2026-03-10T09:00:00+25:00').success).toBe(false);
  });
});
