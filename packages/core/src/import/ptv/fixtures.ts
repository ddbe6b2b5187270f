import { readFileSync } from 'node:fs';
import { ContentLanguage } from '../../model/common.js';
import type { ImportIssue } from '../importIssue.js';
import { type PtvContext, ptvContext } from './ptvContext.js';
import type { PtvVersion } from './ptvSchemas.js';

/**
 * Test helpers for the PTV importer (not exported from the package index, not built). The JSON files
 * in `fixtures/` are invented placeholders; see fixtures/README.md.
 */

/** The fixtures' texts, read once: property tests load a fixture on every run. */
const fixtureTexts = new Map<string, string>();

/** A fresh copy of one JSON fixture (`v11-service-location.json`, …), so tests can change it freely. */
export function loadFixture(name: string): Record<string, unknown> {
  let text = fixtureTexts.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
    fixtureTexts.set(name, text);
  }
  return JSON.parse(text) as Record<string, unknown>;
}

/** The first channel of a paged fixture, or the channel fixture itself. */
export function fixtureChannel(name: string, index = 0): Record<string, unknown> {
  const data = loadFixture(name);
  return Array.isArray(data['itemList']) ? (data['itemList'][index] as Record<string, unknown>) : data;
}

/** A context for mapping one channel in tests, collecting issues into its own list. */
export function testContext(
  version: PtvVersion = 'v11',
  options: { languages?: readonly ContentLanguage[]; holidayYears?: readonly number[] } = {},
): PtvContext & { issues: ImportIssue[] } {
  return ptvContext(
    'test-channel',
    version,
    { languages: options.languages ?? ContentLanguage.options, holidayYears: options.holidayYears ?? [] },
    [],
  );
}

/** The codes of the issues at a field, for short assertions. */
export function codesAt(issues: readonly ImportIssue[], field: string): string[] {
  return issues.filter((issue) => issue.field === field).map((issue) => issue.code);
}
