import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { languageOf, parseCommandLine, splitCommand } from './args.js';
import { UsageError } from './errors.js';
import { messages } from './messages.js';

describe('languageOf', () => {
  it('reads --lang in both spellings and defaults to Finnish (the examples)', () => {
    expect(languageOf(['validate', 'places.json', '--lang', 'en'])).toBe('en');
    expect(languageOf(['schedule', '--lang=sv'])).toBe('sv');
    expect(languageOf(['schedule'])).toBe('fi');
  });

  it('rejects a language the command does not speak, in Finnish', () => {
    expect(() => languageOf(['--lang', 'de'])).toThrow(new UsageError('tuntematon kieli ”de”; käytä fi, sv tai en.'));
  });

  it('ignores what comes after --', () => {
    expect(languageOf(['validate', '--', '--lang', 'en'])).toBe('fi');
  });
});

describe('parseCommandLine', () => {
  const options = { from: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
  const parse = (args: string[], m = messages.en, command = 'ics') => parseCommandLine({ args, options }, m, command);

  it('names an unknown option in the chosen language (the example)', () => {
    expect(() => parseCommandLine({ args: ['--x'], options: {} }, messages.en, 'schedule')).toThrow(
      new UsageError('unknown option --x.', 'schedule'),
    );
    expect(() => parse(['--frmo=2026-01-01'], messages.fi, 'schedule')).toThrow('tuntematon valinta --frmo.');
    expect(() => parse(['-hx'])).toThrow('unknown option -x.');
  });

  it('says which option lacks its value, also when the next argument is another option', () => {
    expect(() => parse(['--from'])).toThrow('option --from needs a value.');
    expect(() => parse(['--from', '--help'])).toThrow('option --from needs a value.');
    expect(() => parse(['--from', '-h'])).toThrow('option --from needs a value.');
  });

  it('rejects a value for a switch and an unexpected argument', () => {
    expect(() => parse(['--help=yes'])).toThrow('unknown option --help=…');
    expect(() => parse(['extra'])).toThrow('unexpected argument “extra”.');
    expect(() => parse(['--', '--from'])).toThrow('unexpected argument “--from”.');
  });

  it('reports the first problem in the order of the arguments', () => {
    expect(() => parse(['extra', '--x'])).toThrow('unexpected argument “extra”.');
    expect(() => parse(['--x', 'extra'])).toThrow('unknown option --x.');
  });

  it('returns what strict parseArgs returns for a good command line', () => {
    expect(parse(['--from', '2026-01-01', '-h'])).toEqual(
      parseArgs({ args: ['--from', '2026-01-01', '-h'], options, strict: true }),
    );
    // An inline value may start with a dash, and a lone dash is a value; positionals when the command takes them.
    expect(parse(['--from=-1']).values).toEqual({ from: '-1' });
    expect(parse(['--from', '-']).values).toEqual({ from: '-' });
    const withFiles = parseCommandLine(
      { args: ['a.json', '--', '--b'], options, allowPositionals: true },
      messages.en,
      'x',
    );
    expect(withFiles.positionals).toEqual(['a.json', '--b']);
  });

  it('agrees with strict parseArgs on which command lines are wrong', () => {
    const lines = [['--from'], ['--from', '--help'], ['--help=1'], ['-z'], ['x'], ['--from=', 'x'], ['-h', '--from=a']];
    for (const args of lines) {
      let strict = true;
      try {
        parseArgs({ args, options, strict: true });
      } catch {
        strict = false;
      }
      let ours = true;
      try {
        parse(args);
      } catch {
        ours = false;
      }
      expect(ours, args.join(' ')).toBe(strict);
    }
  });

  it('points the error to the command’s help', () => {
    try {
      parse(['--x'], messages.en, 'import ptv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).command).toBe('import ptv');
    }
  });
});

describe('splitCommand', () => {
  it('finds the command after --lang and its value (the example)', () => {
    expect(splitCommand(['--lang', 'en', 'validate', 'x.json'])).toEqual({
      command: 'validate',
      rest: ['--lang', 'en', 'x.json'],
    });
  });

  it('returns no command when there are only options', () => {
    expect(splitCommand(['--help'])).toEqual({ command: undefined, rest: ['--help'] });
  });
});
