import type { LocalizedText } from '../../model/common.js';
import { type FieldIssue, fieldIssue, fieldPath } from './linkedEventIssues.js';
import type { LinkedEventText } from './linkedEventSchemas.js';

/** The languages a {@link LocalizedText} carries. */
const CARRIED = ['fi', 'sv', 'en'] as const;

/** Names of the other languages Linked Events translates into, for messages. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  ru: 'Russian',
  zh_hans: 'Chinese (simplified)',
  ar: 'Arabic',
};

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  euro: '€',
  auml: 'ä',
  ouml: 'ö',
  aring: 'å',
  Auml: 'Ä',
  Ouml: 'Ö',
  Aring: 'Å',
  eacute: 'é',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
};

/** Decodes `&amp;`, `&#228;`, `&#xE4;` and the common named entities; unknown ones stay as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] !== '#') return Object.hasOwn(NAMED_ENTITIES, name) ? (NAMED_ENTITIES[name] as string) : whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Plain text from the HTML of a Linked Events description (`<p>Tervetuloa!</p><p>Ota &amp; tuo</p>`):
 * paragraphs, headings, list items and `<br>` become line breaks, list items start with `- `, script
 * and style content is dropped, the remaining tags are removed and entities decoded. The result is
 * text to show as text; it is not sanitised HTML and must never be inserted as HTML.
 *
 * @param html - an HTML fragment, or plain text (without tags), whose line breaks are kept
 * @returns the text, with single blank lines between paragraphs and no leading or trailing space
 * @example
 * htmlToText('<p>Perhekahvila <b>joka</b> tiistai.</p><p>Tervetuloa &amp; ota kaveri mukaan!</p>');
 * // 'Perhekahvila joka tiistai.\n\nTervetuloa & ota kaveri mukaan!'
 */
export function htmlToText(html: string): string {
  // Some sources send plain text with line breaks; only real HTML has its whitespace collapsed.
  // `[^<>]` rather than `[^>]` keeps every scan short, so hostile input cannot make the regexes slow.
  const text = /<\/?[a-z][^<>]*>/i.test(html)
    ? html
        .replace(/<(script|style)\b[^<>]*>[\s\S]*?<\/\1\s*>/gi, '')
        .replace(/\s+/g, ' ')
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<li\b[^<>]*>/gi, '\n- ')
        .replace(/<\/(p|div|h[1-6]|ul|ol|blockquote|table|tr)\s*>/gi, '\n\n')
        .replace(/<\/?[a-z!/?][^<>]*>/gi, '')
    : html.replace(/\r\n?/g, '\n');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A one-line text: runs of whitespace (line breaks too) become one space, ends trimmed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What {@link readLinkedText} found. */
export interface LinkedTextResult {
  /** The Finnish, Swedish and English texts, when there is a Finnish one. */
  text?: LocalizedText;
  /** The carried languages that have text (`['sv']` when only Swedish exists). */
  found: ('fi' | 'sv' | 'en')[];
  /** Their cleaned texts, Finnish or not. */
  values: Partial<Record<'fi' | 'sv' | 'en', string>>;
  /** One `unsupported-language` issue per other language with text. */
  issues: FieldIssue[];
}

/**
 * Reads a Linked Events multilingual text into our {@link LocalizedText}: `fi`, `sv` and `en` are
 * kept (blank ones are left out), every other language with text (`ru`, `zh_hans`, `ar`) is reported
 * as `unsupported-language`. A text without Finnish gives no `text` (our model requires Finnish);
 * `found` tells the caller what there was, so it can decide and report.
 *
 * @param value - the multilingual object, or null/undefined
 * @param field - its dotted path in the event, for issues (`name`, `offers[0].price`)
 * @param html - true for description fields, whose HTML is turned into text (see {@link htmlToText})
 * @returns the text, the carried languages found, and the issues
 * @example
 * readLinkedText({ fi: 'Vauvakahvila', sv: '', ru: 'Кафе' }, 'name');
 * // { text: { fi: 'Vauvakahvila' }, found: ['fi'], values: { fi: 'Vauvakahvila' },
 * //   issues: [{ field: 'name.ru', code: 'unsupported-language', … }] }
 */
export function readLinkedText(
  value: LinkedEventText | null | undefined,
  field: string,
  html = false,
): LinkedTextResult {
  const carried: Partial<Record<'fi' | 'sv' | 'en', string>> = {};
  const issues: FieldIssue[] = [];
  if (value) {
    for (const [language, raw] of Object.entries(value)) {
      if (typeof raw !== 'string') continue;
      const clean = html ? htmlToText(raw) : oneLine(raw);
      if (clean === '') continue;
      if ((CARRIED as readonly string[]).includes(language)) {
        carried[language as 'fi' | 'sv' | 'en'] = clean;
      } else {
        const name = Object.hasOwn(LANGUAGE_NAMES, language) ? `${LANGUAGE_NAMES[language]} ` : '';
        issues.push(
          fieldIssue(
            fieldPath(field, language),
            'unsupported-language',
            `The ${name}text is not kept: entries carry Finnish, Swedish and English only`,
            false,
            language,
          ),
        );
      }
    }
  }
  const found = CARRIED.filter((language) => carried[language] !== undefined);
  if (carried.fi === undefined) return { found, values: carried, issues };
  const text: LocalizedText = { fi: carried.fi };
  if (carried.sv !== undefined) text.sv = carried.sv;
  if (carried.en !== undefined) text.en = carried.en;
  return { text, found, values: carried, issues };
}
