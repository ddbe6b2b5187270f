import { describe, expect, it } from 'vitest';
import { escapeIcalText } from './escapeIcalText.js';

describe('escapeIcalText', () => {
  it('escapes backslash, semicolon, comma and line breaks as RFC 5545 TEXT', () => {
    expect(escapeIcalText('Kokous; aiheet, muistio\\ok\nrivi 2')).toBe('Kokous\\; aiheet\\, muistio\\\\ok\\nrivi 2');
  });

  it('writes every kind of line break as one \\n', () => {
    expect(escapeIcalText('a\r\nb\rc\nd')).toBe('a\\nb\\nc\\nd');
  });

  it('keeps colons, quotes, tabs and non-ASCII text as they are', () => {
    expect(escapeIcalText('Klo 9:00 "Äitiys"\tja 😀')).toBe('Klo 9:00 "Äitiys"\tja 😀');
  });

  it('drops control characters and replaces lone surrogates, which TEXT cannot hold', () => {
    expect(escapeIcalText('a\u0000b\u0007c\u007fd')).toBe('abcd');
    expect(escapeIcalText('x\uD83Dy')).toBe('x\uFFFDy');
  });
});
