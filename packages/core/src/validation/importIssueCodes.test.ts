import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type HsdsIssueCode,
  hsdsIssueCodes,
  type ImportIssueCode,
  type ImportSourceName,
  importSources,
  type LinkedEventIssueCode,
  linkedEventIssueCodes,
  type PtvIssueCode,
  ptvIssueCodes,
} from './importIssueCodes.js';

describe('the importers’ issue codes', () => {
  it('lists each PTV code once and describes each Linked Events code', () => {
    expect(new Set(ptvIssueCodes).size).toBe(ptvIssueCodes.length);
    for (const [code, meaning] of Object.entries(linkedEventIssueCodes)) expect(meaning.trim(), code).not.toBe('');
  });

  it('makes ImportIssueCode the union of both importers’ codes, which share the codes of the same meaning', () => {
    expectTypeOf<ImportIssueCode>().toEqualTypeOf<PtvIssueCode | LinkedEventIssueCode | HsdsIssueCode>();
    expectTypeOf<ImportSourceName>().toEqualTypeOf<'ptv' | 'linked-events' | 'hsds' | 'hsds-export'>();
    expect(importSources).toEqual(['ptv', 'linked-events', 'hsds', 'hsds-export']);
    // The HSDS codes are only those no other importer has.
    for (const code of hsdsIssueCodes) {
      expect(ptvIssueCodes as readonly string[]).not.toContain(code);
      expect(Object.hasOwn(linkedEventIssueCodes, code)).toBe(false);
    }
    const shared = ptvIssueCodes.filter((code) => Object.hasOwn(linkedEventIssueCodes, code));
    expect(shared).toEqual(expect.arrayContaining(['duplicate-id', 'missing-name', 'more-pages']));
  });
});
