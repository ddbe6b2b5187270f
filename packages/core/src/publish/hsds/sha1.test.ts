import { describe, expect, it } from 'vitest';
import { sha1 } from './sha1.js';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const digest = (text: string) => hex(sha1(new TextEncoder().encode(text)));

describe('sha1', () => {
  // FIPS 180-4 examples and the classic one-million-'a' vector.
  it('matches the standard test vectors', () => {
    expect(digest('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(digest('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(digest('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
    expect(digest('a'.repeat(1_000_000))).toBe('34aa973cd4c4daa4f61eeb2bdbad27316534016f');
  });

  it('handles lengths around the 55/56/64-byte padding edges', () => {
    // Reference values from `printf %s … | sha1sum`.
    expect(digest('a'.repeat(55))).toBe('c1c8bbdc22796e28c0e15163d20899b65621d65a');
    expect(digest('a'.repeat(56))).toBe('c2db330f6083854c99d4b5bfb6e8f29f201be699');
    expect(digest('a'.repeat(64))).toBe('0098ba824b5c16427bd7a1122a5a442a25ec644d');
  });
});
