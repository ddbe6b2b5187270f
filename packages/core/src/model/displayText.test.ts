import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { runs } from '../test/runs.js';
import { ContentLanguage, LocalizedText } from './common.js';
import { displayText } from './displayText.js';

const LANGUAGES = ContentLanguage.options;

/** Any valid text: each language present or not, Finnish or Swedish always one of them. */
const validText = fc
  .record(
    Object.fromEntries(
      LANGUAGES.map((l) => [l, fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined })]),
    ),
  )
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)))
  .filter((text) => z.safeParse(LocalizedText, text).success);

describe('displayText', () => {
  it('keeps the examples of its TSDoc true', () => {
    expect(displayText({ fi: 'Perhekahvila', sv: 'Familjecafé' }, 'sv')).toEqual({ text: 'Familjecafé', lang: 'sv' });
    expect(displayText({ sv: 'Folkhälsan i Österbotten' }, 'fi')).toEqual({
      text: 'Folkhälsan i Österbotten',
      lang: 'sv',
    });
    expect(displayText({ fi: 'Anár', se: 'Anár', smn: 'Aanaar' }, 'smn')).toEqual({ text: 'Aanaar', lang: 'smn' });
  });

  it('goes from the requested language to the other national language, then English, then any', () => {
    const all = { fi: 'fi', sv: 'sv', en: 'en', se: 'se', smn: 'smn', sms: 'sms' };
    for (const language of LANGUAGES) expect(displayText(all, language).lang).toBe(language);
    expect(displayText({ fi: 'fi', en: 'en' }, 'sv').lang).toBe('fi');
    expect(displayText({ sv: 'sv', en: 'en' }, 'fi').lang).toBe('sv');
    // English and Sámi readers get Finnish before Swedish.
    expect(displayText({ fi: 'fi', sv: 'sv' }, 'en').lang).toBe('fi');
    expect(displayText({ sv: 'sv', se: 'se' }, 'smn').lang).toBe('sv');
    expect(displayText({ sv: 'sv', en: 'en', se: 'se' }, 'en').lang).toBe('en');
    // Sámi only when nothing nearer exists (a text needs fi or sv, so only for unvalidated input).
    expect(displayText({ se: 'Ohcejohka' } as LocalizedText, 'fi')).toEqual({ text: 'Ohcejohka', lang: 'se' });
  });

  it('throws a TypeError for a value with no text at all, instead of showing nothing', () => {
    expect(() => displayText({} as LocalizedText, 'fi')).toThrow(TypeError);
  });

  it('returns a non-empty string in one of the text’s own languages for every valid text and language (property)', () => {
    fc.assert(
      fc.property(validText, fc.constantFrom(...LANGUAGES), (text, language) => {
        const shown = displayText(text as LocalizedText, language);
        expect(shown.text).not.toBe('');
        expect((text as Record<string, string>)[shown.lang]).toBe(shown.text);
        // The requested language wins whenever the text has it.
        if ((text as Record<string, string>)[language] !== undefined) expect(shown.lang).toBe(language);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('LocalizedText', () => {
  it('takes Swedish alone, Finnish alone, and Sámi beside either', () => {
    expect(z.safeParse(LocalizedText, { sv: 'Folkhälsan' }).success).toBe(true);
    expect(z.safeParse(LocalizedText, { fi: 'Perhekahvila' }).success).toBe(true);
    expect(z.safeParse(LocalizedText, { fi: 'Inari', se: 'Anár', smn: 'Aanaar', sms: 'Aanar' }).success).toBe(true);
  });

  it('refuses text with neither Finnish nor Swedish, with a coded rule naming fi', () => {
    const result = z.safeParse(LocalizedText, { en: 'Family café', se: 'Bearašgáffe' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      { code: 'custom', path: ['fi'], params: { rule: 'text-needs-national-language' } },
    ]);
    expect(z.safeParse(LocalizedText, { fi: '' }).success).toBe(false);
    expect(z.safeParse(LocalizedText, { fi: 'x', ru: 'y' }).success).toBe(false);
  });
});
