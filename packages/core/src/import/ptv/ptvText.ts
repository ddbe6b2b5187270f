import type { Locale, LocalizedText } from '../../model/common.js';
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

/** The languages PTV texts come in that `LocalizedText` cannot hold, by name (for messages). */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  se: 'Northern Sámi',
  smn: 'Inari Sámi',
  sms: 'Skolt Sámi',
};

const OUR_LANGUAGES: readonly string[] = ['fi', 'sv', 'en'];

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
 * Builds our `LocalizedText` (fi required, sv and en optional) from PTV texts. Every text that does not
 * fit is reported: Sámi and other languages (`unsupported-language`), languages left out by the
 * import options (`language-not-selected`), a second text in one language (`unmapped-field`), and
 * sv/en texts without a Finnish one (`missing-finnish`, unless `reportMissingFinnish` is false).
 *
 * @param ctx - the channel being read
 * @param texts - texts from {@link ptvTexts}, already narrowed to one text type
 * @param what - what the text is, for messages
 * @param reportMissingFinnish - false when the caller reports a missing Finnish text itself
 * @returns the text, or `undefined` when there is no Finnish text
 * @example
 * ptvLocalizedText(ctx, [{ language: 'fi', value: 'Perhekeskus', path: 'x.fi' },
 *   { language: 'se', value: 'Bearašguovddáš', path: 'x.se' }], 'name');
 * // { fi: 'Perhekeskus' }, and an `unsupported-language` issue for the Northern Sámi text
 */
export function ptvLocalizedText(
  ctx: PtvContext,
  texts: readonly PtvText[],
  what: string,
  reportMissingFinnish = true,
): LocalizedText | undefined {
  const out: Partial<Record<Locale, string>> = {};
  for (const text of texts) {
    const language = text.language;
    if (!OUR_LANGUAGES.includes(language)) {
      const name = Object.hasOwn(LANGUAGE_NAMES, language) ? LANGUAGE_NAMES[language] : undefined;
      report(
        ctx,
        text.path,
        'unsupported-language',
        `${name ? `${name} (${language})` : `Language "${language}"`} ${what} ${preview(text.value)} cannot be carried: LocalizedText holds fi, sv and en only`,
        false,
        language,
      );
    } else if (!ctx.locales.includes(language as Locale)) {
      report(
        ctx,
        text.path,
        'language-not-selected',
        `The ${language} ${what} is left out by the import options`,
        false,
        language,
      );
    } else if (out[language as Locale] !== undefined) {
      report(
        ctx,
        text.path,
        'unmapped-field',
        `A second ${language} ${what} is not carried over: ${preview(text.value)}`,
      );
    } else {
      out[language as Locale] = text.value;
    }
  }
  const { fi, sv, en } = out;
  if (fi === undefined) {
    if (reportMissingFinnish && (sv !== undefined || en !== undefined)) {
      const first = texts.find((t) => t.language === 'sv' || t.language === 'en')!;
      report(
        ctx,
        first.path,
        'missing-finnish',
        `The ${what} has no Finnish text; LocalizedText needs fi, so ${[sv, en]
          .filter((t) => t !== undefined)
          .map((t) => preview(t))
          .join(' and ')} is left out`,
      );
    }
    return undefined;
  }
  return { fi, ...(sv !== undefined ? { sv } : {}), ...(en !== undefined ? { en } : {}) };
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
