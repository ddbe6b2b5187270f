import { describe, expect, it } from 'vitest';
import { codesAt, testContext } from './fixtures.js';
import { ptvLanguages } from './ptvLanguages.js';

describe('ptvLanguages', () => {
  it('holds for the documented example', () => {
    const ctx = testContext();
    expect(ptvLanguages(ctx, ['fi', 'SV', 'fi'])).toEqual(['fi', 'sv']);
    expect(ctx.issues).toEqual([]);
  });

  it('keeps Sámi and other ISO 639 codes: service languages are not limited to our three', () => {
    expect(ptvLanguages(testContext(), ['se', 'smn', 'ru', 'uk'])).toEqual(['se', 'smn', 'ru', 'uk']);
  });

  it('reports malformed codes and defaults an empty list', () => {
    const ctx = testContext();
    expect(ptvLanguages(ctx, ['Finnish', 7])).toEqual([]);
    expect(codesAt(ctx.issues, 'languages[0]')).toEqual(['invalid-value']);
    expect(codesAt(ctx.issues, 'languages[1]')).toEqual(['invalid-value']);
    expect(codesAt(ctx.issues, 'languages')).toEqual(['defaulted']);
    const none = testContext();
    expect(ptvLanguages(none, 'fi')).toEqual([]);
    expect(codesAt(none.issues, 'languages')).toEqual(['invalid-value', 'defaulted']);
  });
});
