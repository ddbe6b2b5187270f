import { describe, expect, it } from 'vitest';
import { codesAt, testContext } from './fixtures.js';
import { at, hasContent, knownFields, parseEach, parsePart, preview, report, reportUnmapped } from './ptvContext.js';
import { ptvIssueCodes } from '../../validation/importIssueCodes.js';
import { PtvEmail, PtvPhone } from './ptvSchemas.js';

describe('PTV context helpers', () => {
  it('report adds an issue for the context’s channel', () => {
    const ctx = testContext();
    report(ctx, 'areas', 'unmapped-field', 'MeetingPlace has no service area');
    expect(ctx.issues).toEqual([
      {
        sourceId: 'test-channel',
        field: 'areas',
        code: 'unmapped-field',
        message: 'MeetingPlace has no service area',
        skipped: false,
      },
    ]);
  });

  it('report keeps the offending value when given one, and adds no value key otherwise', () => {
    const ctx = testContext();
    report(ctx, 'languages[0]', 'invalid-value', 'Not an ISO 639 language code: "xx1"', false, 'xx1');
    report(ctx, 'modified', 'invalid-value', 'The channel has no modified date', false, null);
    expect(ctx.issues[0]?.value).toBe('xx1');
    expect(ctx.issues[1]).not.toHaveProperty('value');
  });

  it('at writes paths as ImportIssue.field expects', () => {
    expect(at(at('addresses', 0), 'streetAddress')).toBe('addresses[0].streetAddress');
    expect(at('', 'areas')).toBe('areas');
  });

  it('parsePart reports each problem at its source path', () => {
    const ctx = testContext();
    expect(parsePart(ctx, PtvPhone, { number: 401234567 }, 'phoneNumbers[0]', 'A phone number')).toBeUndefined();
    expect(codesAt(ctx.issues, 'phoneNumbers[0].number')).toEqual(['invalid-value']);
  });

  it('parseEach keeps the good elements with their index', () => {
    const ctx = testContext();
    expect(parseEach(ctx, PtvEmail, [{ value: 'a@example.org' }, 7], 'emails', 'An email address')).toEqual([
      { index: 0, path: 'emails[0]', value: { value: 'a@example.org' } },
    ]);
    expect(codesAt(ctx.issues, 'emails[1]')).toEqual(['invalid-value']);
    expect(parseEach(ctx, PtvEmail, null, 'emails', 'x')).toEqual([]);
    expect(parseEach(ctx, PtvEmail, 'a@example.org', 'x', 'x')).toEqual([]);
    expect(codesAt(ctx.issues, 'x')).toEqual(['invalid-value']);
  });

  it('hasContent sees through empty texts, lists and objects', () => {
    expect(hasContent({ a: [], b: ' ', c: null })).toBe(false);
    expect(hasContent([{ value: 'x' }])).toBe(true);
    expect(hasContent(false)).toBe(true);
    expect(hasContent(0)).toBe(true);
  });

  it('preview quotes and cuts long values', () => {
    expect(preview('Mikkeli')).toBe('"Mikkeli"');
    expect(preview('x'.repeat(200))).toHaveLength(80);
    expect(preview(undefined)).toBe('undefined');
    expect(preview(10n)).toBe('10');
  });

  it('reportUnmapped tells PTV fields our model lacks from fields PTV does not have', () => {
    const ctx = testContext();
    reportUnmapped(ctx, { street: [], oid: 'x', colour: 'red', empty: [] }, ['street', 'oid'], ['street'], 'a');
    expect(ctx.issues.map((i) => [i.field, i.code])).toEqual([
      ['a.oid', 'unmapped-field'],
      ['a.colour', 'unknown-field'],
    ]);
  });

  it('knownFields lists a schema’s fields', () => {
    expect(knownFields(PtvEmail)).toEqual(['value', 'language']);
  });

  it('issue codes are unique', () => {
    expect(new Set(ptvIssueCodes).size).toBe(ptvIssueCodes.length);
  });
});
