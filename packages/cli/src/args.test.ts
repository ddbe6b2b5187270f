import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { languageOf, splitCommand, withUsageErrors } from './args.js';
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

describe('withUsageErrors', () => {
  const options = { from: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
  const parse = (args: string[]) => () => parseArgs({ args, options, strict: true });

  it('names an unknown option in the chosen language (the example)', () => {
    expect(() => withUsageErrors(parse(['--x']), messages.en, 'schedule')).toThrow('unknown option --x.');
    expect(() => withUsageErrors(parse(['--frmo=2026-01-01']), messages.fi, 'schedule')).toThrow(
      'tuntematon valinta --frmo.',
    );
  });

  it('says which option lacks its value, also when the next argument is another option', () => {
    expect(() => withUsageErrors(parse(['--from']), messages.en, 'ics')).toThrow('option --from needs a value.');
    expect(() => withUsageErrors(parse(['--from', '--help']), messages.en, 'ics')).toThrow('--from');
  });

  it('rejects a value for a switch and an unexpected argument', () => {
    expect(() => withUsageErrors(parse(['--help=yes']), messages.en, 'ics')).toThrow('unknown option --help=…');
    expect(() => withUsageErrors(parse(['extra']), messages.en, 'ics')).toThrow('unexpected argument “extra”.');
  });

  it('points the error to the command’s help', () => {
    try {
      withUsageErrors(parse(['--x']), messages.en, 'import ptv');
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
