import { describe, expect, it } from 'vitest';
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
    expect(ptvTexts(ctx, { fi: ' Perhekeskus ', sv: 'Familjecentret', en: null, se: '' }, 'n', 'name')).toEqual([
      { language: 'fi', value: 'Perhekeskus', path: 'n.fi' },
      { language: 'sv', value: 'Familjecentret', path: 'n.sv' },
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
  it('holds for the documented example: a Northern Sámi text is reported, not carried', () => {
    const ctx = testContext('v12');
    const text = ptvLocalizedText(
      ctx,
      [
        { language: 'fi', value: 'Perhekeskus', path: 'x.fi' },
        { language: 'se', value: 'Bearašguovddáš', path: 'x.se' },
      ],
      'name',
    );
    expect(text).toEqual({ fi: 'Perhekeskus' });
    expect(ctx.issues).toHaveLength(1);
    expect(ctx.issues[0]).toMatchObject({ field: 'x.se', code: 'unsupported-language', skipped: false });
    expect(ctx.issues[0]!.message).toMatch(/Northern Sámi \(se\)/);
  });

  it('names Inari and Skolt Sámi and any other language in its report', () => {
    const ctx = testContext('v12');
    ptvLocalizedText(
      ctx,
      [
        { language: 'fi', value: 'a', path: 'fi' },
        { language: 'smn', value: 'b', path: 'smn' },
        { language: 'sms', value: 'c', path: 'sms' },
        { language: 'ru', value: 'd', path: 'ru' },
      ],
      'name',
    );
    expect(ctx.issues.map((i) => i.message.slice(0, 20))).toEqual([
      'Inari Sámi (smn) nam',
      'Skolt Sámi (sms) nam',
      'Language "ru" name "',
    ]);
  });

  it('carries fi, sv and en', () => {
    const ctx = testContext();
    const texts = ['fi', 'sv', 'en'].map((language) => ({ language, value: language.toUpperCase(), path: language }));
    expect(ptvLocalizedText(ctx, texts, 'name')).toEqual({ fi: 'FI', sv: 'SV', en: 'EN' });
    expect(ctx.issues).toEqual([]);
  });

  it('reports languages left out by the options', () => {
    const ctx = testContext('v11', { locales: ['fi'] });
    const texts = ['fi', 'sv'].map((language) => ({ language, value: language, path: language }));
    expect(ptvLocalizedText(ctx, texts, 'name')).toEqual({ fi: 'fi' });
    expect(codesAt(ctx.issues, 'sv')).toEqual(['language-not-selected']);
  });

  it('gives nothing without a Finnish text, and says what was lost', () => {
    const ctx = testContext();
    expect(
      ptvLocalizedText(ctx, [{ language: 'sv', value: 'Bara svenska', path: 'd.sv' }], 'description'),
    ).toBeUndefined();
    expect(ctx.issues[0]).toMatchObject({ field: 'd.sv', code: 'missing-finnish' });
    expect(ctx.issues[0]!.message).toContain('Bara svenska');
    const quiet = testContext();
    expect(ptvLocalizedText(quiet, [{ language: 'sv', value: 'x', path: 'n.sv' }], 'name', false)).toBeUndefined();
    expect(quiet.issues).toEqual([]);
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
