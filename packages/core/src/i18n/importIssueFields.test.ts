import { describe, expect, it } from 'vitest';
import { includeFor, isLanguageList, isPlaceText } from './importIssueFields.js';

describe('the source fields the importer sentences read', () => {
  it('tells a Linked Events language list and place text from other fields', () => {
    expect(isLanguageList('in_language[1]')).toBe(true);
    expect(isLanguageList('name.ru')).toBe(false);
    expect(isPlaceText('location')).toBe(true);
    expect(isPlaceText('location.name')).toBe(true);
    expect(isPlaceText('location.street_address')).toBe(false);
  });

  it('names the include parameter that gives a reference-only field its names', () => {
    expect(includeFor('audience')).toBe('audience');
    expect(includeFor('location')).toBe('location');
    expect(includeFor('keywords[2]')).toBe('keywords');
  });
});
