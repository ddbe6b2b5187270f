import { describe, expect, it } from 'vitest';
import { linkedEventLanguages } from './linkedEventLanguages.js';

describe('linkedEventLanguages', () => {
  it('keeps ISO 639 codes and reports ids that are not, such as zh_hans (documented example)', () => {
    const result = linkedEventLanguages([
      { '@id': 'https://api.hel.fi/linkedevents/v1/language/fi/' },
      { id: 'zh_hans' },
    ]);
    expect(result.languages).toEqual(['fi']);
    expect(result.issues).toEqual([
      {
        field: 'in_language[1]',
        code: 'unsupported-language',
        message: 'The language "zh_hans" is not an ISO 639 code an entry can carry',
        skipped: false,
        value: 'zh_hans',
      },
    ]);
  });

  it('keeps a repeated language once, keeps languages beyond fi/sv/en, and reports items without an id', () => {
    const result = linkedEventLanguages([{ id: 'sv' }, { id: 'ru' }, { id: 'sv' }, {}, { id: 'se' }]);
    expect(result.languages).toEqual(['sv', 'ru', 'se']);
    expect(result.issues.map((i) => [i.field, i.code])).toEqual([['in_language[3]', 'invalid-field']]);
  });

  it('reads nothing from null', () => {
    expect(linkedEventLanguages(null)).toEqual({ languages: [], issues: [] });
  });
});
