/**
 * The embed configurator's logic without the DOM: reading a county's published data (the manifest
 * `index.json` that `perhekeskus publish` writes, and its `places.json`) into the choices the form
 * offers, which element and attributes a choice gives, the snippet a web team copies, and the colour
 * pairs the widgets draw with their WCAG 2.1 AA checks. The pairs follow the widgets' stylesheets
 * (packages/widgets/src/styles/*.css and each component's CSS): the accent colour is also the colour
 * of links and outlined buttons, so it is text (4.5:1). Every text a person reads is in the
 * catalogue (configuratorText.ts); this file gives codes and keys.
 */
import {
  type ContentLanguage,
  displayText,
  type LocalizedText,
  PUBLISH_FORMAT_VERSION,
  type PublishedMunicipality,
  PublishedPlaces,
  PublishManifest,
} from '@perhekeskus/core';
import { contrastRatio, NON_TEXT_MIN_RATIO, parseHexColour, TEXT_MIN_RATIO } from './contrast.js';

/** The three widgets. */
export type WidgetKind = 'finder' | 'calendar' | 'year-clock';

/** The custom element of each widget. */
export const WIDGET_TAGS: Readonly<Record<WidgetKind, string>> = {
  finder: 'pk-meeting-place-finder',
  calendar: 'pk-calendar',
  'year-clock': 'pk-year-clock',
};

/** Where the demo serves the built-in region's published data (build/publishData.ts), from the site root. */
export const DEFAULT_DATA_PATH = '/data/etela-savo/index.json';

/** The colours the configurator lets a web team change. */
export type ThemeProperty =
  | '--pk-accent'
  | '--pk-text'
  | '--pk-surface'
  | '--pk-accent-text'
  | '--pk-muted-text'
  | '--pk-surface-alt'
  | '--pk-border'
  | '--pk-focus';

/** Colours some widgets draw with that the configurator does not change. */
export type FixedProperty =
  | '--pk-holiday-text'
  | '--pk-today'
  | '--pk-ring-1'
  | '--pk-ring-2'
  | '--pk-ring-3'
  | '--pk-ring-4'
  | '--pk-ring-5'
  | '--pk-ring-6';

/** Every colour the checks name. */
export type ColourProperty = ThemeProperty | FixedProperty;

/** Where a checked colour pair appears in the widgets (the catalogue names each). */
export type PairUse =
  | 'body-text'
  | 'form-text'
  | 'hints'
  | 'form-hints'
  | 'links'
  | 'form-links'
  | 'button-text'
  | 'borders'
  | 'focus'
  | 'form-focus'
  | 'holidays'
  | 'today'
  | 'rings';

/** One themable colour of the widgets. */
export interface ThemeToken {
  /** The widget custom property, `--pk-accent`. */
  readonly property: ThemeProperty;
  /** The widgets' own default. */
  readonly defaultValue: string;
  /** Shown first; the others sit in a "more colours" disclosure. */
  readonly primary: boolean;
}

/** The colours the configurator lets a web team change, with the widgets' defaults. */
export const THEME_TOKENS: readonly ThemeToken[] = [
  { property: '--pk-accent', defaultValue: '#00577d', primary: true },
  { property: '--pk-text', defaultValue: '#1b1b1b', primary: true },
  { property: '--pk-surface', defaultValue: '#ffffff', primary: true },
  { property: '--pk-accent-text', defaultValue: '#ffffff', primary: false },
  { property: '--pk-muted-text', defaultValue: '#4d4d4d', primary: false },
  { property: '--pk-surface-alt', defaultValue: '#f3f5f7', primary: false },
  { property: '--pk-border', defaultValue: '#6b7280', primary: false },
  { property: '--pk-focus', defaultValue: '#b3005e', primary: false },
];

/** The values of the colours the configurator does not change: still checked against the backgrounds. */
const FIXED_COLOURS: Readonly<Record<FixedProperty, string>> = {
  '--pk-holiday-text': '#a4161a',
  '--pk-today': '#b3005e',
  '--pk-ring-1': '#00577d',
  '--pk-ring-2': '#b34700',
  '--pk-ring-3': '#2e7d32',
  '--pk-ring-4': '#6b3fa0',
  '--pk-ring-5': '#8a6a00',
  '--pk-ring-6': '#4a5866',
};

/** A colour pair a widget draws, and the ratio WCAG 2.1 AA asks of it. */
interface PairRule {
  readonly foreground: ColourProperty;
  readonly background: ColourProperty;
  readonly min: number;
  /** Where the pair appears, for the message. */
  readonly use: PairUse;
  /** Only these widgets draw the pair; all when absent. */
  readonly widgets?: readonly WidgetKind[];
}

const rings = ([1, 2, 3, 4, 5, 6] as const).flatMap((n): PairRule[] =>
  (['--pk-surface', '--pk-surface-alt'] as const).map((background) => ({
    foreground: `--pk-ring-${n}`,
    background,
    min: NON_TEXT_MIN_RATIO,
    use: 'rings',
    widgets: ['year-clock'],
  })),
);

const PAIR_RULES: readonly PairRule[] = [
  { foreground: '--pk-text', background: '--pk-surface', min: TEXT_MIN_RATIO, use: 'body-text' },
  { foreground: '--pk-text', background: '--pk-surface-alt', min: TEXT_MIN_RATIO, use: 'form-text' },
  { foreground: '--pk-muted-text', background: '--pk-surface', min: TEXT_MIN_RATIO, use: 'hints' },
  { foreground: '--pk-muted-text', background: '--pk-surface-alt', min: TEXT_MIN_RATIO, use: 'form-hints' },
  { foreground: '--pk-accent', background: '--pk-surface', min: TEXT_MIN_RATIO, use: 'links' },
  { foreground: '--pk-accent', background: '--pk-surface-alt', min: TEXT_MIN_RATIO, use: 'form-links' },
  { foreground: '--pk-accent-text', background: '--pk-accent', min: TEXT_MIN_RATIO, use: 'button-text' },
  { foreground: '--pk-border', background: '--pk-surface', min: NON_TEXT_MIN_RATIO, use: 'borders' },
  { foreground: '--pk-focus', background: '--pk-surface', min: NON_TEXT_MIN_RATIO, use: 'focus' },
  { foreground: '--pk-focus', background: '--pk-surface-alt', min: NON_TEXT_MIN_RATIO, use: 'form-focus' },
  {
    foreground: '--pk-holiday-text',
    background: '--pk-surface',
    min: TEXT_MIN_RATIO,
    use: 'holidays',
    widgets: ['calendar'],
  },
  {
    foreground: '--pk-today',
    background: '--pk-surface',
    min: NON_TEXT_MIN_RATIO,
    use: 'today',
    widgets: ['year-clock'],
  },
  ...rings,
];

/** A colour of a checked pair: its custom property, value and whether the configurator sets it. */
export interface PairColour {
  readonly property: ColourProperty;
  readonly value: string;
  readonly adjustable: boolean;
}

/** One checked colour pair. */
export interface PairCheck {
  readonly foreground: PairColour;
  readonly background: PairColour;
  readonly ratio: number;
  readonly min: number;
  readonly use: PairUse;
  readonly passes: boolean;
}

function colourOf(property: ColourProperty, theme: Readonly<Record<string, string>>): PairColour {
  const token = THEME_TOKENS.find((t) => t.property === property);
  if (token) return { property, value: theme[property] ?? token.defaultValue, adjustable: true };
  return { property, value: FIXED_COLOURS[property as FixedProperty], adjustable: false };
}

/**
 * Checks every colour pair a widget draws against WCAG 2.1 AA: 4.5:1 for text, 3:1 for borders,
 * focus rings and graphics. Colours the theme leaves out keep the widgets' defaults.
 *
 * @param theme - chosen colours by custom property (`{ '--pk-accent': '#0b5a2a' }`)
 * @param widget - the widget whose pairs to check
 * @returns every pair with its ratio and whether it passes
 * @example
 * checkTheme({ '--pk-accent': '#7fb2d0' }, 'finder').filter((c) => !c.passes).length; // 3
 */
export function checkTheme(theme: Readonly<Record<string, string>>, widget: WidgetKind): PairCheck[] {
  return PAIR_RULES.filter((rule) => !rule.widgets || rule.widgets.includes(widget)).map((rule) => {
    const foreground = colourOf(rule.foreground, theme);
    const background = colourOf(rule.background, theme);
    const ratio = contrastRatio(foreground.value, background.value);
    return { foreground, background, ratio, min: rule.min, use: rule.use, passes: ratio >= rule.min };
  });
}

/**
 * Why a county's data could not be used, as a code the catalogue translates. `url` is the file that
 * failed (the manifest or its `places.json`); `path` is where in the file the first problem is.
 */
export type DataProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'invalid-url'; readonly input: string }
  | { readonly code: 'other-origin'; readonly origin: string }
  | { readonly code: 'unreachable'; readonly url: string }
  | { readonly code: 'not-found'; readonly url: string }
  | { readonly code: 'http-status'; readonly url: string; readonly status: number }
  | { readonly code: 'not-json'; readonly url: string }
  | { readonly code: 'not-manifest'; readonly url: string }
  | { readonly code: 'unknown-version'; readonly url: string; readonly version: string }
  | { readonly code: 'invalid-manifest'; readonly url: string; readonly path: string }
  | { readonly code: 'invalid-places'; readonly url: string; readonly path: string };

/** A value, or the problem that kept it from being read. */
export type DataResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: DataProblem };

/**
 * The published data's `index.json` a web team gives: resolved against the configurator's page, a
 * folder address (ending in `/`) meaning its `index.json`. Only the page's own origin is accepted:
 * the site's Content-Security-Policy (`connect-src 'self'`) lets the page fetch from no other.
 *
 * @param input - the address typed in the form, absolute or relative to the page
 * @param pageUrl - the configurator page's own address
 * @returns the absolute address, or why it cannot be used (`empty`, `invalid-url`, `other-origin`)
 * @example
 * dataIndexUrl('/data/pohjanmaa/', 'https://kunta.example/upotus/');
 * // { ok: true, value: 'https://kunta.example/data/pohjanmaa/index.json' }
 * dataIndexUrl('https://toinen.example/index.json', 'https://kunta.example/upotus/').ok; // false: other-origin
 */
export function dataIndexUrl(input: string, pageUrl: string): DataResult<string> {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, problem: { code: 'empty' } };
  let url: URL;
  try {
    url = new URL(trimmed, pageUrl);
  } catch {
    return { ok: false, problem: { code: 'invalid-url', input: trimmed } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: { code: 'invalid-url', input: trimmed } };
  }
  const page = new URL(pageUrl);
  if (url.origin !== page.origin) return { ok: false, problem: { code: 'other-origin', origin: url.origin } };
  if (url.pathname.endsWith('/')) url.pathname += 'index.json';
  url.hash = '';
  return { ok: true, value: url.href };
}

/** The path of a zod issue as the messages show it: `files[3].path`, or `(root)`. */
function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(root)';
}

/**
 * Checks that JSON is a publish manifest this configurator knows, with core's `PublishManifest`
 * schema: the format's name first (so any other JSON is "not a manifest"), then its version, then
 * the whole manifest.
 *
 * @param json - the parsed `index.json`
 * @param url - its address, for the message
 * @returns the manifest, or `not-manifest`, `unknown-version` or `invalid-manifest` with the first problem's path
 * @example
 * parseManifest({ format: 'perhekeskus-published', formatVersion: 2 }, 'https://x.fi/index.json');
 * // { ok: false, problem: { code: 'unknown-version', url: 'https://x.fi/index.json', version: '2' } }
 */
export function parseManifest(json: unknown, url: string): DataResult<PublishManifest> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problem: { code: 'not-manifest', url } };
  }
  const record = json as Record<string, unknown>;
  if (record['format'] !== 'perhekeskus-published') return { ok: false, problem: { code: 'not-manifest', url } };
  if (record['formatVersion'] !== PUBLISH_FORMAT_VERSION) {
    return { ok: false, problem: { code: 'unknown-version', url, version: String(record['formatVersion']) } };
  }
  const parsed = PublishManifest.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problem: { code: 'invalid-manifest', url, path: issuePath(parsed.error.issues[0]?.path ?? []) },
    };
  }
  return { ok: true, value: parsed.data };
}

/**
 * Reads the municipalities of a published `places.json`, validated with core's `PublishedPlaces`.
 *
 * @param json - the parsed file
 * @param url - its address, for the message
 * @returns the municipalities, or `invalid-places` with the first problem's path
 * @example
 * parsePlacesMunicipalities({ places: [], municipalities: [], organisers: [] }, 'https://x.fi/places.json');
 * // { ok: true, value: [] }
 */
export function parsePlacesMunicipalities(json: unknown, url: string): DataResult<PublishedMunicipality[]> {
  const parsed = PublishedPlaces.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problem: { code: 'invalid-places', url, path: issuePath(parsed.error.issues[0]?.path ?? []) } };
  }
  return { ok: true, value: parsed.data.municipalities };
}

/** One thing the form offers from a county's data: its code or id, its name as shown, and the name's language. */
export interface NamedChoice {
  readonly value: string;
  readonly name: string;
  readonly lang: ContentLanguage;
}

/** What the configurator offers from one county's published data. */
export interface County {
  /** The manifest's address: the widgets' `src`. */
  readonly url: string;
  /** The region's name in the page's language, and that name's language. */
  readonly name: { readonly text: string; readonly lang: ContentLanguage };
  /** True when the data is invented example data. */
  readonly example: boolean;
  /** The municipalities of its `places.json`, by name. */
  readonly municipalities: readonly NamedChoice[];
  /** Its groups with a published calendar, by name; `groupOrder` keeps the manifest's order for the snippet. */
  readonly groups: readonly NamedChoice[];
  /** The group ids in the manifest's order. */
  readonly groupOrder: readonly string[];
  /** Its year clocks, by name. */
  readonly yearClocks: readonly NamedChoice[];
  /** Why the municipalities could not be read, when `places.json` failed: the rest still works. */
  readonly placesProblem?: DataProblem;
}

function named(value: string, text: LocalizedText | undefined, lang: ContentLanguage): NamedChoice {
  // A file without a name is shown by its id: the manifest's schema makes the name optional.
  if (!text) return { value, name: value, lang: 'en' };
  const shown = displayText(text, lang);
  return { value, name: shown.text, lang: shown.lang };
}

/**
 * The choices a county's data gives, named by core's display rule in the page's language and sorted
 * by name in it: municipalities from `places.json`, groups from the manifest's `group-calendar`
 * files, year clocks from its `year-clock` files.
 *
 * @param url - the manifest's address
 * @param manifest - the validated manifest
 * @param municipalities - the places file's municipalities, or the problem reading it
 * @param lang - the configurator page's language
 * @returns the county
 * @example
 * countyChoices(url, pohjanmaa, { ok: true, value: places.municipalities }, 'sv').municipalities[1];
 * // { value: '545', name: 'Närpes', lang: 'sv' }
 */
export function countyChoices(
  url: string,
  manifest: PublishManifest,
  municipalities: DataResult<readonly PublishedMunicipality[]>,
  lang: 'fi' | 'sv' | 'en',
): County {
  const collator = new Intl.Collator(lang);
  const byName = (a: NamedChoice, b: NamedChoice) => collator.compare(a.name, b.name);
  const groupFiles = manifest.files.filter((f) => f.kind === 'group-calendar' && f.id);
  return {
    url,
    name: displayText(manifest.region.name, lang),
    example: manifest.example,
    municipalities: municipalities.ok ? municipalities.value.map((m) => named(m.code, m.name, lang)).sort(byName) : [],
    groups: groupFiles.map((f) => named(f.id!, f.name, lang)).sort(byName),
    groupOrder: groupFiles.map((f) => f.id!),
    yearClocks: manifest.files
      .filter((f) => f.kind === 'year-clock' && f.id)
      .map((f) => named(f.id!, f.name, lang))
      .sort(byName),
    ...(municipalities.ok ? {} : { placesProblem: municipalities.problem }),
  };
}

/** The fetch the loader needs: the browser's, or a fake in tests. */
export type FetchLike = (
  url: string,
  init: { signal?: AbortSignal; headers?: Record<string, string> },
) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}>;

async function fetchJson(
  url: string,
  fetchImpl: FetchLike,
  signal: AbortSignal | undefined,
): Promise<DataResult<unknown>> {
  let response: Awaited<ReturnType<FetchLike>>;
  let body: string;
  try {
    response = await fetchImpl(url, { ...(signal ? { signal } : {}), headers: { accept: 'application/json' } });
    body = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, problem: { code: 'unreachable', url } };
  }
  if (response.status === 404 || response.status === 410) return { ok: false, problem: { code: 'not-found', url } };
  if (!response.ok) return { ok: false, problem: { code: 'http-status', url, status: response.status } };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, problem: { code: 'not-json', url } };
  }
}

/**
 * Loads a county's published data for the form: the manifest (validated before anything is used),
 * then the municipalities from the `places.json` it lists. A manifest that cannot be used is the
 * problem; a places file that cannot be read only leaves the municipalities out (`placesProblem`).
 *
 * @param url - the manifest's absolute address (from {@link dataIndexUrl})
 * @param lang - the configurator page's language, for the names
 * @param fetchImpl - the fetch to use
 * @param signal - aborts the loading; an aborted load rejects with the abort error
 * @returns the county, or the problem with its manifest
 * @example
 * await loadCounty('https://kunta.example/data/pohjanmaa/index.json', 'sv', fetch);
 * // { ok: true, value: { name: { text: 'Österbotten (exempel)', lang: 'sv' }, municipalities: [...], … } }
 */
export async function loadCounty(
  url: string,
  lang: 'fi' | 'sv' | 'en',
  fetchImpl: FetchLike,
  signal?: AbortSignal,
): Promise<DataResult<County>> {
  const json = await fetchJson(url, fetchImpl, signal);
  if (!json.ok) return json;
  const manifest = parseManifest(json.value, url);
  if (!manifest.ok) return manifest;
  const placesFile = manifest.value.files.find((f) => f.kind === 'places');
  let municipalities: DataResult<readonly PublishedMunicipality[]> = { ok: true, value: [] };
  if (placesFile) {
    const placesUrl = new URL(placesFile.path, url).href;
    const places = await fetchJson(placesUrl, fetchImpl, signal);
    municipalities = places.ok ? parsePlacesMunicipalities(places.value, placesUrl) : places;
  }
  return { ok: true, value: countyChoices(url, manifest.value, municipalities, lang) };
}

/** A configurator choice. */
export interface EmbedChoice {
  readonly widget: WidgetKind;
  /** `fi`, `sv` or `en`; empty when the widget follows the language of the page it is on. */
  readonly lang: string;
  /** The published data's `index.json`, absolute. */
  readonly src: string;
  /** For the finder: a municipality code (`545`), or empty for the whole county. */
  readonly municipality: string;
  /** For the calendar: the ids of the groups whose meetings it shows. */
  readonly groups: readonly string[];
  /** For the year clock: the year clock's id. */
  readonly clock: string;
  /** Chosen colours by custom property; only those that differ from the defaults are written. */
  readonly theme: Readonly<Record<string, string>>;
  /** Where the web team's copy of `perhekeskus.js` is served. */
  readonly scriptUrl: string;
}

/**
 * The element and attributes a choice gives, in the order they are written: attributes only, so the
 * snippet works in any CMS that allows HTML.
 *
 * @param choice - the configurator's state
 * @returns the tag name and `[name, value]` pairs
 * @example
 * widgetElement({ widget: 'finder', src: 'https://x.fi/data/index.json', municipality: '545', lang: 'sv', … });
 * // { tag: 'pk-meeting-place-finder', attributes: [['src', 'https://x.fi/data/index.json'], ['municipality', '545'], ['lang', 'sv']] }
 */
export function widgetElement(choice: EmbedChoice): { tag: string; attributes: [string, string][] } {
  const attributes: [string, string][] = [['src', choice.src]];
  switch (choice.widget) {
    case 'finder':
      if (choice.municipality) attributes.push(['municipality', choice.municipality]);
      break;
    case 'calendar':
      attributes.push(['groups', choice.groups.join(',')]);
      break;
    case 'year-clock':
      attributes.push(['clock', choice.clock]);
      break;
  }
  if (choice.lang) attributes.push(['lang', choice.lang]);
  return { tag: WIDGET_TAGS[choice.widget], attributes };
}

/**
 * The theme colours that differ from the widgets' defaults, in the order of {@link THEME_TOKENS}.
 *
 * @param theme - chosen colours by custom property
 * @returns `[property, value]` pairs to write
 * @throws Error when a colour is not `#rgb` or `#rrggbb` (so nothing but a colour reaches the CSS)
 * @example
 * changedColours({ '--pk-accent': '#00577D', '--pk-text': '#000000' }); // [['--pk-text', '#000000']]
 */
export function changedColours(theme: Readonly<Record<string, string>>): [string, string][] {
  return THEME_TOKENS.filter((t) => {
    const value = theme[t.property];
    if (value !== undefined) parseHexColour(value);
    return value !== undefined && value.toLowerCase() !== t.defaultValue.toLowerCase();
  }).map((t) => [t.property, theme[t.property]!.toLowerCase()]);
}

const attrEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/**
 * Escapes a value for a double-quoted HTML attribute, so no value can end the attribute or the tag.
 *
 * @param value - any text
 * @returns the text with `& " ' < >` as character references
 * @example
 * escapeAttribute('a"b&c'); // 'a&quot;b&amp;c'
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => attrEscapes[c]!);
}

/**
 * Checks the address a web team gives for its copy of the embed file.
 *
 * @param url - the address typed in the form
 * @returns the address, normalised, or `undefined` when it is not an absolute http(s) URL
 * @example
 * embedScriptUrl('https://www.kunta.fi/perhekeskus/perhekeskus.js'); // 'https://www.kunta.fi/perhekeskus/perhekeskus.js'
 */
export function embedScriptUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The snippet to paste into a CMS page: the one script tag, a `<style>` rule for the changed colours
 * (when any), and the element with its attributes. Values are escaped for HTML attributes.
 *
 * @param choice - the configurator's state (with a valid `scriptUrl`)
 * @returns the snippet text
 * @example
 * buildSnippet({ widget: 'year-clock', src: 'https://x.fi/data/index.json', clock: 'family-council-year', lang: '', theme: {}, scriptUrl: 'https://x.fi/embed/perhekeskus.js', … });
 * // '<script type="module" src="https://x.fi/embed/perhekeskus.js"></script>\n<pk-year-clock src="https://x.fi/data/index.json" clock="family-council-year"></pk-year-clock>\n'
 */
export function buildSnippet(choice: EmbedChoice): string {
  const { tag, attributes } = widgetElement(choice);
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`);
  const lines = [`<script type="module" src="${escapeAttribute(choice.scriptUrl)}"></script>`];
  const colours = changedColours(choice.theme);
  if (colours.length) {
    lines.push('<style>', `  ${tag} {`, ...colours.map(([p, v]) => `    ${p}: ${v};`), '  }', '</style>');
  }
  lines.push(`<${tag}${attrs.join('')}></${tag}>`);
  return `${lines.join('\n')}\n`;
}
