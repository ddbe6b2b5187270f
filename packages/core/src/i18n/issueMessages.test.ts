import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DataIssue } from '../validation/dataIssue.js';
import {
  hsdsIssueCodes,
  type ImportIssueCode,
  importSources,
  linkedEventIssueCodes,
  ptvIssueCodes,
} from '../validation/importIssueCodes.js';
import {
  type DataIssueCode,
  dataIssueCodes,
  type FormatIssueCode,
  formatIssueCodes,
  limitIssueCodes,
  type RuleIssueCode,
  referenceCheckCodes,
  ruleIssueCodes,
  scheduleIssueCodes,
  shapeIssueCodes,
} from '../validation/issueCodes.js';
import { importIssueMessages, issueMessages } from './catalogue.js';
import { dataIssueMessage } from './dataIssueMessage.js';
import { dataIssueText } from './dataIssueText.js';
import type { ImportIssueMessages, ImportIssueParts, IssueMessages, SentenceIssueCode } from './issueMessages.js';

const locales = ['fi', 'sv', 'en'] as const;

/** An issue of `code` with every field a sentence may read, so no sentence falls back for lack of one. */
function fullIssue(code: DataIssueCode): DataIssue {
  return {
    path: 'places[0].x',
    keys: ['places', 0, 'x'],
    code,
    row: { section: 'places', index: 0, id: 'kahvila', name: { fi: 'Perhekahvila', sv: 'Familjecaféet' } },
    expected: code === 'unknown-kind' ? 'partyKind' : code === 'invalid-type' || code === 'missing' ? 'string' : '3',
    allowed: ['a', 'b'],
    received: '9.00',
    origin: 'string',
    unknownKeys: ['colour'],
    rule: 'my-own-rule',
    period: { from: '2026-01-01', to: '2026-12-31' },
    names: { received: { fi: 'Närpiö', sv: 'Närpes' }, expected: { fi: 'Pohjanmaa' }, region: { fi: 'Etelä-Savo' } },
  };
}

describe('the data-issue catalogue (fi, sv, en)', () => {
  it('makes a missing sentence a compile error: each table is keyed by exactly its codes, and the tables cover every code', () => {
    expectTypeOf<keyof IssueMessages['formats']>().toEqualTypeOf<FormatIssueCode>();
    expectTypeOf<keyof IssueMessages['rules']>().toEqualTypeOf<RuleIssueCode>();
    expectTypeOf<keyof IssueMessages['sentences']>().toEqualTypeOf<SentenceIssueCode>();
    expectTypeOf<FormatIssueCode | RuleIssueCode | SentenceIssueCode>().toEqualTypeOf<DataIssueCode>();
  });

  it('has, in every language, a sentence for every code of dataIssueCodes and no sentence for a code that does not exist', () => {
    const sentenceCodes = [...shapeIssueCodes, ...limitIssueCodes, ...referenceCheckCodes, ...scheduleIssueCodes];
    for (const locale of locales) {
      const m = issueMessages[locale];
      expect(Object.keys(m.formats).sort(), locale).toEqual([...formatIssueCodes].sort());
      expect(Object.keys(m.rules).sort(), locale).toEqual([...ruleIssueCodes].sort());
      expect(Object.keys(m.sentences).sort(), locale).toEqual([...sentenceCodes].sort());
      for (const code of formatIssueCodes) expect(m.formats[code].trim(), `${locale} ${code}`).not.toBe('');
      for (const code of ruleIssueCodes) expect(m.rules[code].trim(), `${locale} ${code}`).not.toBe('');
      for (const code of sentenceCodes) expect(typeof m.sentences[code], `${locale} ${code}`).toBe('function');
    }
  });

  it('has every other kind of sentence and word in every language: rows, documents, fields, quotes, types, vocabularies', () => {
    const shape = (m: IssueMessages) =>
      Object.fromEntries(
        Object.entries(m).map(([key, value]) => [
          key,
          typeof value === 'object' ? Object.keys(value).sort() : typeof value,
        ]),
      );
    for (const locale of locales) {
      const m = issueMessages[locale];
      expect(shape(m), locale).toEqual(shape(issueMessages.fi));
      for (const table of [m.documents, m.types, m.vocabularies])
        for (const [key, text] of Object.entries(table)) expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(m.row({ section: 'places', index: 0 }, undefined)).toMatch(/^\S+ 1$/);
      expect(m.field('x')).toContain('x');
      expect(m.quote('x')).toMatch(/^.x.$/);
      expect(m.got('x')).toContain('x');
      expect(m.date('2026-03-10')).toMatch(/2026/);
    }
  });

  it('words every code in every language as a whole sentence, different in each language, with nothing left unfilled', () => {
    for (const code of dataIssueCodes) {
      const texts = locales.map((locale) => {
        const text = dataIssueText(fullIssue(code), locale);
        expect(text, `${locale} ${code}`).toMatch(/\S.*\.$/);
        expect(text, `${locale} ${code}`).not.toMatch(/undefined|null|NaN|\[object|\$\{|\?\)/);
        // Never the bare code (a one-word code such as `missing` may be an English word).
        if (code.includes('-')) expect(text, `${locale} ${code}`).not.toContain(code);
        // No code falls back to the sentence of an unknown issue.
        if (code !== 'invalid') expect(text, `${locale} ${code}`).not.toBe(dataIssueText(fullIssue('invalid'), locale));
        return text;
      });
      expect(new Set(texts).size, code).toBe(locales.length);
    }
  });

  it('puts the row and the field before each sentence', () => {
    for (const locale of locales) {
      for (const code of dataIssueCodes) {
        const text = dataIssueMessage(fullIssue(code), locale);
        expect(text, `${locale} ${code}`).toMatch(
          /^(Kohde|Plats|Place) 1 \(”Perhekahvila”|“Perhekahvila”|”Familjecaféet”\)/,
        );
        expect(text, `${locale} ${code}`).toContain(': ');
      }
    }
  });
});

/** Every code either importer reports, each once. */
const importCodes: readonly ImportIssueCode[] = [
  ...new Set<ImportIssueCode>([
    ...ptvIssueCodes,
    ...(Object.keys(linkedEventIssueCodes) as ImportIssueCode[]),
    ...hsdsIssueCodes,
  ]),
];

describe('the importer-issue catalogue (fi, sv, en), in the same files', () => {
  it('makes a missing sentence a compile error: the codes table is keyed by exactly the importers’ codes', () => {
    expectTypeOf<keyof ImportIssueMessages['codes']>().toEqualTypeOf<ImportIssueCode>();
    // @ts-expect-error a catalogue that lacks codes does not compile
    const partial: ImportIssueMessages['codes'] = { cancelled: () => '' };
    expect(Object.keys(partial)).toEqual(['cancelled']);
  });

  it('has, in every language, a sentence for every code of both importers and none for a code that does not exist', () => {
    expect(importCodes.length).toBeGreaterThanOrEqual(40);
    for (const locale of locales) {
      expect(Object.keys(importIssueMessages[locale].codes).sort(), locale).toEqual([...importCodes].sort());
    }
  });

  it('words every code in every language as a whole sentence, different in each language, with nothing left unfilled', () => {
    for (const code of importCodes) {
      for (const source of [...importSources, 'other'] as const) {
        for (const variant of [{}, { value: 'x1' }, { skipped: true }]) {
          const texts = locales.map((locale) => {
            const m = importIssueMessages[locale];
            const parts: ImportIssueParts = {
              field: 'serviceHours[0]',
              skipped: false,
              where: m.where[source],
              skip: m.skip[source],
              ...variant,
            };
            const text = m.codes[code](parts);
            expect(text, `${locale} ${code}`).toMatch(/^\S.*[.]$/);
            expect(text, `${locale} ${code}`).not.toMatch(/undefined|null|NaN|\[object|\$\{|\s{2}/);
            expect(text, `${locale} ${code}`).not.toBe(m.unknown(code, parts));
            return text;
          });
          expect(new Set(texts).size, `${code} ${source}`).toBe(locales.length);
        }
      }
    }
  });

  it('has every other word in every language: records, places to fix, skips, languages, defaults', () => {
    const shape = (m: ImportIssueMessages) =>
      Object.fromEntries(
        Object.entries(m).map(([key, value]) => [
          key,
          typeof value === 'object' ? Object.keys(value).sort() : typeof value,
        ]),
      );
    for (const locale of locales) {
      const m = importIssueMessages[locale];
      expect(shape(m), locale).toEqual(shape(importIssueMessages.fi));
      for (const table of [m.record, m.where, m.skip, m.languages, m.defaults])
        for (const [key, text] of Object.entries(table)) expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(Object.keys(m.record).sort()).toEqual([...importSources, 'other'].sort());
      expect(m.field('x')).toContain('x');
      expect(m.quote('x')).toMatch(/^.x.$/);
      expect(m.quote('x'), locale).toBe(issueMessages[locale].quote('x'));
      expect(m.unknown('brand-new', { field: '', skipped: true, where: '', skip: m.skip.other })).toContain(
        'brand-new',
      );
    }
  });
});
