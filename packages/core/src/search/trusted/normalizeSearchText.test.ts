import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/runs.js';
import { normalizeSearchText as checkedNormalizeSearchText } from '../normalizeSearchText.js';
import { normalizeSearchText } from './normalizeSearchText.js';

describe('normalizeSearchText (trusted)', () => {
  it('folds as the documented example says', () => {
    expect(normalizeSearchText('  Mäntyharjun   PERHEKAHVILA ')).toBe('mantyharjun perhekahvila');
  });

  it('folds any string as the main entry’s normalizeSearchText does', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('Åbo  Ärrä', 'ÉLÉ\tphant', ' Öljy\n'));
    fc.assert(
      fc.property(text, (value) => {
        expect(normalizeSearchText(value)).toBe(checkedNormalizeSearchText(value));
      }),
      { numRuns: runs(200) },
    );
  });
});
