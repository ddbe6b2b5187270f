import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ContentLanguage, LocalizedText } from '../../model/common.js';
import { runs } from '../../test/runs.js';
import { codesAt, testContext } from './fixtures.js';
import { ptvLocalizedText, ptvPickTexts, ptvTexts } from './ptvText.js';

describe('ptvTexts', () => {
  it('holds for the documented example (v11 list)', () => {
    const ctx = testContext('v11');
    expect(
      ptvTexts(ctx, [{ language: 'fi', value: 'Perhekeskus', type: 'Name' }], 'serviceChannelNames', 'name'),
    ).toEqual([{ language: 'fi', value: 'Perhekeskus', type: 'Name', path: 'serviceChannelNames[0]' }]);
  });

  it('reads v12 texts keyed by language, with paths to each key', () => {
    const ctx = testContext('v12');
    expect(ptvTexts(ctx, { fi: ' Perhekeskus ', sv: 'Familjecentralen', en: null, se: '' }, 'n', 'name')).toEqual([
      { language: 'fi', value: 'Perhekeskus', path: 'n.fi' },
      { language: 'sv', value: 'Familjecentralen', path: 'n.sv' },
    ]);
    expect(ctx.issues).toEqual([]);
  });

  it('reports malformed items and keeps the good ones', () => {
    const ctx = testContext('v11');
    const texts = ptvTexts(ctx, [{ language: 'fi', value: 'Hyvä' }, { language: 'sv' }, 'nonsense'], 'n', 'name');
    expect(texts.map((t) => t.value)).toEqual(['Hyvä']);
    expect(ctx.issues.map((i) => i.code)).toEqual(['invalid-value', 'invalid-value']);
    expect(ctx.issues[0]!.field).toBe('n[1].value');
  });

  it('reports a text of the other version’s shape', () => {
    const v11 = testContext('v11');
    expect(ptvTexts(v11, { fi: 'x' }, 'n', 'name')).toEqual([]);
    expect(codesAt(v11.issues, 'n')).toEqual(['invalid-value']);
    const v12 = testContext('v12');
    expect(ptvTexts(v12, [{ language: 'fi', value: 'x' }], 'n', 'name')).toEqual([]);
    expect(codesAt(v12.issues, 'n')).toEqual(['invalid-value']);
  });

  it('reports a v12 text that is not a string', () => {
    const ctx = testContext('v12');
    expect(ptvTexts(ctx, { fi: 'x', sv: 42 }, 'n', 'name')).toHaveLength(1);
    expect(codesAt(ctx.issues, 'n.sv')).toEqual(['invalid-value']);
  });
});

describe('ptvLocalizedText', () => {
  it('holds for the documented example: Swedish and Northern Sámi carried, Russian reported', () => {
    const ctx = testContext('v12');
    const text = ptvLocalizedText(
      ctx,
      [
        { language: 'sv', value: 'Familjecentralen', path: 'x.sv' },
        { language: 'se', value: 'Bearašguovddáš', path: 'x.se' },
        { language: 'ru', value: 'Семейный центр', path: 'x.ru' },
      ],
      'name',
    );
    expect(text).toEqual({ sv: 'Familjecentralen', se: 'Bearašguovddáš' });
    expect(ctx.issues).toHaveLength(1);
    expect(ctx.issues[0]).toMatchObject({ field: 'x.ru', code: 'unsupported-language', skipped: false, value: 'ru' });
    expect(ctx.issues[0]!.message).toMatch(/^Language "ru" name "Семейный центр" cannot be carried/);
  });

  it('carries all six of our languages, in a fixed order', () => {
    const ctx = testContext();
    const texts = ['sms', 'en', 'smn', 'sv', 'se', 'fi'].map((language) => ({
      language,
      value: language.toUpperCase(),
      path: language,
    }));
    const text = ptvLocalizedText(ctx, texts, 'name');
    expect(text).toEqual({ fi: 'FI', sv: 'SV', en: 'EN', se: 'SE', smn: 'SMN', sms: 'SMS' });
    expect(Object.keys(text!)).toEqual(['fi', 'sv', 'en', 'se', 'smn', 'sms']);
    expect(ctx.issues).toEqual([]);
  });

  it('carries Finnish with a Sámi text, and Swedish alone', () => {
    const ctx = testContext('v12');
    const sami = [
      { language: 'fi', value: 'Anár', path: 'n.fi' },
      { language: 'smn', value: 'Aanaar', path: 'n.smn' },
    ];
    expect(ptvLocalizedText(ctx, sami, 'name')).toEqual({ fi: 'Anár', smn: 'Aanaar' });
    expect(ptvLocalizedText(ctx, [{ language: 'sv', value: 'Bara svenska', path: 'd.sv' }], 'description')).toEqual({
      sv: 'Bara svenska',
    });
    expect(ctx.issues).toEqual([]);
  });

  it('reports languages left out by the options, Sámi ones too', () => {
    const ctx = testContext('v11', { languages: ['fi'] });
    const texts = ['fi', 'sv', 'sms'].map((language) => ({ language, value: language, path: language }));
    expect(ptvLocalizedText(ctx, texts, 'name')).toEqual({ fi: 'fi' });
    expect(codesAt(ctx.issues, 'sv')).toEqual(['language-not-selected']);
    expect(codesAt(ctx.issues, 'sms')).toEqual(['language-not-selected']);
    expect(ctx.issues.at(-1)).toMatchObject({
      value: 'sms',
      message: 'The Skolt Sámi (sms) name is left out by the import options',
    });
  });

  it('gives nothing without a Finnish or Swedish text, and says what was lost', () => {
    const ctx = testContext();
    const texts = [
      { language: 'en', value: 'English only', path: 'd.en' },
      { language: 'se', value: 'Davvisámegillii', path: 'd.se' },
    ];
    expect(ptvLocalizedText(ctx, texts, 'description')).toBeUndefined();
    expect(ctx.issues).toHaveLength(1);
    expect(ctx.issues[0]).toMatchObject({ field: 'd.en', code: 'missing-national-language', skipped: false });
    expect(ctx.issues[0]!.message).toContain('English "English only" and Northern Sámi "Davvisámegillii"');
    const quiet = testContext();
    expect(ptvLocalizedText(quiet, [{ language: 'en', value: 'x', path: 'n.en' }], 'name', false)).toBeUndefined();
    expect(quiet.issues).toEqual([]);
  });

  it('says nothing more when the only texts are in languages it reports anyway', () => {
    const ctx = testContext();
    expect(ptvLocalizedText(ctx, [{ language: 'ru', value: 'Только', path: 'd.ru' }], 'description')).toBeUndefined();
    expect(ctx.issues.map((i) => i.code)).toEqual(['unsupported-language']);
  });

  it('reports a second text in the same language', () => {
    const ctx = testContext();
    const text = ptvLocalizedText(
      ctx,
      [
        { language: 'fi', value: 'Eka', path: 'a' },
        { language: 'fi', value: 'Toka', path: 'b' },
      ],
      'name',
    );
    expect(text).toEqual({ fi: 'Eka' });
    expect(codesAt(ctx.issues, 'b')).toEqual(['unmapped-field']);
  });
});

describe('ptvLocalizedText: properties', () => {
  const language = fc.constantFrom('fi', 'sv', 'en', 'se', 'smn', 'sms', 'ru', 'xx');
  const texts = fc.array(fc.record({ language, value: fc.string({ minLength: 1, maxLength: 8 }) }), { maxLength: 8 });
  const chosen = fc
    .subarray([...ContentLanguage.options], { minLength: 1 })
    .filter((list) => list.includes('fi') || list.includes('sv'));

  it('carries the first text of each chosen language, gives a valid text exactly when Finnish or Swedish is among them, and reports every other text', () => {
    fc.assert(
      fc.property(texts, chosen, (list, languages) => {
        const ctx = testContext('v12', { languages });
        const input = list.map((t, i) => ({ ...t, path: `n[${i}]` }));
        const text = ptvLocalizedText(ctx, input, 'name');
        const kept: Record<string, string> = {};
        const codes: string[] = [];
        for (const t of input) {
          if (!(ContentLanguage.options as readonly string[]).includes(t.language)) codes.push('unsupported-language');
          else if (!(languages as readonly string[]).includes(t.language)) codes.push('language-not-selected');
          else if (t.language in kept) codes.push('unmapped-field');
          else kept[t.language] = t.value;
        }
        const national = 'fi' in kept || 'sv' in kept;
        if (!national && Object.keys(kept).length > 0) codes.push('missing-national-language');
        expect(text).toEqual(national ? kept : undefined);
        if (text) expect(z.safeParse(LocalizedText, text).success).toBe(true);
        expect(ctx.issues.map((issue) => issue.code)).toEqual(codes);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('ptvPickTexts', () => {
  it('holds for the documented example: the Name wins over an AlternativeName', () => {
    const ctx = testContext();
    const picked = ptvPickTexts(
      ctx,
      [
        { language: 'fi', value: 'A', type: 'AlternativeName', path: 'n[0]' },
        { language: 'fi', value: 'B', type: 'Name', path: 'n[1]' },
      ],
      () => ['Name'],
      'name',
    );
    expect(picked.map((t) => t.value)).toEqual(['B']);
    expect(codesAt(ctx.issues, 'n[0]')).toEqual(['unmapped-field']);
  });

  it('follows the ranking per language and keeps one text for each', () => {
    const ctx = testContext();
    const picked = ptvPickTexts(
      ctx,
      [
        { language: 'fi', value: 'Nimi', type: 'Name', path: 'n[0]' },
        { language: 'fi', value: 'Lempinimi', type: 'AlternativeName', path: 'n[1]' },
        { language: 'sv', value: 'Namn', type: 'Name', path: 'n[2]' },
      ],
      (language) => (language === 'fi' ? ['AlternativeName', 'Name'] : ['Name']),
      'name',
    );
    expect(picked.map((t) => t.value)).toEqual(['Lempinimi', 'Namn']);
    expect(ctx.issues.map((i) => i.field)).toEqual(['n[0]']);
  });

  it('takes a Summary when a language has no Description', () => {
    const ctx = testContext();
    const picked = ptvPickTexts(
      ctx,
      [{ language: 'sv', value: 'Kort', type: 'Summary', path: 'd[0]' }],
      () => ['Description', 'Summary'],
      'description',
    );
    expect(picked.map((t) => t.value)).toEqual(['Kort']);
    expect(ctx.issues).toEqual([]);
  });
});
