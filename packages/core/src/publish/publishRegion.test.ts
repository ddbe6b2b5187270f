import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CalendarEntryList } from '../calendar/calendarEntry.js';
import { etelaSavo } from '../etela-savo.js';
import { runs } from '../test/runs.js';
import { ValidationError } from '../validation/parseInput.js';
import { publishedFileSchema } from './publishedFileSchema.js';
import { PublishedPlaces, PublishManifest } from './publishedSchemas.js';
import { type PublishedFileData, publishRegion } from './publishRegion.js';

/** The invented bilingual county of the docs and tests (examples/pohjanmaa, example data). */
const pohjanmaa = () =>
  JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8'));

const OPTIONS = {
  now: new Date('2026-03-01T10:00:00.250Z'),
  sourceName: 'region.json',
  sourceSha256: '0123456789abcdef'.repeat(4),
  libraryVersion: '1.2.3',
};

/** The bytes a site serves, as the CLI writes them. */
const bytes = (files: readonly PublishedFileData[]) =>
  files.map((f) => `${f.path}\n${JSON.stringify(f.data, null, 2)}\n`).join('');

/** Every key anywhere in a JSON value. */
function keysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      found.add(key);
      keysIn(item, found);
    }
  }
  return found;
}

const manifestOf = (files: readonly PublishedFileData[]) => z.parse(PublishManifest, files[0]!.data);
const fileAt = (files: readonly PublishedFileData[], path: string) => files.find((f) => f.path === path)?.data;

describe('publishRegion', () => {
  it('publishes the Etelä-Savo region: a manifest listing every other file, each valid against its schema', () => {
    const { files } = publishRegion(etelaSavo, OPTIONS);
    expect(files[0]!.path).toBe('index.json');
    const manifest = manifestOf(files);
    expect(manifest).toMatchObject({
      format: 'perhekeskus-published',
      formatVersion: 1,
      region: { id: 'etela-savo' },
      example: false,
      publishedAt: '2026-03-01T10:00:00Z',
      sourceFile: { name: 'region.json', sha256: OPTIONS.sourceSha256 },
      libraryVersion: '1.2.3',
      years: [2026, 2027],
    });
    expect(manifest.files.map((f) => f.path)).toEqual(files.slice(1).map((f) => f.path));
    const withCadence = etelaSavo.groups.filter((g) => g.cadence !== undefined).map((g) => `groups/${g.id}.json`);
    expect(manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'calendar/2026.json',
        'calendar/2027.json',
        'places.json',
        'evaluation.json',
        'agreements.json',
        ...withCadence,
      ]),
    );
    expect(manifest.files.filter((f) => f.kind === 'year-clock')).toHaveLength(etelaSavo.yearClocks.length);
    for (const listed of manifest.files) {
      const data = fileAt(files, listed.path);
      // The HTML fragments and their stylesheet are text, tested below.
      if (listed.kind === 'html-fragment' || listed.kind === 'stylesheet') continue;
      expect(z.safeParse(publishedFileSchema(listed.kind).schema, data).success, listed.path).toBe(true);
      expect((data as { $schema: string }).$schema).toBe(listed.schema);
    }
  });

  it('counts what each file holds and names the groups and year clocks', () => {
    const { files } = publishRegion(etelaSavo, OPTIONS);
    for (const listed of manifestOf(files).files) {
      const data = fileAt(files, listed.path) as Record<string, unknown[]>;
      if (listed.kind === 'places') expect(listed.count).toBe(data['places']!.length);
      if (listed.kind.endsWith('calendar')) {
        expect(listed.count).toBe(data['entries']!.length);
      }
      if (listed.kind === 'group-calendar') {
        expect(listed.name).toEqual(etelaSavo.groups.find((g) => g.id === listed.id)?.name);
      }
    }
    const steering = manifestOf(files).files.find((f) => f.id === 'steering-group');
    expect(steering?.count).toBeGreaterThan(12);
  });

  it('publishes every group’s meetings of each year in one calendar/<year>.json too, as the group files hold them', () => {
    const { files } = publishRegion(etelaSavo, OPTIONS);
    const manifest = manifestOf(files);
    const groupFiles = manifest.files.filter((f) => f.kind === 'group-calendar');
    const yearFiles = manifest.files.filter((f) => f.kind === 'region-calendar');
    const schema = 'https://perhekeskus.dev/schema/calendar-entries.json';
    expect(yearFiles).toEqual([
      { path: 'calendar/2026.json', kind: 'region-calendar', schema, count: expect.any(Number), years: [2026] },
      { path: 'calendar/2027.json', kind: 'region-calendar', schema, count: expect.any(Number), years: [2027] },
    ]);
    const entries = (path: string) => z.parse(CalendarEntryList, fileAt(files, path)).entries;
    // Group after group in the region's order (the manifest lists files by path), each year's meetings.
    const order = etelaSavo.groups.map((g) => `groups/${g.id}.json`).filter((path) => fileAt(files, path));
    for (const { path, years, count } of yearFiles) {
      const year = String(years![0]);
      expect(entries(path)).toEqual(order.flatMap(entries).filter((e) => e.start.startsWith(year)));
      expect(count).toBe(entries(path).length);
    }
    expect(yearFiles.reduce((sum, f) => sum + f.count, 0)).toBe(groupFiles.reduce((sum, f) => sum + f.count, 0));
  });

  it('keeps no source, assumption, premises or evaluations anywhere, and no contact’s party', () => {
    for (const region of [etelaSavo, pohjanmaa()]) {
      const files = publishRegion(region, OPTIONS).files;
      const keys = keysIn(files.map((f) => f.data));
      for (const key of ['source', 'assumption', 'premises', 'evaluations', 'summary', 'signatoryName'])
        expect(keys.has(key), key).toBe(false);
      // Decisions and signatures in agreements.json say whose they are; a place's contact does not.
      const others = keysIn(files.filter((f) => f.path !== 'agreements.json').map((f) => f.data));
      expect(others.has('partyId')).toBe(false);
    }
  });

  it('publishes the Pohjanmaa example: Swedish-only names, codes as municipalities, everything marked example', () => {
    const { files } = publishRegion(pohjanmaa(), OPTIONS);
    expect(manifestOf(files).example).toBe(true);
    const places = z.parse(PublishedPlaces, fileAt(files, 'places.json'));
    expect(places.places.every((p) => p.example === true)).toBe(true);
    expect(places.places.find((p) => p.id === 'narpes-familjetraff')?.name).toEqual({ sv: 'Familjeträffen i Närpes' });
    // Närpes is given by its code: its names come from the national reference data.
    expect(places.municipalities.find((m) => m.code === '545')).toEqual({
      code: '545',
      name: { fi: 'Närpiö', sv: 'Närpes' },
    });
    // Vaasa is a full row in the file: its own names and centre.
    expect(places.municipalities.find((m) => m.code === '905')).toMatchObject({ name: { sv: 'Vasa' }, centre: {} });
    expect(places.organisers.map((o) => o.id)).toEqual([...places.organisers.map((o) => o.id)].sort());
    expect(places.organisers.some((o) => o.name.fi === undefined && o.name.sv !== undefined)).toBe(true);
    for (const listed of manifestOf(files).files.filter((f) => f.kind.endsWith('calendar'))) {
      const list = z.parse(CalendarEntryList, fileAt(files, listed.path));
      expect(
        list.entries.every((e) => e.example === true),
        listed.path,
      ).toBe(true);
    }
  });

  it('covers the given years, or this year and next in Helsinki', () => {
    const late = publishRegion(etelaSavo, { ...OPTIONS, now: new Date('2026-12-31T22:30:00Z') });
    expect(manifestOf(late.files).years).toEqual([2027, 2028]);
    const chosen = publishRegion(etelaSavo, { ...OPTIONS, years: [2029, 2027, 2029] });
    expect(manifestOf(chosen.files).years).toEqual([2027, 2029]);
    const steering = z.parse(CalendarEntryList, fileAt(chosen.files, 'groups/steering-group.json'));
    expect(new Set(steering.entries.map((e) => e.start.slice(0, 4)))).toEqual(new Set(['2027', '2029']));
  });

  it('refuses a region whose references are broken, naming the path and the code', () => {
    const region = pohjanmaa();
    region.meetingPlaces[0].organiserIds.push('nobody');
    const error = (() => {
      try {
        publishRegion(region, OPTIONS);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    const issue = (error as ValidationError).issues[0]!;
    expect(issue.path).toEqual(['meetingPlaces', 0, 'organiserIds', 2]);
    expect((issue as { params?: { rule?: string } }).params?.rule).toBe('unknown-reference');
  });

  it('refuses invalid options', () => {
    expect(() => publishRegion(etelaSavo, { ...OPTIONS, sourceSha256: 'abc' })).toThrow(/options\.sourceSha256/);
    expect(() => publishRegion(etelaSavo, { ...OPTIONS, years: [] })).toThrow(/options\.years/);
  });

  it('is deterministic and every file re-validates, over variations of the example region (property)', () => {
    const base = pohjanmaa();
    const variation = fc.record({
      // Reordering the written keys must not change a byte: files follow their schemas' key order.
      reverseKeys: fc.boolean(),
      places: fc.subarray(base.meetingPlaces.map((_: unknown, i: number) => i) as number[]),
      withoutCadence: fc.subarray(base.groups.map((_: unknown, i: number) => i) as number[]),
      example: fc.boolean(),
      years: fc.uniqueArray(fc.integer({ min: 2024, max: 2032 }), { minLength: 1, maxLength: 3 }),
      now: fc.date({
        min: new Date('2024-01-01T00:00:00Z'),
        max: new Date('2032-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
    });
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    fc.assert(
      fc.property(variation, (v) => {
        const region = structuredClone(base);
        region.meetingPlaces = v.places.map((i) => base.meetingPlaces[i]);
        // Groups are referred to from everywhere: vary which of them have a cadence (and so a file).
        for (const i of v.withoutCadence) delete region.groups[i].cadence;
        region.example = v.example;
        const options = { ...OPTIONS, now: v.now, years: v.years };
        const first = publishRegion(region, options).files;
        const again = publishRegion(
          v.reverseKeys ? (reversed(region) as typeof region) : structuredClone(region),
          options,
        ).files;
        expect(bytes(again)).toBe(bytes(first));
        // calendar/<year>.json, every group's meetings, comes for each year exactly when some group has a calendar.
        const listed = manifestOf(first).files;
        const yearFiles = listed.filter((f) => f.kind === 'region-calendar').map((f) => f.years);
        const hasGroups = listed.some((f) => f.kind === 'group-calendar');
        expect(yearFiles).toEqual(hasGroups ? [...new Set(v.years)].sort().map((year) => [year]) : []);
        for (const listed of manifestOf(first).files) {
          if (listed.kind === 'html-fragment' || listed.kind === 'stylesheet') continue;
          const data = JSON.parse(JSON.stringify(fileAt(first, listed.path)));
          expect(z.safeParse(publishedFileSchema(listed.kind).schema, data).success).toBe(true);
        }
      }),
      { numRuns: runs(15) },
    );
  });
});

describe('publishRegion: HTML fragments', () => {
  it('writes the places, the meetings and each year clock in fi, sv and en, and the stylesheet, listed in the manifest', () => {
    const { files } = publishRegion(etelaSavo, OPTIONS);
    const fragments = manifestOf(files).files.filter((f) => f.kind === 'html-fragment' || f.kind === 'stylesheet');
    const expected = ['fi', 'sv', 'en'].flatMap((lang) => [
      `html/${lang}/meetings.html`,
      `html/${lang}/places.html`,
      ...etelaSavo.yearClocks.map((c) => `html/${lang}/year-clock-${c.id}.html`),
    ]);
    expect(fragments.map((f) => f.path).sort()).toEqual([...expected, 'html/perhekeskus-fragments.css'].sort());
    for (const listed of fragments) {
      const text = fileAt(files, listed.path);
      expect(typeof text, listed.path).toBe('string');
      expect(listed.schema).toBeUndefined();
      if (listed.kind === 'html-fragment') {
        expect(text as string).toMatch(new RegExp(`^<section class="pk-fragment [a-z-]+" lang="${listed.language}">`));
      }
    }
    const places = manifestOf(files).files.find((f) => f.path === 'html/fi/places.html');
    expect(places).toMatchObject({ kind: 'html-fragment', language: 'fi', count: etelaSavo.meetingPlaces.length });
    expect(fileAt(files, 'html/sv/places.html')).toContain('<h2>Mötesplatser</h2>');
    // The coming meetings are those after the moment of publishing.
    expect(fileAt(files, 'html/fi/meetings.html')).toContain('<time datetime="2026-03-');
  });

  it('leaves the fragments out when asked', () => {
    const { files } = publishRegion(etelaSavo, { ...OPTIONS, fragments: false });
    expect(files.some((f) => f.path.startsWith('html/'))).toBe(false);
    expect(manifestOf(files).files.some((f) => f.path.startsWith('html/'))).toBe(false);
  });
});
