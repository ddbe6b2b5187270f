import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Region } from '../../model/region.js';
import { formatPath } from '../../validation/parseInput.js';
import { regionReferenceIssues } from '../../rules/regionReferenceIssues.js';
import { etelaSavo } from './region.js';
import { seedDocuments } from './sources.js';

/**
 * The arrays whose elements are rows that carry their own source, by the key that holds them:
 * municipalities, areas, parties, agreements and their decisions and signatures, people, role
 * assignments and group members, groups, year clocks, evaluation activities, meeting places and
 * digital services.
 */
const ROW_ARRAYS = new Set([
  'municipalities',
  'areas',
  'parties',
  'agreements',
  'decisions',
  'signatures',
  'people',
  'roleAssignments',
  'members',
  'groups',
  'yearClocks',
  'evaluationActivities',
  'meetingPlaces',
  'digitalServices',
]);

interface Found {
  path: string;
  value: Record<string, unknown>;
}

/** Walks any JSON-like tree and collects the rows (elements of ROW_ARRAYS) and every `source` object. */
function walk(value: unknown, path: PropertyKey[], rows: Found[], sources: Found[]): void {
  if (Array.isArray(value)) {
    const isRowArray = ROW_ARRAYS.has(String(path.at(-1)));
    value.forEach((item, i) => {
      // `agreements[].parties` holds ids, not party rows: only objects are rows.
      if (isRowArray && typeof item === 'object')
        rows.push({ path: formatPath([...path, i]), value: item as Record<string, unknown> });
      walk(item, [...path, i], rows, sources);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'source') sources.push({ path: formatPath(path), value: child as Record<string, unknown> });
      walk(child, [...path, key], rows, sources);
    }
  }
}

function collect() {
  const rows: Found[] = [];
  const sources: Found[] = [];
  walk(etelaSavo, [], rows, sources);
  return { rows, sources };
}

const SEEDS = Object.values(seedDocuments) as string[];

describe('the built-in Etelä-Savo region', () => {
  it('validates against the Region schema', () => {
    const result = z.safeParse(Region, etelaSavo);
    const issues = result.success ? [] : result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    expect(result.success, `Region issues:\n${issues.join('\n')}`).toBe(true);
  });

  it('has no dangling reference', () => {
    const issues = regionReferenceIssues(etelaSavo);
    expect(issues, issues.map((i) => `${i.path}: ${i.message}`).join('\n')).toEqual([]);
  });

  it('gives every row a source that names one of the seed files', () => {
    const { rows } = collect();
    // Guard against the walk silently finding nothing.
    expect(rows.length).toBeGreaterThan(100);
    const bad = rows
      .filter((row) => {
        const source = row.value['source'] as { document?: unknown } | undefined;
        return !source || !SEEDS.includes(String(source.document));
      })
      .map((row) => row.path);
    expect(bad, `rows without a seed source:\n${bad.join('\n')}`).toEqual([]);
  });

  it('names a seed file and a section in every source object, row or not', () => {
    const { sources } = collect();
    const bad = sources
      .filter((s) => !SEEDS.includes(String(s.value['document'])) || typeof s.value['section'] !== 'string')
      .map((s) => s.path || '(region)');
    expect(bad).toEqual([]);
    expect(sources.some((s) => s.path === '')).toBe(true);
    expect(sources.some((s) => s.path === 'county')).toBe(true);
  });

  it('cites each of the four Etelä-Savo seed documents somewhere', () => {
    const cited = new Set(collect().sources.map((s) => s.value['document']));
    for (const seed of [
      '000_a8f13f1475d46feb.txt',
      '001_1f0cfa8de756862d.txt',
      '002_0186ec03f3bf117b.txt',
      '003_f673a2e3f566afa2.txt',
    ]) {
      expect(cited).toContain(seed);
    }
  });

  it('is plain JSON data: it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(etelaSavo))).toEqual(etelaSavo);
  });

  it('names Eloisa as the county, with Essote and Sosteri as predecessors (001 §3, 002)', () => {
    expect(etelaSavo.county).toMatchObject({ id: 'eloisa', shortName: 'Eloisa', predecessors: ['Essote', 'Sosteri'] });
    expect(etelaSavo.county.name.fi).toBe('Etelä-Savon hyvinvointialue');
  });

  it('lists the three digital services of 000 and 002 for their audiences', () => {
    expect(etelaSavo.digitalServices.map((d) => [d.name, d.audience])).toEqual([
      ['Omaperhe.fi', 'families'],
      ['Omahelpperi.fi', 'young-people'],
      ['Ammattilaisenoma.fi', 'professionals'],
    ]);
  });

  it('keeps no phone numbers or e-mail addresses of people (data minimisation)', () => {
    const text = JSON.stringify([etelaSavo.people, etelaSavo.meetingPlaces]);
    expect(text).not.toMatch(/@/);
    expect(text).not.toMatch(/\b0\d{2,3}[ -]?\d{3}/);
    for (const person of etelaSavo.people) {
      expect(person).not.toHaveProperty('workEmail');
      expect(person).not.toHaveProperty('workPhone');
    }
  });
});
