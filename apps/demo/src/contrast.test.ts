import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, parseHexColour, relativeLuminance } from './contrast.js';

const hexColour = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('parseHexColour', () => {
  it('reads six-digit and three-digit colours in any case', () => {
    expect(parseHexColour('#00577D')).toEqual([0, 87, 125]);
    expect(parseHexColour('#0af')).toEqual([0, 170, 255]);
  });

  it('names the value that is not a hex colour', () => {
    expect(() => parseHexColour('red')).toThrow('"red"');
    expect(() => parseHexColour('#12345')).toThrow(/hex colour/);
  });
});

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#fff')).toBe(1);
  });
});

describe('contrastRatio', () => {
  it('gives 21:1 for black on white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
  });

  it('gives #777 on white about 4.48:1, just under the 4.5:1 text minimum', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('agrees with well-known greys: #767676 is the lightest passing text on white (4.54:1), #595959 is 7.0:1', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#595959', '#ffffff')).toBeCloseTo(7.0, 1);
  });

  it('is symmetric and between 1 and 21, and 1 for a colour against itself', () => {
    fc.assert(
      fc.property(hexColour, hexColour, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBeCloseTo(contrastRatio(b, a), 12);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21);
        expect(contrastRatio(a, a)).toBe(1);
      }),
    );
  });
});

describe('formatRatio', () => {
  it('rounds down, so a failing ratio never reads as passing', () => {
    expect(formatRatio(4.4999, 'en')).toBe('4.49:1');
    expect(formatRatio(4.4783, 'fi')).toBe('4,47:1');
    expect(formatRatio(21, 'fi')).toBe('21,00:1');
  });
});
