import { describe, expect, it } from 'vitest';
import { pickLinkedUrl } from './linkedEventUrl.js';

describe('pickLinkedUrl', () => {
  it('keeps the Finnish address and reports a different English one (documented example)', () => {
    expect(
      pickLinkedUrl({ fi: 'https://example.fi/tapahtuma', en: 'https://example.fi/en/event' }, 'info_url'),
    ).toEqual({
      url: 'https://example.fi/tapahtuma',
      issues: [
        {
          field: 'info_url.en',
          code: 'unmapped-field',
          message: 'The address "https://example.fi/en/event" is not kept: an entry has one address',
          skipped: false,
        },
      ],
    });
  });

  it('falls back to Swedish, English, then other languages, skipping invalid addresses', () => {
    expect(pickLinkedUrl({ en: 'https://example.fi/en', sv: 'ftp://example.fi/' }, 'info_url')).toEqual({
      url: 'https://example.fi/en',
      issues: [
        {
          field: 'info_url.sv',
          code: 'invalid-url',
          message: '"ftp://example.fi/" is not an http(s) URL',
          skipped: false,
          value: 'ftp://example.fi/',
        },
      ],
    });
    expect(pickLinkedUrl({ ru: 'https://example.fi/ru' }, 'info_url').url).toBe('https://example.fi/ru');
  });

  it('refuses script URLs and says nothing of the same address in two languages', () => {
    expect(pickLinkedUrl({ fi: 'javascript:alert(1)' }, 'info_url').issues.map((i) => i.code)).toEqual(['invalid-url']);
    expect(pickLinkedUrl({ fi: ' https://example.fi/ ', sv: 'https://example.fi/' }, 'info_url')).toEqual({
      url: 'https://example.fi/',
      issues: [],
    });
  });

  it('gives nothing for null or blank addresses', () => {
    expect(pickLinkedUrl(null, 'info_url')).toEqual({ issues: [] });
    expect(pickLinkedUrl({ fi: '', sv: null }, 'info_url')).toEqual({ issues: [] });
  });
});
