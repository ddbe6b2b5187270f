import { describe, expect, it } from 'vitest';
import { importIssueMessages, issueMessages } from './catalogue.js';

describe('issueMessages', () => {
  it('keeps the TSDoc example true', () => {
    expect(issueMessages.sv.formats['invalid-postal-code']).toBe('postnumret ska bestå av fem siffror (t.ex. 51900)');
  });

  it('speaks exactly the interface languages', () => {
    expect(Object.keys(issueMessages).sort()).toEqual(['en', 'fi', 'sv']);
    expect(Object.keys(importIssueMessages).sort()).toEqual(['en', 'fi', 'sv']);
  });

  it('keeps the importer-issue TSDoc example true', () => {
    expect(importIssueMessages.en.record.ptv).toBe('Service location');
  });
});
