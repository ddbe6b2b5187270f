import { describe, expect, it } from 'vitest';
import { otherFieldIssues } from './linkedEventFields.js';

describe('otherFieldIssues', () => {
  it('reports documented facts it cannot keep and undocumented fields, not bookkeeping (documented example)', () => {
    const issues = otherFieldIssues({
      id: 'helsinki:1',
      name: { fi: 'A' },
      images: [{ url: 'https://images.example.fi/a.jpg' }],
      created_time: '2026-01-01T00:00:00Z',
      colour: 'red',
    });
    expect(issues).toEqual([
      {
        field: 'images',
        code: 'unmapped-field',
        message: 'Images are not kept: an entry has no image',
        skipped: false,
      },
      {
        field: 'colour',
        code: 'unknown-field',
        message: 'A field the Linked Events API does not document; not imported',
        skipped: false,
      },
    ]);
  });

  it('says nothing of empty values, of bookkeeping, or of the submitter’s personal data', () => {
    expect(
      otherFieldIssues({
        images: [],
        provider: { fi: '', sv: null },
        registration: null,
        external_links: [],
        '@context': 'http://schema.org',
        '@type': 'Event/LinkedEvent',
        publisher: 'ahjo:00001',
        data_source: 'helsinki',
        search_vector_fi: "'kahvila':1A",
        user_email: 'person@example.org',
        user_name: 'Person',
      }),
    ).toEqual([]);
  });

  it('never quotes a value, and quotes a key that is not a plain name', () => {
    const issues = otherFieldIssues({ provider: { fi: 'Kirjasto' }, 'a.b[0]': 1, enabled: false });
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['provider', 'unmapped-field'],
      ['["a.b[0]"]', 'unknown-field'],
      ['enabled', 'unknown-field'],
    ]);
    expect(issues.some((i) => i.message.includes('Kirjasto'))).toBe(false);
  });
});
