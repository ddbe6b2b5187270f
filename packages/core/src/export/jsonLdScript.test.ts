import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventJsonLd } from './eventJsonLd.js';
import { jsonLdScript } from './jsonLdScript.js';

describe('jsonLdScript', () => {
  it('keeps the documented example true', () => {
    expect(jsonLdScript({ name: '</script><img src=x onerror=alert(1)>' })).toBe(
      '{"name":"\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e"}',
    );
  });

  it('cannot close the script element, whatever the title', () => {
    const ld = eventJsonLd(
      { start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' },
      { name: '</script><img src=x onerror=alert(1)> <!-- &amp;' },
    );
    const script = jsonLdScript(ld);
    expect(script).not.toContain('<');
    expect(script).not.toMatch(/<\/script/i);
    expect(JSON.parse(script)).toEqual(ld);
  });

  it('round-trips any JSON through JSON.parse without a <, > or & (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 8 }),
        fc.string({ unit: 'binary' }),
        (data, text) => {
          const value = { ...data, text: `${text}</script>\u2028` };
          const script = jsonLdScript(value);
          expect(script).not.toMatch(/[<>&\u2028\u2029]/);
          expect(JSON.parse(script)).toEqual(JSON.parse(JSON.stringify(value)));
        },
      ),
    );
  });

  it('rejects what is not a JSON object or array', () => {
    expect(() => jsonLdScript('text' as unknown as object)).toThrow(/data/);
  });
});
