/**
 * The embed configurator's logic without the DOM: which element and attributes a choice gives, the
 * snippet a web team copies, and the colour pairs the widgets draw with their WCAG 2.1 AA checks.
 * The pairs follow the widgets' stylesheets (packages/widgets/src/styles/*.css and each component's
 * CSS): the accent colour is also the colour of links and outlined buttons, so it is text (4.5:1).
 */
import { contrastRatio, NON_TEXT_MIN_RATIO, parseHexColour, TEXT_MIN_RATIO } from './contrast.js';

/** The three widgets. */
export type WidgetKind = 'finder' | 'calendar' | 'year-clock';

/** What a calendar shows. */
export type CalendarContent = 'networks' | 'evaluation' | 'place';

/** The custom element of each widget. */
export const WIDGET_TAGS: Readonly<Record<WidgetKind, string>> = {
  finder: 'pk-meeting-place-finder',
  calendar: 'pk-calendar',
  'year-clock': 'pk-year-clock',
};

/** The county-wide groups with a cadence whose meetings the network calendar shows (002). */
export const NETWORK_GROUP_IDS = [
  'steering-group',
  'family-centre-actors',
  'student-welfare-group',
  'meeting-place-network',
  'lp-development-network',
  'lp-trainers',
  'relationship-support-network',
  'early-support-workshops',
  'peer-group-leaders',
] as const;

/** One themable colour of the widgets. */
export interface ThemeToken {
  /** The widget custom property, `--pk-accent`. */
  readonly property: string;
  /** Its name in the configurator. */
  readonly label: string;
  /** The widgets' own default. */
  readonly defaultValue: string;
  /** Shown first; the others sit in a "more colours" disclosure. */
  readonly primary: boolean;
}

/** The colours the configurator lets a web team change, with the widgets' defaults. */
export const THEME_TOKENS: readonly ThemeToken[] = [
  { property: '--pk-accent', label: 'Korostusväri', defaultValue: '#00577d', primary: true },
  { property: '--pk-text', label: 'Tekstin väri', defaultValue: '#1b1b1b', primary: true },
  { property: '--pk-surface', label: 'Taustaväri', defaultValue: '#ffffff', primary: true },
  { property: '--pk-accent-text', label: 'Teksti korostusvärin päällä', defaultValue: '#ffffff', primary: false },
  { property: '--pk-muted-text', label: 'Toissijainen teksti', defaultValue: '#4d4d4d', primary: false },
  { property: '--pk-surface-alt', label: 'Toissijainen tausta', defaultValue: '#f3f5f7', primary: false },
  { property: '--pk-border', label: 'Reunaviivat', defaultValue: '#6b7280', primary: false },
  { property: '--pk-focus', label: 'Kohdistuksen kehys', defaultValue: '#b3005e', primary: false },
];

/** Colours some widgets draw with that the configurator does not change: still checked against the backgrounds. */
const FIXED_COLOURS: Readonly<Record<string, { label: string; value: string }>> = {
  '--pk-holiday-text': { label: 'Pyhäpäivien teksti', value: '#a4161a' },
  '--pk-today': { label: 'Tämän päivän merkki', value: '#b3005e' },
  '--pk-ring-1': { label: 'Vuosikellon 1. kehä', value: '#00577d' },
  '--pk-ring-2': { label: 'Vuosikellon 2. kehä', value: '#b34700' },
  '--pk-ring-3': { label: 'Vuosikellon 3. kehä', value: '#2e7d32' },
  '--pk-ring-4': { label: 'Vuosikellon 4. kehä', value: '#6b3fa0' },
  '--pk-ring-5': { label: 'Vuosikellon 5. kehä', value: '#8a6a00' },
  '--pk-ring-6': { label: 'Vuosikellon 6. kehä', value: '#4a5866' },
};

/** A colour pair a widget draws, and the ratio WCAG 2.1 AA asks of it. */
interface PairRule {
  readonly foreground: string;
  readonly background: string;
  readonly min: number;
  /** Where the pair appears, for the message. */
  readonly use: string;
  /** Only these widgets draw the pair; all when absent. */
  readonly widgets?: readonly WidgetKind[];
}

const rings = [1, 2, 3, 4, 5, 6].flatMap((n): PairRule[] =>
  ['--pk-surface', '--pk-surface-alt'].map((background) => ({
    foreground: `--pk-ring-${n}`,
    background,
    min: NON_TEXT_MIN_RATIO,
    use: 'vuosikellon kaaret',
    widgets: ['year-clock'],
  })),
);

const PAIR_RULES: readonly PairRule[] = [
  { foreground: '--pk-text', background: '--pk-surface', min: TEXT_MIN_RATIO, use: 'leipäteksti' },
  {
    foreground: '--pk-text',
    background: '--pk-surface-alt',
    min: TEXT_MIN_RATIO,
    use: 'lomakkeen ja ilmoitusten teksti',
  },
  { foreground: '--pk-muted-text', background: '--pk-surface', min: TEXT_MIN_RATIO, use: 'ohjetekstit' },
  {
    foreground: '--pk-muted-text',
    background: '--pk-surface-alt',
    min: TEXT_MIN_RATIO,
    use: 'ohjetekstit lomakkeella',
  },
  {
    foreground: '--pk-accent',
    background: '--pk-surface',
    min: TEXT_MIN_RATIO,
    use: 'linkit ja reunalliset painikkeet',
  },
  { foreground: '--pk-accent', background: '--pk-surface-alt', min: TEXT_MIN_RATIO, use: 'linkit lomakkeella' },
  {
    foreground: '--pk-accent-text',
    background: '--pk-accent',
    min: TEXT_MIN_RATIO,
    use: 'täytettyjen painikkeiden teksti',
  },
  {
    foreground: '--pk-border',
    background: '--pk-surface',
    min: NON_TEXT_MIN_RATIO,
    use: 'kenttien ja korttien reunat',
  },
  {
    foreground: '--pk-focus',
    background: '--pk-surface',
    min: NON_TEXT_MIN_RATIO,
    use: 'näppäimistön kohdistuksen kehys',
  },
  {
    foreground: '--pk-focus',
    background: '--pk-surface-alt',
    min: NON_TEXT_MIN_RATIO,
    use: 'kohdistuksen kehys lomakkeella',
  },
  {
    foreground: '--pk-holiday-text',
    background: '--pk-surface',
    min: TEXT_MIN_RATIO,
    use: 'pyhäpäivien nimet',
    widgets: ['calendar'],
  },
  {
    foreground: '--pk-today',
    background: '--pk-surface',
    min: NON_TEXT_MIN_RATIO,
    use: 'tämän päivän viiva',
    widgets: ['year-clock'],
  },
  ...rings,
];

/** A colour of a checked pair: its custom property, name, value and whether the configurator sets it. */
export interface PairColour {
  readonly property: string;
  readonly label: string;
  readonly value: string;
  readonly adjustable: boolean;
}

/** One checked colour pair. */
export interface PairCheck {
  readonly foreground: PairColour;
  readonly background: PairColour;
  readonly ratio: number;
  readonly min: number;
  readonly use: string;
  readonly passes: boolean;
}

function colourOf(property: string, theme: Readonly<Record<string, string>>): PairColour {
  const token = THEME_TOKENS.find((t) => t.property === property);
  if (token) return { property, label: token.label, value: theme[property] ?? token.defaultValue, adjustable: true };
  const fixed = FIXED_COLOURS[property];
  if (!fixed) throw new Error(`Unknown colour property ${property}`);
  return { property, label: fixed.label, value: fixed.value, adjustable: false };
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

/** A configurator choice. */
export interface EmbedChoice {
  readonly widget: WidgetKind;
  /** `fi`, `sv` or `en`. */
  readonly lang: string;
  /** A municipality code (`681`), or empty for all of Etelä-Savo. */
  readonly municipality: string;
  /** For the calendar: what it shows. */
  readonly calendarContent: CalendarContent;
  /** For the calendar's `place` content: the municipality's meeting place id. */
  readonly placeId?: string;
  /** For the year clock: `relationship-support` or `evaluation`. */
  readonly yearClockSource: string;
  /** Chosen colours by custom property; only those that differ from the defaults are written. */
  readonly theme: Readonly<Record<string, string>>;
  /** Where the web team's copy of `perhekeskus.js` is served. */
  readonly scriptUrl: string;
}

/**
 * The element and attributes a choice gives, in the order they are written.
 *
 * @param choice - the configurator's state
 * @returns the tag name and `[name, value]` pairs (an empty value is a boolean attribute)
 * @example
 * widgetElement({ widget: 'finder', lang: 'sv', municipality: '681', … });
 * // { tag: 'pk-meeting-place-finder', attributes: [['lang', 'sv'], ['municipality', '681']] }
 */
export function widgetElement(choice: EmbedChoice): { tag: string; attributes: [string, string][] } {
  const attributes: [string, string][] = [['lang', choice.lang]];
  switch (choice.widget) {
    case 'finder':
      if (choice.municipality) attributes.push(['municipality', choice.municipality]);
      break;
    case 'calendar':
      if (choice.calendarContent === 'evaluation') attributes.push(['evaluation', '']);
      else if (choice.calendarContent === 'place' && choice.placeId) {
        attributes.push(['place', choice.placeId], ['view', 'week']);
      } else attributes.push(['groups', NETWORK_GROUP_IDS.join(',')]);
      break;
    case 'year-clock':
      attributes.push(['source', choice.yearClockSource]);
      break;
  }
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

const attrEscapes: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (c) => attrEscapes[c]!);

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
 * (when any), and the element. Values are escaped for HTML attributes.
 *
 * @param choice - the configurator's state (with a valid `scriptUrl`)
 * @returns the snippet text
 * @example
 * buildSnippet({ widget: 'year-clock', lang: 'fi', yearClockSource: 'evaluation', theme: {}, scriptUrl: 'https://x.fi/embed/perhekeskus.js', … });
 * // '<script type="module" src="https://x.fi/embed/perhekeskus.js"></script>\n<pk-year-clock lang="fi" source="evaluation"></pk-year-clock>\n'
 */
export function buildSnippet(choice: EmbedChoice): string {
  const { tag, attributes } = widgetElement(choice);
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  const lines = [`<script type="module" src="${escapeAttribute(choice.scriptUrl)}"></script>`];
  const colours = changedColours(choice.theme);
  if (colours.length) {
    lines.push('<style>', `  ${tag} {`, ...colours.map(([p, v]) => `    ${p}: ${v};`), '  }', '</style>');
  }
  lines.push(`<${tag}${attrs.join('')}></${tag}>`);
  return `${lines.join('\n')}\n`;
}
