import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import { runs } from '../test/runs.js';
import { normalizeSearchText } from './normalizeSearchText.js';

describe('normalizeSearchText', () => {
  it('folds Finnish and Swedish letters to their base letters', () => {
    expect(normalizeSearchText('Mäntyharju')).toBe('mantyharju');
    expect(normalizeSearchText('Öljymäki')).toBe('oljymaki');
    expect(normalizeSearchText('ÅLAND')).toBe('aland');
    expect(normalizeSearchText('åland')).toBe(normalizeSearchText('ÅLAND'));
  });

  it('folds precomposed and decomposed forms alike', () => {
    expect(normalizeSearchText('Ma\u0308ntyharju')).toBe(normalizeSearchText('M\u00e4ntyharju'));
    expect(normalizeSearchText('Café')).toBe('cafe');
  });

  it('collapses whitespace runs, including tabs, newlines and no-break spaces, and trims', () => {
    expect(normalizeSearchText('  perhe\t\n kerho\u00a0 Juva  ')).toBe('perhe kerho juva');
  });

  it('matches the documented example', () => {
    expect(normalizeSearchText('  Mäntyharjun   PERHEKAHVILA ')).toBe('mantyharjun perhekahvila');
  });

  it('keeps markup as plain characters', () => {
    expect(normalizeSearchText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('throws a ValidationError for a non-string', () => {
    expect(() => normalizeSearchText(42 as unknown as string)).toThrow(ValidationError);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeSearchText(text);
        expect(normalizeSearchText(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeSearchText(text);
        expect(normalizeSearchText(once)).toBe(once);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('never leaves upper case, combining marks or doubled spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        const out = normalizeSearchText(text);
        expect(out).not.toMatch(/\p{M}|\s\s|^\s|\s$/u);
        expect(out).toBe(out.toLowerCase());
      }),
    );
  });
});
