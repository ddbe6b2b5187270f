import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, RawHtml } from './escapeHtml.js';

describe('escapeHtml', () => {
  it('replaces the five characters that can start markup or end an attribute', () => {
    expect(escapeHtml(`<b class="x">Tom & Jerry's</b>`)).toBe(
      '&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;',
    );
  });

  it('leaves Finnish text and dashes as they are', () => {
    expect(escapeHtml('Etelä-Savon perhekeskus – 2026–2029')).toBe('Etelä-Savon perhekeskus – 2026–2029');
  });

  it('escapes an ampersand that already looks like an entity, so text shows as written', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('never leaves a character that could open a tag or close a quoted attribute', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const escaped = escapeHtml(value);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });
});

describe('html', () => {
  it('escapes interpolated text in content and attributes', () => {
    const title = '"><script>alert(1)</script>';
    expect(html`<p title="${title}">${title}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('keeps nested templates as markup without escaping them twice', () => {
    const items = ['a & b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a &amp; b</li><li>c</li></ul>');
  });

  it('renders nothing for undefined, null and false, and numbers as text', () => {
    expect(html`[${undefined}${null}${false}${0}${12}]`.value).toBe('[012]');
  });

  it('does not let other code wrap a plain string as markup', () => {
    expect(() => new RawHtml('<b>', Symbol('RawHtml'))).toThrow(TypeError);
  });
});
