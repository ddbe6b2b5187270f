import { describe, expect, it } from 'vitest';
import { modesText } from './modesText.js';

describe('modesText', () => {
  it('keeps the examples of its TSDoc true, in every language', () => {
    expect(modesText(['remote', 'hybrid'], 'fi')).toBe('etäkokous tai hybridikokous');
    expect(modesText('in-person', 'sv')).toBe('möte på plats');
    expect(modesText(['remote', 'hybrid'], 'sv')).toBe('distansmöte eller hybridmöte');
    expect(modesText(['remote', 'hybrid', 'remote'], 'en')).toBe('remote or hybrid');
  });
});
