import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { MeetingPlace } from '../../model/meeting-place.js';
import { ValidationError } from '../../validation/parseInput.js';
import { runs } from '../../test/runs.js';
import { ImportIssue } from '../importIssue.js';
import { fixtureChannel, loadFixture } from './fixtures.js';
import { importPtvServiceLocations } from './importPtvServiceLocations.js';
import { ptvIssueCodes } from '../../validation/importIssueCodes.js';

const V11_ID = '00000000-0000-4000-8000-000000000101';
const V12_ID = '00000000-0000-4000-8000-000000000201';

/** The issues about one channel (ids end in a short number). */
function issuesOf(issues: readonly ImportIssue[], idEnd: string): ImportIssue[] {
  return issues.filter((issue) => issue.sourceId.endsWith(idEnd));
}

describe('importPtvServiceLocations', () => {
  it('holds for the documented example', () => {
    const { items, issues } = importPtvServiceLocations(loadFixture('v11-page.json'), { municipality: '491' });
    expect(items[0]!.source.document).toBe('Suomi.fi Palvelutietovaranto (PTV)');
    expect(issues.filter((issue) => issue.skipped).map((issue) => issue.code)).toEqual([
      'not-published',
      'other-municipality',
      'missing-name',
    ]);
  });

  it('maps a full v11 channel', () => {
    const { items, issues } = importPtvServiceLocations(loadFixture('v11-service-location.json'));
    expect(items).toHaveLength(1);
    const place = items[0]!;
    expect(place).toMatchObject({
      id: `ptv-${V11_ID}`,
      name: {
        fi: 'Perheiden kohtaamispaikka Tähtikallio',
        sv: 'Familjernas mötesplats Stjärnberget',
        en: 'Tähtikallio family meeting place',
        se: 'Bearrašiid deaivvadanbáiki Tähtikallio',
      },
      description: {
        fi: 'Avoin kohtaamispaikka lapsiperheille: perhekahvila, vertaistukea ja ohjausta.',
        sv: 'Öppen mötesplats för barnfamiljer: familjecafé, kamratstöd och handledning.',
        en: 'An open meeting place for families with children: family café, peer support and guidance.',
      },
      municipalityCode: '491',
      organiserIds: [],
      premises: {
        description: { fi: 'Sisäänkäynti pihan puolelta, 2. kerros.', sv: 'Ingång från gården, andra våningen.' },
      },
      address: { street: 'Esimerkkikatu 12', postalCode: '50100', postOffice: { fi: 'MIKKELI', sv: 'S:T MICHEL' } },
      audiences: ['families'],
      offerings: ['open-activity'],
      languages: ['fi', 'sv', 'en'],
      accessibility: [],
      contacts: [{ role: 'contact-person', workPhone: '+358 400000101', workEmail: 'tahtikallio@example.org' }],
      web: 'https://example.org/tahtikallio',
      example: false,
    });
    expect(place.coordinates!.lat).toBeCloseTo(61.6886, 6);
    expect(place.coordinates!.lon).toBeCloseTo(27.2728, 6);
    expect(place.activities).toHaveLength(4);
    expect(place.exceptions).toHaveLength(21 + 3 + 1);
    expect(place.source).toEqual({
      document: 'Suomi.fi Palvelutietovaranto (PTV)',
      section: `ServiceLocation channel ${V11_ID} (v11), modified 2026-03-02T08:15:00.000Z`,
      url: `https://api.palvelutietovaranto.suomi.fi/api/v11/ServiceChannel/${V11_ID}`,
      assumption: expect.stringMatching(/importer defaults/),
    });
    expect(z.safeParse(MeetingPlace, place).success).toBe(true);
    expect(issues.every((issue) => issue.sourceId === V11_ID && !issue.skipped)).toBe(true);
  });

  it('reports what the full v11 channel cannot carry, each at its source path', () => {
    const { issues } = importPtvServiceLocations(loadFixture('v11-service-location.json'));
    const at = (field: string) => issues.filter((issue) => issue.field === field).map((issue) => issue.code);
    expect(at('serviceChannelNames[3]')).toEqual(['unmapped-field']); // AlternativeName
    expect(at('serviceChannelNames[4]')).toEqual([]); // Northern Sámi, carried
    expect(at('serviceChannelDescriptions[1]')).toEqual(['unmapped-field']); // Summary
    expect(at('addresses[1]')).toEqual(['unmapped-field']); // postal address
    expect(at('addresses[0].entrances[0].accessibilitySentences')).toEqual(['unmapped-field']);
    expect(at('serviceHours[4].openingHour[0]')).toEqual(['over-midnight']);
    expect(at('phoneNumbers[2].type')).toEqual(['unmapped-field']); // fax
    expect(at('services')).toEqual(['unmapped-field']);
    expect(at('areas')).toEqual(['unmapped-field']);
    expect(at('organizationId')).toEqual(['defaulted']);
    expect(at('MeetingPlace.audiences')).toEqual(['defaulted']);
    expect(at('MeetingPlace.offerings')).toEqual(['defaulted']);
  });

  it('maps a v12 channel, with holiday hours dated in the chosen years', () => {
    const { items, issues } = importPtvServiceLocations(loadFixture('v12-service-location.json'), {
      holidayYears: [2026],
    });
    const place = items[0]!;
    expect(place.source.section).toContain('(v12)');
    expect(place.source.url).toContain('/api/v12/');
    expect(place.name).toEqual({
      fi: 'Rantasalmen perheiden kohtaamispaikka',
      sv: 'Familjernas mötesplats i Rantasalmi',
      se: 'Rantasalmi bearrašiid deaivvadanbáiki',
      smn: 'Rantasalmi perruuh čuákkimsaje',
      sms: 'Rantasalmi perrai vuõiggâdvuõttsââʹjj',
    });
    expect(place.activities.map((a) => [a.weekday, a.weeks])).toEqual([
      [2, 'odd'],
      [5, undefined],
    ]);
    expect(place.exceptions).toEqual([
      { date: '2026-06-19', closed: true, note: { fi: 'Suljettu juhannusaattona.' } },
      { date: '2026-12-24', closed: false, start: '09:00', end: '11:00' },
    ]);
    const languageCodes = ['unsupported-language', 'language-not-selected', 'missing-national-language'];
    expect(issues.filter((issue) => languageCodes.includes(issue.code))).toEqual([]);
  });

  it('reads a paged response: skips, reports and imports item by item', () => {
    const { items, issues } = importPtvServiceLocations(loadFixture('v11-page.json'));
    expect(items.map((place) => place.name)).toEqual([
      { sv: 'Familjecaféet Exempelviken' },
      { fi: 'Esimerkkikylän perhekerho' },
      { fi: 'Juvan perheiden olohuone' },
      { fi: 'Nuorten ja perheiden iltapaikka' },
    ]);
    expect(issues.filter((issue) => issue.code === 'more-pages')).toEqual([
      expect.objectContaining({ sourceId: '(input)', field: 'pageCount', skipped: false }),
    ]);
    // The channel with neither a Finnish nor a Swedish name carries its skip reason alone.
    expect(issuesOf(issues, '0116')).toEqual([
      expect.objectContaining({ code: 'missing-name', field: 'serviceChannelNames', skipped: true }),
    ]);
    expect(issuesOf(issues, '0116')[0]!.message).toContain('Family corner Exampleton');
    expect(issuesOf(issues, '0113').map((issue) => issue.code)).toEqual(['not-published']);
    expect(issuesOf(issues, '0112').map((issue) => issue.code)).toContain('coordinates-not-ok');
    expect(items[1]!.coordinates).toBeUndefined();
  });

  it('keeps only the chosen municipality’s channels, reporting each other one once', () => {
    const { items, issues } = importPtvServiceLocations(loadFixture('v11-page.json'), { municipality: '491' });
    expect(items.map((place) => place.municipalityCode)).toEqual(['491', '491', '491']);
    expect(issuesOf(issues, '0114')).toEqual([
      expect.objectContaining({ code: 'other-municipality', skipped: true, message: expect.stringContaining('178') }),
    ]);
  });

  it('reads a v12 paged response', () => {
    const { items, issues } = importPtvServiceLocations(loadFixture('v12-page.json'));
    expect(items.map((place) => place.activities[0]?.weeks)).toEqual(['even']);
    expect(items[0]!.name).toEqual({ fi: 'Kirkonkylän perhekahvila', en: 'Village family café' });
    expect(items[0]!.description).toEqual({ fi: 'Perhekahvila kirkonkylän seurakuntatalolla.' });
    expect(issuesOf(issues, '0211').filter((issue) => issue.code === 'unsupported-language')).toEqual([
      expect.objectContaining({ field: 'serviceChannelDescriptions.ru', value: 'ru', skipped: false }),
    ]);
    expect(issuesOf(issues, '0212').map((issue) => issue.code)).toEqual(['not-published']);
    expect(issues.some((issue) => issue.code === 'more-pages')).toBe(false);
  });

  it('takes an array of channels of both versions', () => {
    const input = [fixtureChannel('v11-service-location.json'), fixtureChannel('v12-service-location.json')];
    const { items } = importPtvServiceLocations(input);
    expect(items.map((place) => place.id)).toEqual([`ptv-${V11_ID}`, `ptv-${V12_ID}`]);
    expect(items.map((place) => place.source.section?.match(/\((v1\d)\)/)?.[1])).toEqual(['v11', 'v12']);
  });

  it('imports a channel once, reporting repeats', () => {
    const channel = fixtureChannel('v12-service-location.json');
    const { items, issues } = importPtvServiceLocations([channel, structuredClone(channel)]);
    expect(items).toHaveLength(1);
    expect(issues.filter((issue) => issue.code === 'duplicate-id')).toEqual([
      expect.objectContaining({ sourceId: V12_ID, skipped: true }),
    ]);
  });

  it('reports items that are not channels and channels that are not service locations', () => {
    const echannel = { ...fixtureChannel('v12-service-location.json'), serviceChannelType: 'EChannel' };
    const { items, issues } = importPtvServiceLocations({ itemList: [42, { name: 'no id' }, { id: '' }, echannel] });
    expect(items).toEqual([]);
    expect(issues.map((issue) => [issue.sourceId, issue.code, issue.skipped])).toEqual([
      ['itemList[0]', 'invalid-record', true],
      ['itemList[1]', 'invalid-record', true],
      ['itemList[2]', 'invalid-record', true],
      [V12_ID, 'not-service-location', true],
    ]);
  });

  it('carries only the chosen languages and reports the rest', () => {
    const { items, issues } = importPtvServiceLocations(loadFixture('v11-service-location.json'), {
      languages: ['fi'],
    });
    expect(items[0]!.name).toEqual({ fi: 'Perheiden kohtaamispaikka Tähtikallio' });
    const notSelected = issues.filter((issue) => issue.code === 'language-not-selected');
    expect(notSelected.map((issue) => issue.field)).toEqual(
      expect.arrayContaining(['serviceChannelNames[1]', 'serviceChannelNames[2]', 'serviceChannelNames[4]']),
    );
    expect(notSelected.find((issue) => issue.field === 'serviceChannelNames[4]')?.value).toBe('se');
  });

  it('carries Swedish and a Sámi language without Finnish when the options choose them', () => {
    const { items } = importPtvServiceLocations(loadFixture('v12-service-location.json'), { languages: ['sv', 'smn'] });
    expect(items[0]!.name).toEqual({
      sv: 'Familjernas mötesplats i Rantasalmi',
      smn: 'Rantasalmi perruuh čuákkimsaje',
    });
  });

  it('skips a channel whose only national-language name the options leave out, and says so', () => {
    const { items, issues } = importPtvServiceLocations(fixtureChannel('v11-page.json', 0), { languages: ['fi'] });
    expect(items).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ code: 'missing-name', skipped: true })]);
    expect(issues[0]!.message).toMatch(/^No Finnish or Swedish name among the languages options\.languages selects/);
  });

  it('uses the single service area when the address names no municipality', () => {
    const channel = fixtureChannel('v11-service-location.json');
    const address = (channel['addresses'] as Array<Record<string, Record<string, unknown>>>)[0]!;
    address['streetAddress']!['municipality'] = null;
    const { items, issues } = importPtvServiceLocations(channel);
    expect(items[0]!.municipalityCode).toBe('491');
    expect(issues.find((issue) => issue.code === 'municipality-from-area')?.field).toBe('areas');
  });

  it('skips a channel with no municipality at all, keeping the issues that say why', () => {
    const channel = fixtureChannel('v12-page.json');
    channel['addresses'] = [];
    const { items, issues } = importPtvServiceLocations(channel);
    expect(items).toEqual([]);
    expect(issues.map((issue) => issue.code)).toEqual(['coordinates-missing', 'missing-municipality']);
    expect(issues.at(-1)!.skipped).toBe(true);
  });

  it('reports unknown fields of the channel and of a paged response', () => {
    const channel = { ...fixtureChannel('v12-service-location.json'), futureField: 'x' };
    const { issues } = importPtvServiceLocations({ itemList: [channel], nextPage: 'abc' });
    expect(
      issues.filter((issue) => issue.code === 'unknown-field').map((issue) => [issue.sourceId, issue.field]),
    ).toEqual([
      ['(input)', 'nextPage'],
      [V12_ID, 'futureField'],
    ]);
  });

  it('throws a ValidationError for input of no PTV shape and for invalid options', () => {
    for (const bad of [null, undefined, 'x', 42, {}, { id: 'x' }, { itemList: 'x' }]) {
      expect(() => importPtvServiceLocations(bad), JSON.stringify(bad)).toThrow(ValidationError);
    }
    const page = loadFixture('v11-page.json');
    expect(() => importPtvServiceLocations(page, { municipality: 'Mikkeli' })).toThrow(/options\.municipality/);
    expect(() => importPtvServiceLocations(page, { languages: ['en', 'se'] })).toThrow(/Must include fi or sv/);
    expect(() => importPtvServiceLocations(page, { languages: [] })).toThrow(/Must include fi or sv/);
    expect(() => importPtvServiceLocations(page, { languages: ['ru'] } as never)).toThrow(ValidationError);
    expect(() => importPtvServiceLocations(page, { holidayYears: [26] })).toThrow(ValidationError);
    expect(() => importPtvServiceLocations(page, { colour: 'red' } as never)).toThrow(ValidationError);
  });

  it('returns an empty result for an empty list', () => {
    expect(importPtvServiceLocations([])).toEqual({ items: [], issues: [] });
  });
});

/** A v12 channel that differs from the fixture only in its names. */
function v12Named(names: Record<string, string>): Record<string, unknown> {
  return { ...fixtureChannel('v12-service-location.json'), serviceChannelNames: names };
}

describe('importPtvServiceLocations: Finland’s languages', () => {
  it('imports a Swedish-only channel with a Swedish name, address and hours', () => {
    const { items, issues } = importPtvServiceLocations(fixtureChannel('v11-page.json', 0));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 'ptv-00000000-0000-4000-8000-000000000111',
      name: { sv: 'Familjecaféet Exempelviken' },
      address: { street: 'Exempelvägen 4', postalCode: '50100', postOffice: { sv: 'S:T MICHEL' } },
      languages: ['sv'],
    });
    expect(issues.filter((issue) => issue.skipped)).toEqual([]);
    expect(issues.some((issue) => issue.code === 'incomplete-address')).toBe(false);
  });

  it('keeps a Northern Sámi name beside the Finnish one', () => {
    const { items, issues } = importPtvServiceLocations(
      v12Named({ fi: 'Anárin perhepaikka', se: 'Anára bearašbáiki' }),
    );
    expect(items[0]!.name).toEqual({ fi: 'Anárin perhepaikka', se: 'Anára bearašbáiki' });
    expect(issues.filter((issue) => issue.field.startsWith('serviceChannelNames'))).toEqual([]);
  });

  it('keeps a Swedish name with Sámi ones and no Finnish', () => {
    const { items } = importPtvServiceLocations(v12Named({ sv: 'Familjeplatsen', smn: 'Perrui saje' }));
    expect(items[0]!.name).toEqual({ sv: 'Familjeplatsen', smn: 'Perrui saje' });
  });

  it('skips a channel with only an English (or Sámi) name, as missing-name, its only issue', () => {
    const cases: Record<string, string>[] = [
      { en: 'Family place' },
      { se: 'Bearašbáiki', en: 'Family place', ru: 'Семья' },
    ];
    for (const names of cases) {
      const { items, issues } = importPtvServiceLocations(v12Named(names));
      expect(items, JSON.stringify(names)).toEqual([]);
      expect(issues).toEqual([
        expect.objectContaining({ field: 'serviceChannelNames', code: 'missing-name', skipped: true }),
      ]);
      expect(issues[0]!.message).toContain('Family place');
    }
  });

  it('leaves out a description in English only, and says so', () => {
    const channel = { ...v12Named({ fi: 'Perhepaikka' }), serviceChannelDescriptions: { en: 'In English only' } };
    const { items, issues } = importPtvServiceLocations(channel);
    expect(items[0]!.description).toBeUndefined();
    expect(issues.filter((issue) => issue.code === 'missing-national-language')).toEqual([
      expect.objectContaining({ field: 'serviceChannelDescriptions.en', skipped: false }),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: whatever the items hold, the importer returns (rows that pass the schema, issues that
// pass theirs) instead of throwing; only a top-level input of no PTV shape throws, and then a
// ValidationError.

/** Every path to a value inside a JSON value, as key lists. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

/** Sets the value at a path, unless an earlier edit has removed the path. */
function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string | number, unknown>)[key];
  }
  const last = path.at(-1);
  if (last !== undefined && node !== null && typeof node === 'object') {
    (node as Record<string | number, unknown>)[last] = value;
  }
}

/** Checks the result's invariants, one assertion each (an expect per row would cost more than the import). */
function checkResult(result: { items: unknown[]; issues: unknown[] }): void {
  expect(result.items.filter((item) => !z.safeParse(MeetingPlace, item).success)).toEqual([]);
  expect(
    result.issues.filter(
      (issue) =>
        !z.safeParse(ImportIssue, issue).success ||
        !(ptvIssueCodes as readonly string[]).includes((issue as ImportIssue).code),
    ),
  ).toEqual([]);
  const ids = result.items.map((item) => (item as MeetingPlace).id);
  expect(new Set(ids).size).toBe(ids.length);
}

/** Values of every kind, nested a few levels and a few keys wide: the shapes matter here, not the bulk. */
const anyValue = fc.anything({ maxDepth: 3, maxKeys: 5 });

const FIXTURES = ['v11-service-location.json', 'v11-page.json', 'v12-service-location.json', 'v12-page.json'];

describe('importPtvServiceLocations: properties', () => {
  it('never throws for any items in a list or a page', () => {
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 5 }), fc.boolean(), (list, paged) => {
        checkResult(importPtvServiceLocations(paged ? { itemList: list } : list));
      }),
      { numRuns: runs(300) },
    );
  });

  it('never throws when any fields of real-shaped channels are replaced by anything', () => {
    const fixtureIndex = fc.integer({ min: 0, max: FIXTURES.length - 1 });
    const edits = fc.array(fc.tuple(fc.nat(), fc.oneof(anyValue, fc.string({ unit: 'binary' }), fc.constant(null))), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(fixtureIndex, edits, fc.boolean(), (index, changes, wrap) => {
        const data = loadFixture(FIXTURES[index]!);
        const all = paths(data).filter((path) => path.length > 0 && !(path.length === 1 && path[0] === 'itemList'));
        for (const [pick, value] of changes) setAt(data, all[pick % all.length]!, value);
        let result: ReturnType<typeof importPtvServiceLocations> | undefined;
        try {
          result = importPtvServiceLocations(wrap ? [data] : data);
        } catch (error) {
          // Only a top-level value that no longer has a PTV shape may throw, and only a ValidationError.
          expect(wrap).toBe(false);
          expect(error).toBeInstanceOf(ValidationError);
          return;
        }
        checkResult(result);
      }),
      { numRuns: runs(400) },
    );
  });

  it('throws nothing but a ValidationError for any top-level value', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        try {
          checkResult(importPtvServiceLocations(value));
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('imports every channel of a page or reports it as skipped', () => {
    fc.assert(
      fc.property(fc.subarray(['v11-page.json', 'v12-page.json']), (names) => {
        const itemList = names.flatMap((name) => loadFixture(name)['itemList'] as unknown[]);
        const { items, issues } = importPtvServiceLocations({ itemList });
        const skipped = new Set(issues.filter((issue) => issue.skipped).map((issue) => issue.sourceId));
        expect(items.length + skipped.size).toBe(itemList.length);
      }),
    );
  });
});
