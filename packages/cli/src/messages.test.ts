import type { Locale } from '@perhekeskus/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { cliLanguages, isCliLanguage, messages } from './messages.js';

/** Every key path of an object, `help.validate`, `kindNames.region`, … */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], root);
}

describe('messages', () => {
  it('has every key in every language, with the same kind of value', () => {
    const reference = keyPaths(messages.fi).sort();
    for (const lang of cliLanguages) {
      expect(keyPaths(messages[lang]).sort(), lang).toEqual(reference);
      for (const path of reference) {
        expect(typeof valueAt(messages[lang], path), `${lang} ${path}`).toBe(typeof valueAt(messages.fi, path));
      }
    }
  });

  it('has no empty sentence in any language', () => {
    for (const lang of cliLanguages) {
      for (const path of keyPaths(messages[lang])) {
        const value = valueAt(messages[lang], path);
        if (typeof value === 'string') expect(value.trim(), `${lang} ${path}`).not.toBe('');
      }
    }
  });

  it('speaks exactly core’s locales, and leaves data-issue sentences to core’s catalogue', () => {
    expectTypeOf<(typeof cliLanguages)[number]>().toEqualTypeOf<Locale>();
    expect(Object.keys(messages).sort()).toEqual([...cliLanguages].sort());
    // Sentences about rows and fields of data live in core (`dataIssueMessage`), never here.
    for (const key of ['modelRules', 'ruleCodes', 'notAMunicipality', 'unknownReference', 'unschedulable'])
      expect(Object.hasOwn(messages.fi, key), key).toBe(false);
  });

  it('lists the same options in every language of each help text', () => {
    // The option column of the help: lines that start with `--name` or `-h, --help`.
    const options = (text: string) => [...text.matchAll(/^ {2}(?:-[a-z], )?(--[a-z-]+)/gm)].map((m) => m[1]).sort();
    for (const [command, text] of Object.entries(messages.fi.help)) {
      for (const lang of cliLanguages) {
        expect(options(messages[lang].help[command as keyof typeof messages.fi.help]), `${lang} ${command}`).toEqual(
          options(text),
        );
      }
    }
  });

  it('writes dates as Finns and Swedes do, and in English with a month name', () => {
    expect(messages.fi.date('2026-03-09')).toBe('9.3.2026');
    expect(messages.sv.date('2026-03-09')).toBe('9.3.2026');
    expect(messages.en.date('2026-03-09T09:00:00+02:00')).toBe('9 Mar 2026');
  });

  it('calls a family centre by one term per language: familjecentral in Swedish', () => {
    const texts = (lang: (typeof cliLanguages)[number]) =>
      keyPaths(messages[lang])
        .map((path) => valueAt(messages[lang], path))
        .filter((value): value is string => typeof value === 'string');
    expect(texts('sv').join('\n')).toContain('familjecentralssamarbete');
    for (const lang of cliLanguages)
      for (const text of texts(lang)) expect(text, lang).not.toMatch(/familjecent(?!ral)|familjecenter/i);
  });

  it('knows its languages', () => {
    expect(cliLanguages.every(isCliLanguage)).toBe(true);
    expect(isCliLanguage('de')).toBe(false);
  });
});
