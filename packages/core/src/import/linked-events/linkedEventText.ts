import { ContentLanguage, type LocalizedText } from '../../model/common.js';
import { type FieldIssue, fieldIssue, fieldPath } from './linkedEventIssues.js';
import type { LinkedEventText } from './linkedEventSchemas.js';

/** The languages a {@link LocalizedText} carries, in the order `found` lists them. */
const CARRIED: readonly ContentLanguage[] = ContentLanguage.options;

/** Whether a Linked Events language key is one we carry. */
function isCarried(language: string): language is ContentLanguage {
  return (CARRIED as readonly string[]).includes(language);
}

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
  /** The text in every carried language it has, when Finnish or Swedish is among them. */
  text?: LocalizedText;
  /** The carried languages that have text (`['en']` when only English exists). */
  found: ContentLanguage[];
  /** Their cleaned texts, with Finnish or Swedish or without. */
  values: Partial<Record<ContentLanguage, string>>;
  /** One `unsupported-language` issue per other language with text. */
  issues: FieldIssue[];
}

/**
 * Reads a Linked Events multilingual text into our {@link LocalizedText}: Finnish, Swedish, English and
 * the Sámi languages (`se`, `smn`, `sms`) are kept (blank ones are left out), every other language with
 * text (`ru`, `zh_hans`, `ar`) is reported as `unsupported-language`. A text with neither Finnish nor
 * Swedish gives no `text` (our model requires one of them); `found` tells the caller what there was,
 * so it can decide and report.
 *
 * @param value - the multilingual object, or null/undefined
 * @param field - its dotted path in the event, for issues (`name`, `offers[0].price`)
 * @param html - true for description fields, whose HTML is turned into text (see {@link htmlToText})
 * @returns the text, the carried languages found, and the issues
 * @example
 * readLinkedText({ sv: 'Babycafé', fi: '', se: 'Mánáidgáfe', ru: 'Кафе' }, 'name');
 * // { text: { sv: 'Babycafé', se: 'Mánáidgáfe' }, found: ['sv', 'se'], values: { sv: 'Babycafé', se: 'Mánáidgáfe' },
 * //   issues: [{ field: 'name.ru', code: 'unsupported-language', … }] }
 */
export function readLinkedText(
  value: LinkedEventText | null | undefined,
  field: string,
  html = false,
): LinkedTextResult {
  const carried: Partial<Record<ContentLanguage, string>> = {};
  const issues: FieldIssue[] = [];
  if (value) {
    for (const [language, raw] of Object.entries(value)) {
      if (typeof raw !== 'string') continue;
      const clean = html ? htmlToText(raw) : oneLine(raw);
      if (clean === '') continue;
      if (isCarried(language)) {
        carried[language] = clean;
      } else {
        const name = Object.hasOwn(LANGUAGE_NAMES, language) ? `${LANGUAGE_NAMES[language]} ` : '';
        issues.push(
          fieldIssue(
            fieldPath(field, language),
            'unsupported-language',
            `The ${name}text is not kept: entries carry Finnish, Swedish, English and the Sámi languages (se, smn, sms) only`,
            false,
            language,
          ),
        );
      }
    }
  }
  const found = CARRIED.filter((language) => carried[language] !== undefined);
  if (carried.fi === undefined && carried.sv === undefined) return { found, values: carried, issues };
  const text: LocalizedText = {};
  for (const language of found) text[language] = carried[language];
  return { text, found, values: carried, issues };
}
