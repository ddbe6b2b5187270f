import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Region } from '../model/region.js';
import { regionReferenceIssues } from '../rules/regionReferenceIssues.js';
import { migrateRegion } from './migrateRegion.js';

/** The Etelä-Savo region as a JSON file in the format before Finland's languages and vocabularies. */
const earlierFormat = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('../model/fixtures/etela-savo-2026-12-03.json', import.meta.url), 'utf8'));

describe('migrateRegion', () => {
  it('keeps a file of the earlier format valid as it is: it parses and every reference resolves', () => {
    const parsed = z.safeParse(Region, earlierFormat());
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(regionReferenceIssues(parsed.data as Region)).toEqual([]);
  });

  it('rewrites every noticeDeadline into a year-end termination rule and says where', () => {
    const file = earlierFormat();
    const { region, changes } = migrateRegion(file);
    const agreements = (region as { agreements: Record<string, unknown>[] }).agreements;
    expect(changes.map((c) => c.path)).toEqual(agreements.map((_, i) => `agreements[${i}].noticeDeadline`));
    expect(changes.every((c) => c.code === 'notice-deadline-to-termination')).toBe(true);
    for (const agreement of agreements) {
      expect(agreement['termination']).toEqual({ kind: 'year-end', deadline: '06-30' });
      expect(agreement).not.toHaveProperty('noticeDeadline');
    }
    // The field keeps its place among the others, and the input is not touched.
    const keys = Object.keys(agreements[0]!);
    expect(keys.indexOf('termination')).toBe(
      Object.keys((file['agreements'] as Record<string, unknown>[])[0]!).indexOf('noticeDeadline'),
    );
    expect((file['agreements'] as Record<string, unknown>[])[0]).toHaveProperty('noticeDeadline');
    const migrated = z.safeParse(Region, region);
    expect(migrated.success).toBe(true);
  });

  it('changes nothing in a current file, and runs twice to the same result', () => {
    const once = migrateRegion(earlierFormat()).region;
    const twice = migrateRegion(once);
    expect(twice.changes).toEqual([]);
    expect(twice.region).toEqual(once);
  });

  it('copies what it does not understand', () => {
    expect(migrateRegion('not a region')).toEqual({ region: 'not a region', changes: [] });
    expect(migrateRegion({ agreements: [42, { noticeDeadline: '06-30', termination: 'x' }] }).changes).toEqual([]);
  });
});
