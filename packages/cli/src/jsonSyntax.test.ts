import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from './jsonSyntax.js';

describe('jsonSyntaxError', () => {
  it('finds a trailing comma on its line and column (the example)', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n}')).toEqual({
      offset: 12,
      line: 3,
      column: 1,
      problem: { kind: 'trailing-comma', char: '}' },
    });
  });

  it('points at the unexpected character where JSON.parse names no position', () => {
    const text = '{\n  "name": "Perhekahvila",\n  "open": tru\n}';
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxError(text)).toMatchObject({
      line: 3,
      column: 14,
      problem: { kind: 'unexpected-char', char: 'U+000A' },
    });
  });

  it('reports a missing comma between properties', () => {
    expect(jsonSyntaxError('{"a": 1 "b": 2}')).toMatchObject({ line: 1, column: 9, problem: { char: '"' } });
  });

  it('reports a text that ends too early at its end', () => {
    expect(jsonSyntaxError('[1, 2')).toMatchObject({ offset: 5, problem: { kind: 'unexpected-end' } });
    expect(jsonSyntaxError('')).toMatchObject({ line: 1, column: 1, problem: { kind: 'unexpected-end' } });
  });

  it('rejects what JSON does not allow: single quotes, comments, leading zeros, raw control characters', () => {
    for (const text of ["{'a': 1}", '[1] // note', '[01]', '["a\tb"]', '[.5]', '[1.]', '{"a" 1}', '[1]x']) {
      expect(jsonSyntaxError(text), text).toBeDefined();
      expect(() => JSON.parse(text), text).toThrow();
    }
  });

  it('accepts every text JSON.parse accepts', () => {
    const texts = [
      '{}',
      '[]',
      ' null ',
      '-0.5e+10',
      '"\\u00e4\\n\\"x\\""',
      '{"a":[1,2,{"b":false}],"c":"ä ö","d":-1E-2}',
      JSON.stringify({ nested: [[[]]], text: 'line\nbreak', n: 12.5 }, null, 2),
    ];
    for (const text of texts) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonSyntaxError(text), text).toBeUndefined();
    }
  });

  it('counts columns from the start of each line, also after CRLF line ends', () => {
    expect(jsonSyntaxError('[\r\n  1,\r\n  x\r\n]')).toMatchObject({ line: 3, column: 3 });
  });
});
