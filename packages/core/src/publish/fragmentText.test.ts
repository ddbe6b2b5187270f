import { describe, expect, it } from 'vitest';
import { fragmentText } from './fragmentText.js';

describe('fragmentText', () => {
  it('gives the text in the fragment language, escaped', () => {
    expect(fragmentText({ fi: 'Perhe & <kahvila>', sv: 'Familjecafé' }, 'fi')).toBe('Perhe &amp; &lt;kahvila&gt;');
    expect(fragmentText({ fi: 'Perhekahvila', sv: 'Familjecafé' }, 'sv')).toBe('Familjecafé');
  });

  it('marks text in another language with lang', () => {
    expect(fragmentText({ sv: 'Familjecafé' }, 'fi')).toBe('<span lang="sv">Familjecafé</span>');
    expect(fragmentText({ fi: 'Perhekahvila' }, 'en')).toBe('<span lang="fi">Perhekahvila</span>');
  });
});
