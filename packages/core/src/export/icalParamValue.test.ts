import { describe, expect, it } from 'vitest';
import { icalParamValue } from './icalParamValue.js';

describe('icalParamValue', () => {
  it('leaves a plain name as it is', () => {
    expect(icalParamValue('Hanna Kokkonen')).toBe('Hanna Kokkonen');
    expect(icalParamValue('Pörrö Äijälä')).toBe('Pörrö Äijälä');
  });

  it('quotes a value holding a colon, semicolon or comma (RFC 5545 §3.2)', () => {
    expect(icalParamValue('Kokkonen, Hanna')).toBe('"Kokkonen, Hanna"');
    expect(icalParamValue('a;b')).toBe('"a;b"');
    expect(icalParamValue('mailto:x')).toBe('"mailto:x"');
  });

  it('writes a caret, a line break and a double quote as RFC 6868 does', () => {
    expect(icalParamValue('Anna "Annu" Virtanen')).toBe("Anna ^'Annu^' Virtanen");
    expect(icalParamValue('a^b')).toBe('a^^b');
    expect(icalParamValue('rivi 1\r\nrivi 2')).toBe('rivi 1^nrivi 2');
  });

  it('drops control characters and replaces lone surrogates', () => {
    expect(icalParamValue('a\u0000b\u007fc')).toBe('abc');
    expect(icalParamValue('x\uD800y')).toBe('x\uFFFDy');
  });
});
