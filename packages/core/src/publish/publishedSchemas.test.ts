import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { dataIssues } from '../validation/dataIssues.js';
import { PublishManifest } from './publishedSchemas.js';

function manifest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'perhekeskus-published',
    formatVersion: 1,
    region: { id: 'etela-savo', name: { fi: 'Etelä-Savo' } },
    example: false,
    publishedAt: '2026-12-03T10:00:00Z',
    sourceFile: { name: 'region.json', sha256: 'a'.repeat(64) },
    libraryVersion: '0.0.0',
    years: [2026, 2027],
    files: [
      { path: 'places.json', kind: 'places', schema: 'https://perhekeskus.dev/schema/published-places.json', count: 1 },
    ],
    ...overrides,
  };
}

const issues = (value: unknown) => {
  const result = z.safeParse(PublishManifest, value);
  return result.success ? [] : dataIssues(result.error, value).map((i) => [i.path, i.code, i.expected]);
};

describe('PublishManifest', () => {
  it('reads a manifest', () => {
    expect(issues(manifest())).toEqual([]);
  });

  it('refuses a publishing time or a year outside 1922–2200, with the range', () => {
    expect(issues(manifest({ publishedAt: '9999-12-31T23:00:00Z' }))).toEqual([
      ['publishedAt', 'year-outside-range', '1922–2200'],
    ]);
    expect(issues(manifest({ years: [2026, 1900] }))).toEqual([['years[1]', 'year-outside-range', '1922–2200']]);
  });

  it('refuses a schema address that is not http(s) and a name with a lone surrogate', () => {
    const file = { path: 'places.json', kind: 'places', schema: 'javascript:alert(1)', count: 1 };
    expect(issues(manifest({ files: [file] }))).toEqual([['files[0].schema', 'invalid-url', undefined]]);
    expect(issues(manifest({ region: { id: 'x', name: { fi: '\ud83d' } } }))).toEqual([
      ['region.name.fi', 'invalid-unicode', undefined],
    ]);
  });
});
