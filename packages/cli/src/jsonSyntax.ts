/** What is wrong at the first syntax error of a JSON text. */
export type JsonProblem =
  | { readonly kind: 'unexpected-end' }
  | { readonly kind: 'unexpected-char'; readonly char: string }
  | { readonly kind: 'trailing-comma'; readonly char: string };

/** Where the first syntax error is (1-based line and column, 0-based offset) and what it is. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly problem: JsonProblem;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly problem: JsonProblem,
  ) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Finds the first syntax error in a JSON text, as RFC 8259 defines the syntax. `JSON.parse` names a
 * position for only some errors in Node 20 (`Unexpected token '}', "…" is not valid JSON` has none),
 * so the command scans the text itself to tell the user the line and column.
 *
 * @param text - the text that `JSON.parse` rejected
 * @returns the error, or undefined when the text is valid JSON
 * @example
 * jsonSyntaxError('{\n  "a": 1,\n}');
 * // { offset: 12, line: 3, column: 1, problem: { kind: 'trailing-comma', char: '}' } }
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;

  const fail = (problem?: JsonProblem): never => {
    throw new Stop(i, problem ?? (i >= text.length ? { kind: 'unexpected-end' } : unexpected(text, i)));
  };
  const skipWhitespace = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const expect = (char: string) => {
    if (text[i] !== char) fail();
    i++;
  };
  const literal = (word: string) => {
    for (const char of word) expect(char);
  };
  const digits = () => {
    const start = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i === start) fail();
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = () => {
    expect('"');
    for (;;) {
      if (i >= text.length) fail();
      const char = text[i]!;
      if (char === '"') {
        i++;
        return;
      }
      if (char < ' ') fail();
      if (char === '\\') {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
            i++;
          }
        } else {
          if (!ESCAPES.has(text[i] ?? '')) fail();
          i++;
        }
      } else i++;
    }
  };
  const list = (close: string, item: () => void) => {
    i++;
    skipWhitespace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (text[i] === close) fail({ kind: 'trailing-comma', char: close });
      item();
      skipWhitespace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      expect(close);
      return;
    }
  };
  const value = (): void => {
    skipWhitespace();
    const char = text[i];
    if (char === '{') {
      list('}', () => {
        string();
        skipWhitespace();
        expect(':');
        value();
      });
    } else if (char === '[') list(']', value);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else fail();
  };

  try {
    value();
    skipWhitespace();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { offset: error.offset, ...lineAndColumn(text, error.offset), problem: error.problem };
  }
}

/** The character at `offset`, with a control character written as `U+0001`. */
function unexpected(text: string, offset: number): JsonProblem {
  const code = text.codePointAt(offset)!;
  const char = code < 0x20 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : String.fromCodePoint(code);
  return { kind: 'unexpected-char', char };
}

/** 1-based line and column of an offset; a column counts characters from the line's start. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
