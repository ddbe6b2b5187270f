import { describe, expect, it } from 'vitest';
import { codesAt, testContext } from './fixtures.js';
import { ptvWeb } from './ptvWeb.js';

describe('ptvWeb', () => {
  it('holds for the documented example: the Finnish page wins and the other is reported', () => {
    const ctx = testContext();
    const web = ptvWeb(ctx, [
      { url: 'https://example.fi/sv', language: 'sv' },
      { url: 'https://example.fi', language: 'fi' },
    ]);
    expect(web).toBe('https://example.fi');
    expect(codesAt(ctx.issues, 'webPages[0].url')).toEqual(['unmapped-field']);
  });

  it('takes the first valid page when none is Finnish, and reports bad URLs and link texts', () => {
    const ctx = testContext();
    const web = ptvWeb(ctx, [
      { url: 'www.example.fi', language: 'en' },
      { url: 'https://example.org/en', value: 'Our page', language: 'en' },
    ]);
    expect(web).toBe('https://example.org/en');
    expect(codesAt(ctx.issues, 'webPages[0].url')).toEqual(['invalid-value']);
    expect(codesAt(ctx.issues, 'webPages[1].value')).toEqual(['unmapped-field']);
  });

  it('does not report the same URL given in another language', () => {
    const ctx = testContext();
    expect(
      ptvWeb(ctx, [
        { url: 'https://example.org', language: 'fi' },
        { url: 'https://example.org', language: 'sv' },
      ]),
    ).toBe('https://example.org');
    expect(ctx.issues).toEqual([]);
  });

  it('gives undefined without pages', () => {
    expect(ptvWeb(testContext(), undefined)).toBeUndefined();
  });
});
