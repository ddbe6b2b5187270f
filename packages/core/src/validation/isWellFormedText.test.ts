import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../test/runs.js';
import { isWellFormedText } from './isWellFormedText.js';

describe('isWellFormedText', () => {
  it('takes text with whole characters, emoji and Sámi letters included', () => {
    for (const text of ['', 'Perhekahvila', 'Áhkká ja máná 😀', '👨‍👩‍👧', '\ud83d\ude00']) {
      expect(isWellFormedText(text)).toBe(true);
    }
  });

  it('refuses a lone high or low surrogate anywhere', () => {
    for (const text of ['\ud83d', 'a\ud83d', '\ud83db', '\ude00', 'a\ude00b', '😀\ude00', '\ud83d\ud83d\ude00']) {
      expect(isWellFormedText(text)).toBe(false);
    }
  });

  it('agrees with encodeURIComponent, which throws on exactly such text', () => {
    const unit = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff'));
    fc.assert(
      fc.property(fc.array(unit), (parts) => {
        const text = parts.join('');
        let encodes = true;
        try {
          encodeURIComponent(text);
        } catch {
          encodes = false;
        }
        expect(isWellFormedText(text)).toBe(encodes);
      }),
      { numRuns: runs(300) },
    );
  });

  it('reads a long text in one pass (no backtracking, no stack overflow)', () => {
    expect(isWellFormedText('a😀'.repeat(2_000_000))).toBe(true);
    expect(isWellFormedText(`${'a😀'.repeat(2_000_000)}\ud800`)).toBe(false);
  });
});
