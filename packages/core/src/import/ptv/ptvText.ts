import { ContentLanguage, type LocalizedText } from '../../model/common.js';
import { at, type PtvContext, parseEach, preview, report } from './ptvContext.js';
import { PtvV11LanguageItem } from './ptvSchemas.js';

/** One PTV text in one language, with the source path it came from. */
export interface PtvText {
  /** Lower-case language code as PTV gives it: `fi`, `sv`, `en`, `se`, `smn`, `sms`, … */
  readonly language: string;
  readonly value: string;
  /** v11 text type (`Name`, `AlternativeName`, `Description`, `Summary`); absent in v12. */
  readonly type?: string;
  readonly path: string;
}

/** The languages our texts hold, by name (for messages). */
const LANGUAGE_NAMES: Readonly<Record<ContentLanguage, string>> = {
  fi: 'Finnish',
  sv: 'Swedish',
  en: 'English',
  se: 'Northern Sámi',
  smn: 'Inari Sámi',
  sms: 'Skolt Sámi',
};

/** Whether a PTV language code is one of ours (`fi`, `sv`, `en`, `se`, `smn`, `sms`). */
function isContentLanguage(language: string): language is ContentLanguage {
  return (ContentLanguage.options as readonly string[]).includes(language);
}

/**
 * Reads a PTV localised text of the context's version: a v11 list of `{ language, value, type }` or a
 * v12 object keyed by language. Empty texts are skipped; malformed ones are reported.
 *
 * @param ctx - the channel being read
 * @param value - the source value (`serviceChannelNames`, `street`, …)
 * @param path - its source path, for issues
 * @param what - what the text is, for messages (`name`)
 * @returns the texts with their source paths, in source order
 * @example
 * ptvTexts(v11Context, [{ language: 'fi', value: 'Perhekeskus', type: 'Name' }], 'serviceChannelNames', 'name');
 * // [{ language: 'fi', value: 'Perhekeskus', type: 'Name', path: 'serviceChannelNames[0]' }]
 */
export function ptvTexts(ctx: PtvContext, value: unknown, path: string, what: string): PtvText[] {
  if (ctx.version === 'v11') {
    return parseEach(ctx, PtvV11LanguageItem, value, path, `A ${what} text`).flatMap(
      ({ path: itemPath, value: item }) =>
        item.value.trim() === ''
          ? []
          : [
              {
                language: item.language.trim().toLowerCase(),
                value: item.value.trim(),
                ...(item.type ? { type: item.type } : {}),
                path: itemPath,
              },
            ],
    );
  }
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    report(ctx, path, 'invalid-value', `The ${what} left out: expected texts keyed by language, got ${preview(value)}`);
    return [];
  }
  const texts: PtvText[] = [];
  for (const [language, text] of Object.entries(value)) {
    if (text === null || text === undefined || (typeof text === 'string' && text.trim() === '')) continue;
    if (typeof text !== 'string') {
      report(ctx, at(path, language), 'invalid-value', `The ${what} text left out: not a string: ${preview(text)}`);
      continue;
    }
    texts.push({ language: language.trim().toLowerCase(), value: text.trim(), path: at(path, language) });
  }
  return texts;
}

/**
 * Builds our `LocalizedText` from PTV texts: Finnish, Swedish, English and the Sámi languages (`se`,
 * `smn`, `sms`), with Finnish or Swedish among them. Every text that does not fit is reported: other
 * languages (`unsupported-language`), languages left out by the import options (`language-not-selected`),
 * a second text in one language (`unmapped-field`), and texts with neither a Finnish nor a Swedish one
 * beside them (`missing-national-language`, unless `reportMissing` is false).
 *
 * @param ctx - the channel being read
 * @param texts - texts from {@link ptvTexts}, already narrowed to one text type
 * @param what - what the text is, for messages
 * @param reportMissing - false when the caller reports a text without Finnish or Swedish itself
 * @returns the text, or `undefined` when there is neither a Finnish nor a Swedish text
 * @example
 * ptvLocalizedText(ctx, [{ language: 'sv', value: 'Familjecentralen', path: 'x.sv' },
 *   { language: 'se', value: 'Bearašguovddáš', path: 'x.se' }, { language: 'ru', value: 'Семейный центр', path: 'x.ru' }], 'name');
 * // { sv: 'Familjecentralen', se: 'Bearašguovddáš' }, and an `unsupported-language` issue for the Russian text
 */
export function ptvLocalizedText(
  ctx: PtvContext,
  texts: readonly PtvText[],
  what: string,
  reportMissing = true,
): LocalizedText | undefined {
  const out: Partial<Record<ContentLanguage, string>> = {};
  for (const text of texts) {
    const language = text.language;
    if (!isContentLanguage(language)) {
      report(
        ctx,
        text.path,
        'unsupported-language',
        `Language ${preview(language)} ${what} ${preview(text.value)} cannot be carried: LocalizedText holds fi, sv, en, se, smn and sms only`,
        false,
        language,
      );
    } else if (!ctx.languages.includes(language)) {
      report(
        ctx,
        text.path,
        'language-not-selected',
        `The ${LANGUAGE_NAMES[language]} (${language}) ${what} is left out by the import options`,
        false,
        language,
      );
    } else if (out[language] !== undefined) {
      report(
        ctx,
        text.path,
        'unmapped-field',
        `A second ${language} ${what} is not carried over: ${preview(text.value)}`,
      );
    } else {
      out[language] = text.value;
    }
  }
  if (out.fi === undefined && out.sv === undefined) {
    const kept = ContentLanguage.options.filter((language) => out[language] !== undefined);
    if (reportMissing && kept.length > 0) {
      const first = texts.find((t) => t.language === kept[0])!;
      report(
        ctx,
        first.path,
        'missing-national-language',
        `The ${what} has no Finnish or Swedish text; LocalizedText needs one of them, so ${kept
          .map((language) => `${LANGUAGE_NAMES[language]} ${preview(out[language])}`)
          .join(' and ')} is left out`,
      );
    }
    return undefined;
  }
  const text: LocalizedText = {};
  for (const language of ContentLanguage.options) {
    const value = out[language];
    if (value !== undefined) text[language] = value;
  }
  return text;
}

/**
 * Keeps one text per language where PTV gives several types (v11 `Name` and `AlternativeName`,
 * `Description` and `Summary`): the first of `rank(language)`'s types that exists, else the first text;
 * every other text is reported as `unmapped-field`, since `LocalizedText` holds one text a language.
 * A text without a type counts as the first ranked type.
 *
 * @param ctx - the channel being read
 * @param texts - texts from {@link ptvTexts}
 * @param rank - the preferred types for a language, best first
 * @param what - what the text is, for messages
 * @returns at most one text per language
 * @example
 * ptvPickTexts(ctx, [{ language: 'fi', value: 'A', type: 'AlternativeName', path: 'n[0]' },
 *   { language: 'fi', value: 'B', type: 'Name', path: 'n[1]' }], () => ['Name'], 'name');
 * // [{ language: 'fi', value: 'B', type: 'Name', path: 'n[1]' }], and 'A' reported
 */
export function ptvPickTexts(
  ctx: PtvContext,
  texts: readonly PtvText[],
  rank: (language: string) => readonly string[],
  what: string,
): PtvText[] {
  const picked: PtvText[] = [];
  const languages = [...new Set(texts.map((t) => t.language))];
  for (const language of languages) {
    const types = rank(language);
    const mine = texts.filter((t) => t.language === language);
    const score = (t: PtvText) => {
      const i = types.indexOf(t.type ?? types[0] ?? '');
      return i < 0 ? types.length : i;
    };
    const best = mine.reduce((a, b) => (score(b) < score(a) ? b : a));
    picked.push(best);
    for (const other of mine) {
      if (other === best) continue;
      report(
        ctx,
        other.path,
        'unmapped-field',
        `${other.type ? `The ${other.type}` : 'Another'} ${what} ${preview(other.value)} is not carried over: one ${what} a language`,
      );
    }
  }
  return picked;
}
