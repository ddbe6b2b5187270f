import { describe, expect, it } from 'vitest';
import {
  dataIssueCodes,
  formatIssueCodes,
  isDataIssueCode,
  limitIssueCodes,
  referenceCheckCodes,
  ruleIssueCodes,
  scheduleIssueCodes,
  shapeIssueCodes,
} from './issueCodes.js';

describe('issue codes', () => {
  it('keeps the TSDoc example true', () => {
    expect(isDataIssueCode('invalid-date')).toBe(true);
    expect(isDataIssueCode('my-own-rule')).toBe(false);
    expect(isDataIssueCode(3)).toBe(false);
  });

  it('lists every code once, each in exactly one group, in kebab case', () => {
    const groups = [
      shapeIssueCodes,
      formatIssueCodes,
      ruleIssueCodes,
      limitIssueCodes,
      referenceCheckCodes,
      scheduleIssueCodes,
    ];
    expect(new Set(dataIssueCodes).size).toBe(dataIssueCodes.length);
    expect(groups.flat().sort()).toEqual([...dataIssueCodes].sort());
    for (const code of dataIssueCodes) expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const code of formatIssueCodes) expect(code).toMatch(/^invalid-/);
  });
});
