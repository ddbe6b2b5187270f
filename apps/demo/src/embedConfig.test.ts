import { describe, expect, it } from 'vitest';
import {
  buildSnippet,
  changedColours,
  checkTheme,
  type EmbedChoice,
  embedScriptUrl,
  NETWORK_GROUP_IDS,
  THEME_TOKENS,
  widgetElement,
} from './embedConfig.js';

function choice(overrides: Partial<EmbedChoice> = {}): EmbedChoice {
  return {
    widget: 'finder',
    lang: 'fi',
    municipality: '',
    calendarContent: 'networks',
    yearClockSource: 'relationship-support',
    theme: {},
    scriptUrl: 'https://www.kunta.example/perhekeskus/embed/perhekeskus.js',
    ...overrides,
  };
}

const defaults = Object.fromEntries(THEME_TOKENS.map((t) => [t.property, t.defaultValue]));

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
});

describe('widgetElement', () => {
  it('presets the finder to a municipality by its code', () => {
    expect(widgetElement(choice({ municipality: '681', lang: 'sv' }))).toEqual({
      tag: 'pk-meeting-place-finder',
      attributes: [
        ['lang', 'sv'],
        ['municipality', '681'],
      ],
    });
  });

  it("shows the networks' meetings, the evaluation calendar or a meeting place's week in the calendar", () => {
    expect(widgetElement(choice({ widget: 'calendar' })).attributes).toContainEqual([
      'groups',
      NETWORK_GROUP_IDS.join(','),
    ]);
    expect(widgetElement(choice({ widget: 'calendar', calendarContent: 'evaluation' })).attributes).toContainEqual([
      'evaluation',
      '',
    ]);
    expect(
      widgetElement(choice({ widget: 'calendar', calendarContent: 'place', placeId: 'rantasalmi-open-meeting-place' }))
        .attributes,
    ).toEqual([
      ['lang', 'fi'],
      ['place', 'rantasalmi-open-meeting-place'],
      ['view', 'week'],
    ]);
  });

  it('gives the year clock its source', () => {
    expect(widgetElement(choice({ widget: 'year-clock', yearClockSource: 'evaluation' }))).toEqual({
      tag: 'pk-year-clock',
      attributes: [
        ['lang', 'fi'],
        ['source', 'evaluation'],
      ],
    });
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

describe('buildSnippet', () => {
  it('is the one script tag and the element when the colours are the defaults', () => {
    expect(buildSnippet(choice({ municipality: '681', theme: defaults }))).toBe(
      '<script type="module" src="https://www.kunta.example/perhekeskus/embed/perhekeskus.js"></script>\n' +
        '<pk-meeting-place-finder lang="fi" municipality="681"></pk-meeting-place-finder>\n',
    );
  });

  it('adds a style rule for the changed colours on the element', () => {
    const snippet = buildSnippet(choice({ widget: 'year-clock', theme: { ...defaults, '--pk-accent': '#0b5a2a' } }));
    expect(snippet).toContain('<style>\n  pk-year-clock {\n    --pk-accent: #0b5a2a;\n  }\n</style>\n');
    expect(snippet.endsWith('<pk-year-clock lang="fi" source="relationship-support"></pk-year-clock>\n')).toBe(true);
  });

  it('writes a boolean attribute without a value', () => {
    expect(buildSnippet(choice({ widget: 'calendar', calendarContent: 'evaluation' }))).toContain(
      '<pk-calendar lang="fi" evaluation></pk-calendar>',
    );
  });

  it('escapes the script address for its attribute', () => {
    expect(buildSnippet(choice({ scriptUrl: 'https://x.example/a"b&c.js' }))).toContain(
      'src="https://x.example/a&quot;b&amp;c.js"',
    );
  });
});
