import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldIcalLine } from './foldIcalLine.js';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('foldIcalLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldIcalLine(`SUMMARY:${'a'.repeat(67)}`)).toBe(`SUMMARY:${'a'.repeat(67)}`);
    expect(foldIcalLine(`SUMMARY:${'a'.repeat(68)}`)).toBe(`SUMMARY:${'a'.repeat(67)}\r\n a`);
  });

  it('counts UTF-8 octets and never splits a character (the documented example)', () => {
    const parts = foldIcalLine(`SUMMARY:${'ä'.repeat(40)}`).split('\r\n ');
    expect(parts.map(octets)).toEqual([74, 14]);
  });

  it('keeps a backslash escape on one line', () => {
    const folded = foldIcalLine(`SUMMARY:${'a'.repeat(66)}\\nb`);
    expect(folded).toBe(`SUMMARY:${'a'.repeat(66)}\r\n \\nb`);
  });

  it('folds any line into lines of at most 75 octets that unfold to the original', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.constantFrom('\\n', '\\,', 'ä', '😀', '€', ' '),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 200 }), (pieces) => {
        const line = `DESCRIPTION:${pieces.join('')}`;
        const folded = foldIcalLine(line);
        const lines = folded.split('\r\n');
        for (const [i, part] of lines.entries()) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          if (i > 0) expect(part.startsWith(' ')).toBe(true);
          // A split multi-byte character would leave a lone surrogate or invalid UTF-8.
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).not.toThrow();
          expect(part).not.toMatch(/[\uD800-\uDBFF]$/);
        }
        expect(folded.replaceAll('\r\n ', '')).toBe(line);
      }),
    );
  });
});
