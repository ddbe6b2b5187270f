import { readFileSync } from 'node:fs';
import { type PublishManifest, publishRegion } from '@perhekeskus/core';
import { describe, expect, it } from 'vitest';
import {
  buildSnippet,
  changedColours,
  checkTheme,
  countyChoices,
  type DataResult,
  dataIndexUrl,
  type EmbedChoice,
  embedScriptUrl,
  escapeAttribute,
  type FetchLike,
  loadCounty,
  parseManifest,
  parsePlacesMunicipalities,
  THEME_TOKENS,
  widgetElement,
} from './embedConfig.js';

const BASE = 'https://kunta.example/data/pohjanmaa/';
const INDEX = `${BASE}index.json`;

/** The example county published in memory, as `perhekeskus publish` writes it, by path. */
function publishedPohjanmaa(): Map<string, unknown> {
  const region: unknown = JSON.parse(
    readFileSync(new URL('../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8'),
  );
  const { files } = publishRegion(region as Parameters<typeof publishRegion>[0], {
    now: new Date('2026-11-25T10:00:00Z'),
    sourceName: 'region.json',
    sourceSha256: '0'.repeat(64),
    libraryVersion: '0.0.0',
  });
  return new Map(files.map((f) => [f.path, f.data]));
}

/** A fetch over files by address: JSON values are served as JSON, strings as they are; the rest is 404. */
function fakeFetch(files: Readonly<Record<string, unknown>>, requested: string[] = []): FetchLike {
  return async (url) => {
    requested.push(url);
    if (!(url in files)) return { ok: false, status: 404, text: async () => '<!doctype html><p>Not found</p>' };
    const body = files[url];
    if (body instanceof Error) throw body;
    if (typeof body === 'number') return { ok: false, status: body, text: async () => '' };
    return { ok: true, status: 200, text: async () => (typeof body === 'string' ? body : JSON.stringify(body)) };
  };
}

/** The published Pohjanmaa folder served at BASE. */
function pohjanmaaAt(base = BASE): Record<string, unknown> {
  return Object.fromEntries([...publishedPohjanmaa()].map(([path, data]) => [`${base}${path}`, data]));
}

function choice(overrides: Partial<EmbedChoice> = {}): EmbedChoice {
  return {
    widget: 'finder',
    lang: 'fi',
    src: INDEX,
    municipality: '',
    groups: [],
    clock: '',
    theme: {},
    scriptUrl: 'https://www.kunta.example/perhekeskus/embed/perhekeskus.js',
    ...overrides,
  };
}

const defaults = Object.fromEntries(THEME_TOKENS.map((t) => [t.property, t.defaultValue]));

/** The element line of a snippet, parsed back: its tag and attribute values with the character references decoded. */
function parseElementLine(snippet: string): { tag: string; attributes: [string, string][] } {
  const line = snippet.trimEnd().split('\n').at(-1)!;
  const match = /^<(pk-[a-z-]+)((?: [a-z-]+="[^"<>]*")*)><\/\1>$/.exec(line);
  if (!match) throw new Error(`Not one well-formed element: ${line}`);
  const decode = (v: string) =>
    v.replace(/&(quot|#39|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', '#39': "'", lt: '<', gt: '>', amp: '&' })[e]!);
  const attributes = [...match[2]!.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((m): [string, string] => [
    m[1]!,
    decode(m[2]!),
  ]);
  return { tag: match[1]!, attributes };
}

describe('checkTheme', () => {
  it('passes the widgets own default colours for every widget', () => {
    for (const widget of ['finder', 'calendar', 'year-clock'] as const) {
      expect(checkTheme(defaults, widget).filter((c) => !c.passes)).toEqual([]);
    }
  });

  it('fails a light accent as link text and under white button text, naming both colours and the ratio', () => {
    const failures = checkTheme({ '--pk-accent': '#7fb2d0' }, 'finder').filter((c) => !c.passes);
    expect(failures.map((c) => `${c.foreground.property} on ${c.background.property}`)).toEqual([
      '--pk-accent on --pk-surface',
      '--pk-accent on --pk-surface-alt',
      '--pk-accent-text on --pk-accent',
    ]);
    expect(failures.map((c) => c.use)).toEqual(['links', 'form-links', 'button-text']);
    expect(failures[0]!.foreground.value).toBe('#7fb2d0');
    expect(failures[0]!.ratio).toBeLessThan(4.5);
    expect(failures[0]!.min).toBe(4.5);
  });

  it('fails grey #777777 text on white at 4.48:1', () => {
    const [text] = checkTheme({ '--pk-text': '#777777' }, 'calendar').filter((c) => !c.passes);
    expect(text!.foreground.property).toBe('--pk-text');
    expect(text!.ratio).toBeCloseTo(4.48, 2);
  });

  it('asks only 3:1 of borders and the focus ring', () => {
    const checks = checkTheme({ '--pk-border': '#949494' }, 'finder');
    const border = checks.find((c) => c.foreground.property === '--pk-border')!;
    expect(border.min).toBe(3);
    expect(border.passes).toBe(true);
  });

  it('checks the holiday colour only for the calendar and the rings only for the year clock', () => {
    const dark = { '--pk-surface': '#1b1b1b', '--pk-text': '#ffffff' };
    const props = (widget: 'finder' | 'calendar' | 'year-clock') =>
      checkTheme(dark, widget).map((c) => c.foreground.property);
    expect(props('calendar')).toContain('--pk-holiday-text');
    expect(props('finder')).not.toContain('--pk-holiday-text');
    expect(props('year-clock')).toContain('--pk-ring-1');
    expect(props('calendar')).not.toContain('--pk-ring-1');
  });

  it('marks the colours the form cannot change', () => {
    const holiday = checkTheme(defaults, 'calendar').find((c) => c.foreground.property === '--pk-holiday-text')!;
    expect(holiday.foreground).toEqual({ property: '--pk-holiday-text', value: '#a4161a', adjustable: false });
    expect(holiday.background.adjustable).toBe(true);
  });
});

describe('dataIndexUrl', () => {
  const page = 'https://kunta.example/sv/upotus/';

  it('resolves an address against the page, and a folder to its index.json', () => {
    expect(dataIndexUrl(' /data/etela-savo/index.json ', page)).toEqual({
      ok: true,
      value: 'https://kunta.example/data/etela-savo/index.json',
    });
    expect(dataIndexUrl('https://kunta.example/data/pohjanmaa/', page)).toEqual({ ok: true, value: INDEX });
    expect(dataIndexUrl('../../data/pohjanmaa/#x', page)).toEqual({ ok: true, value: INDEX });
  });

  it("refuses another origin, which the page's Content-Security-Policy would block", () => {
    expect(dataIndexUrl('https://toinen.example/data/index.json', page)).toEqual({
      ok: false,
      problem: { code: 'other-origin', origin: 'https://toinen.example' },
    });
    expect(dataIndexUrl('http://kunta.example/data/index.json', page)).toMatchObject({
      ok: false,
      problem: { code: 'other-origin', origin: 'http://kunta.example' },
    });
  });

  it('refuses an empty field and addresses that are not http(s)', () => {
    expect(dataIndexUrl('  ', page)).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(dataIndexUrl('javascript:alert(1)', page)).toEqual({
      ok: false,
      problem: { code: 'invalid-url', input: 'javascript:alert(1)' },
    });
    expect(dataIndexUrl('http://[nope', page)).toMatchObject({ ok: false, problem: { code: 'invalid-url' } });
  });
});

describe('parseManifest', () => {
  const manifest = () => structuredClone(publishedPohjanmaa().get('index.json')) as Record<string, unknown>;

  it('accepts a manifest that perhekeskus publish wrote', () => {
    const result = parseManifest(manifest(), INDEX);
    expect(result.ok).toBe(true);
    expect((result as { value: PublishManifest }).value.region.id).toBe('pohjanmaa-example');
  });

  it('calls JSON of another kind not a manifest', () => {
    for (const json of [null, [], 'index', { places: [] }, { format: 'perhekeskus' }]) {
      expect(parseManifest(json, INDEX)).toEqual({ ok: false, problem: { code: 'not-manifest', url: INDEX } });
    }
  });

  it('names a format version it does not know', () => {
    expect(parseManifest({ ...manifest(), formatVersion: 2 }, INDEX)).toEqual({
      ok: false,
      problem: { code: 'unknown-version', url: INDEX, version: '2' },
    });
    expect(parseManifest({ format: 'perhekeskus-published' }, INDEX)).toMatchObject({
      problem: { code: 'unknown-version', version: 'undefined' },
    });
  });

  it('validates the whole manifest with core’s schema and says where the first problem is', () => {
    const broken = manifest();
    (broken['files'] as Record<string, unknown>[])[1]!['path'] = '../../etc/passwd';
    expect(parseManifest(broken, INDEX)).toEqual({
      ok: false,
      problem: { code: 'invalid-manifest', url: INDEX, path: 'files[1].path' },
    });
    const { region: _, ...noRegion } = manifest();
    expect(parseManifest(noRegion, INDEX)).toMatchObject({ problem: { code: 'invalid-manifest', path: 'region' } });
  });
});

describe('parsePlacesMunicipalities', () => {
  it("reads the places file's municipalities and refuses a file that fails its schema", () => {
    const places = publishedPohjanmaa().get('places.json') as { municipalities: { code: string }[] };
    const result = parsePlacesMunicipalities(places, `${BASE}places.json`);
    expect(result.ok && result.value.map((m) => m.code)).toEqual(['499', '545', '905']);
    expect(parsePlacesMunicipalities({ ...places, municipalities: [{ code: '5' }] }, `${BASE}places.json`)).toEqual({
      ok: false,
      problem: { code: 'invalid-places', url: `${BASE}places.json`, path: 'municipalities[0].code' },
    });
  });
});

describe('countyChoices', () => {
  const files = publishedPohjanmaa();
  const manifest = files.get('index.json') as PublishManifest;
  const municipalities: DataResult<never[]> = {
    ok: true,
    value: (files.get('places.json') as { municipalities: never[] }).municipalities,
  };

  it("names the county's municipalities, groups and year clocks by the display rule, sorted in the page's language", () => {
    const sv = countyChoices(INDEX, manifest, municipalities, 'sv');
    expect(sv.name).toEqual({ text: 'Österbotten (exempel)', lang: 'sv' });
    expect(sv.example).toBe(true);
    expect(sv.municipalities).toEqual([
      { value: '499', name: 'Korsholm', lang: 'sv' },
      { value: '545', name: 'Närpes', lang: 'sv' },
      { value: '905', name: 'Vasa', lang: 'sv' },
    ]);
    expect(sv.yearClocks).toEqual([{ value: 'family-council-year', name: 'Familjerådets årsklocka', lang: 'sv' }]);

    const fi = countyChoices(INDEX, manifest, municipalities, 'fi');
    expect(fi.municipalities.map((m) => m.name)).toEqual(['Mustasaari', 'Närpiö', 'Vaasa']);
    // A group named only in Swedish keeps its Swedish name, marked as Swedish, on the Finnish page.
    expect(fi.groups).toContainEqual({
      value: 'south-area',
      name: 'Koordinationsgruppen för södra Österbotten',
      lang: 'sv',
    });
    expect(fi.groups.map((g) => g.value).sort()).toEqual(['family-council', 'sisote', 'south-area', 'steering-group']);
  });

  it("keeps the groups in the manifest's order for the snippet, whatever the language sorts", () => {
    expect(countyChoices(INDEX, manifest, municipalities, 'en').groupOrder).toEqual([
      'family-council',
      'sisote',
      'south-area',
      'steering-group',
    ]);
  });

  it('offers no municipality, and says why, when the places file could not be read', () => {
    const county = countyChoices(
      INDEX,
      manifest,
      { ok: false, problem: { code: 'not-found', url: `${BASE}places.json` } },
      'fi',
    );
    expect(county.municipalities).toEqual([]);
    expect(county.placesProblem).toEqual({ code: 'not-found', url: `${BASE}places.json` });
    expect(county.groups).toHaveLength(4);
  });
});

describe('loadCounty', () => {
  it('reads the manifest and then the places file it lists, relative to the manifest', async () => {
    const requested: string[] = [];
    const result = await loadCounty(INDEX, 'sv', fakeFetch(pohjanmaaAt(), requested));
    expect(requested).toEqual([INDEX, `${BASE}places.json`]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.url).toBe(INDEX);
    expect(result.value.municipalities.map((m) => m.name)).toEqual(['Korsholm', 'Närpes', 'Vasa']);
    expect(result.value.placesProblem).toBeUndefined();
  });

  it('says when the manifest is not found, not JSON, or cannot be reached', async () => {
    expect(await loadCounty(INDEX, 'fi', fakeFetch({}))).toEqual({
      ok: false,
      problem: { code: 'not-found', url: INDEX },
    });
    expect(await loadCounty(INDEX, 'fi', fakeFetch({ [INDEX]: '<!doctype html><title>Etusivu</title>' }))).toEqual({
      ok: false,
      problem: { code: 'not-json', url: INDEX },
    });
    expect(await loadCounty(INDEX, 'fi', fakeFetch({ [INDEX]: new TypeError('Failed to fetch') }))).toEqual({
      ok: false,
      problem: { code: 'unreachable', url: INDEX },
    });
    expect(await loadCounty(INDEX, 'fi', fakeFetch({ [INDEX]: 500 }))).toEqual({
      ok: false,
      problem: { code: 'http-status', url: INDEX, status: 500 },
    });
  });

  it('refuses a manifest of an unknown format version before reading anything else', async () => {
    const files = pohjanmaaAt();
    files[INDEX] = { ...(files[INDEX] as object), formatVersion: 2 };
    const requested: string[] = [];
    expect(await loadCounty(INDEX, 'fi', fakeFetch(files, requested))).toMatchObject({
      ok: false,
      problem: { code: 'unknown-version', version: '2' },
    });
    expect(requested).toEqual([INDEX]);
  });

  it('keeps the groups and year clocks when the places file is missing', async () => {
    const files = pohjanmaaAt();
    delete files[`${BASE}places.json`];
    const result = await loadCounty(INDEX, 'fi', fakeFetch(files));
    expect(result.ok && result.value.placesProblem).toEqual({ code: 'not-found', url: `${BASE}places.json` });
    expect(result.ok && result.value.yearClocks.map((c) => c.value)).toEqual(['family-council-year']);
  });

  it('rejects with the abort when the load is aborted', async () => {
    const controller = new AbortController();
    const abortingFetch: FetchLike = async () => {
      controller.abort();
      throw new DOMException('The operation was aborted.', 'AbortError');
    };
    await expect(loadCounty(INDEX, 'fi', abortingFetch, controller.signal)).rejects.toThrow(/aborted/);
  });
});

describe('widgetElement', () => {
  it("points the finder at the county's data and presets a municipality by its code", () => {
    expect(widgetElement(choice({ municipality: '545', lang: 'sv' }))).toEqual({
      tag: 'pk-meeting-place-finder',
      attributes: [
        ['src', INDEX],
        ['municipality', '545'],
        ['lang', 'sv'],
      ],
    });
  });

  it('shows the whole county in the finder when no municipality is chosen', () => {
    expect(widgetElement(choice()).attributes).toEqual([
      ['src', INDEX],
      ['lang', 'fi'],
    ]);
  });

  it("shows the chosen groups' meetings in the calendar", () => {
    expect(widgetElement(choice({ widget: 'calendar', groups: ['steering-group', 'sisote'] }))).toEqual({
      tag: 'pk-calendar',
      attributes: [
        ['src', INDEX],
        ['groups', 'steering-group,sisote'],
        ['lang', 'fi'],
      ],
    });
  });

  it('names the year clock to show', () => {
    expect(widgetElement(choice({ widget: 'year-clock', clock: 'family-council-year', lang: 'en' }))).toEqual({
      tag: 'pk-year-clock',
      attributes: [
        ['src', INDEX],
        ['clock', 'family-council-year'],
        ['lang', 'en'],
      ],
    });
  });

  it('writes no lang when the widget is to follow the language of its page', () => {
    expect(widgetElement(choice({ lang: '' })).attributes.map(([name]) => name)).toEqual(['src']);
  });
});

describe('changedColours', () => {
  it('writes only the colours that differ from the defaults, in lower case', () => {
    expect(changedColours({ '--pk-accent': '#00577D', '--pk-text': '#000000', '--pk-surface': '#FFFFEE' })).toEqual([
      ['--pk-text', '#000000'],
      ['--pk-surface', '#ffffee'],
    ]);
  });

  it('refuses anything but a hex colour, so nothing else reaches the style rule', () => {
    expect(() => changedColours({ '--pk-accent': 'red;} body{display:none' })).toThrow(/hex colour/);
  });
});

describe('embedScriptUrl', () => {
  it('accepts an absolute http or https address', () => {
    expect(embedScriptUrl(' https://www.kunta.fi/embed/perhekeskus.js ')).toBe(
      'https://www.kunta.fi/embed/perhekeskus.js',
    );
  });

  it('refuses a relative address and other schemes', () => {
    expect(embedScriptUrl('/embed/perhekeskus.js')).toBeUndefined();
    expect(embedScriptUrl('javascript:alert(1)')).toBeUndefined();
  });
});

describe('escapeAttribute', () => {
  it('escapes every character that could end a quoted attribute or start markup', () => {
    expect(escapeAttribute(`a"b'c<d>e&f`)).toBe('a&quot;b&#39;c&lt;d&gt;e&amp;f');
  });
});

describe('buildSnippet', () => {
  it("is the one script tag and the finder on the county's data, preset to Närpes", () => {
    expect(buildSnippet(choice({ municipality: '545', lang: 'sv', theme: defaults }))).toBe(
      '<script type="module" src="https://www.kunta.example/perhekeskus/embed/perhekeskus.js"></script>\n' +
        `<pk-meeting-place-finder src="${INDEX}" municipality="545" lang="sv"></pk-meeting-place-finder>\n`,
    );
  });

  it("writes the calendar with the county's groups and the year clock with its clock", () => {
    expect(buildSnippet(choice({ widget: 'calendar', groups: ['steering-group', 'sisote'], lang: '' }))).toContain(
      `\n<pk-calendar src="${INDEX}" groups="steering-group,sisote"></pk-calendar>\n`,
    );
    expect(buildSnippet(choice({ widget: 'year-clock', clock: 'family-council-year', lang: 'fi' }))).toContain(
      `\n<pk-year-clock src="${INDEX}" clock="family-council-year" lang="fi"></pk-year-clock>\n`,
    );
  });

  it('adds a style rule for the changed colours on the element', () => {
    const snippet = buildSnippet(
      choice({ widget: 'year-clock', clock: 'x', theme: { ...defaults, '--pk-accent': '#0b5a2a' } }),
    );
    expect(snippet).toContain('<style>\n  pk-year-clock {\n    --pk-accent: #0b5a2a;\n  }\n</style>\n');
    expect(snippet.endsWith(`<pk-year-clock src="${INDEX}" clock="x" lang="fi"></pk-year-clock>\n`)).toBe(true);
  });

  it('escapes the script address for its attribute', () => {
    expect(buildSnippet(choice({ scriptUrl: 'https://x.example/a"b&c.js' }))).toContain(
      'src="https://x.example/a&quot;b&amp;c.js"',
    );
  });

  it('stays one well-formed element whatever the values contain, and gives the values back unchanged', () => {
    const hostile = `"><script>alert('x')</script><p a="`;
    const values = {
      src: `https://kunta.example/data/${hostile}/index.json?a=1&b=2`,
      municipality: hostile,
      groups: [hostile, 'a&b', "it's"],
      clock: hostile,
    };
    for (const widget of ['finder', 'calendar', 'year-clock'] as const) {
      const snippet = buildSnippet(choice({ widget, ...values }));
      expect(snippet).not.toContain('<script>alert');
      const parsed = parseElementLine(snippet);
      expect(parsed).toEqual(widgetElement(choice({ widget, ...values })));
    }
  });
});
