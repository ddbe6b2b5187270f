import { describe, expect, it } from 'vitest';
import { dataIssueRowName } from './dataIssueRowName.js';

describe('dataIssueRowName', () => {
  it('keeps the TSDoc example true, and says which language the name is in', () => {
    const row = { section: 'places', index: 1, name: { fi: 'Perhekahvila', sv: 'Familjecaféet' } };
    expect(dataIssueRowName(row, 'sv')).toEqual({ text: 'Familjecaféet', lang: 'sv' });
    expect(dataIssueRowName(row, 'en')).toEqual({ text: 'Perhekahvila', lang: 'fi' });
    expect(dataIssueRowName({ ...row, name: { sv: 'Familjecaféet' } }, 'fi')).toEqual({
      text: 'Familjecaféet',
      lang: 'sv',
    });
  });

  it('gives nothing for a row without a name, or no row', () => {
    expect(dataIssueRowName({ section: 'people', index: 0, id: 'x' }, 'fi')).toBeUndefined();
    expect(dataIssueRowName({ section: 'people', index: 0, name: {} }, 'fi')).toBeUndefined();
    expect(dataIssueRowName(undefined, 'fi')).toBeUndefined();
  });
});
