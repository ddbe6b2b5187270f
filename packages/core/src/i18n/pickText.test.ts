import { describe, expect, it } from 'vitest';
import { pickText } from './pickText.js';

describe('pickText', () => {
  it('keeps the TSDoc example true', () => {
    expect(pickText({ fi: 'Närpiö', sv: 'Närpes' }, 'sv')).toEqual({ text: 'Närpes', lang: 'sv' });
    expect(pickText({ en: 'Family café' }, 'fi')).toEqual({ text: 'Family café', lang: 'en' });
    expect(pickText({ fi: '' }, 'fi')).toBeUndefined();
    expect(pickText(undefined, 'fi')).toBeUndefined();
  });
});
