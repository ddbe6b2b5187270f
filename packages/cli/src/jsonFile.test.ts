import { describe, expect, it } from 'vitest';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { parseJsonText, readJsonFile, readTextFile } from './jsonFile.js';
import { messages } from './messages.js';

/** An io whose readFile fails as Node's does, with the given code. */
function failingIo(code: string): CliIo {
  const fail = async (): Promise<never> => {
    throw Object.assign(new Error(`${code}: failed`), { code });
  };
  return {
    stdout: { write: () => undefined },
    stderr: { write: () => undefined },
    fetch: fail,
    readFile: fail,
    now: () => new Date(0),
  };
}

describe('readTextFile', () => {
  it('says a file is missing or a directory in the chosen language (the example)', async () => {
    await expect(readTextFile('missing.json', failingIo('ENOENT'), messages.en)).rejects.toThrow(
      new CliError('file missing.json not found.'),
    );
    await expect(readTextFile('data', failingIo('EISDIR'), messages.fi)).rejects.toThrow(
      'data on hakemisto, ei tiedosto.',
    );
    await expect(readTextFile('x.json', failingIo('EACCES'), messages.en)).rejects.toThrow(
      'cannot read x.json: EACCES: failed',
    );
  });
});

describe('parseJsonText', () => {
  it('names the file, line and column of a syntax error (the example)', () => {
    expect(() => parseJsonText('{"a":1,}', 'a.json', messages.en)).toThrow(
      new CliError('a.json:1:8: JSON syntax error: extra comma before “}”.'),
    );
  });

  it('parses valid JSON', () => {
    expect(parseJsonText('{"places":[]}', 'a.json', messages.en)).toEqual({ places: [] });
  });
});

describe('readJsonFile', () => {
  it('drops a byte-order mark before parsing', async () => {
    const io = { ...failingIo('ENOENT'), readFile: async () => '\uFEFF[1]' };
    expect(await readJsonFile('a.json', io, messages.fi)).toEqual([1]);
  });
});
