import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml.js';

describe('escapeHtml', () => {
  it('escapes the five characters of markup', () => {
    expect(escapeHtml('Kahvila <b>"Ankka"</b> & co')).toBe('Kahvila &lt;b&gt;&quot;Ankka&quot;&lt;/b&gt; &amp; co');
    expect(escapeHtml("O'Brien")).toBe('O&#39;Brien');
  });

  it('leaves other text as it is', () => {
    expect(escapeHtml('Äänekoski – perhekahvila')).toBe('Äänekoski – perhekahvila');
  });

  it('never leaves a character that starts markup or ends an attribute', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        // Decoding gives the text back: nothing was lost or doubled.
        const decoded = escaped.replace(
          /&(lt|gt|quot|#39|amp);/g,
          (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name] ?? '',
        );
        expect(decoded).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
