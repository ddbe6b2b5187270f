import * as z from 'zod/mini';
import { matches } from '../validation/formats.js';
import { isWellFormedText } from '../validation/isWellFormedText.js';
import { modelRule } from '../validation/modelRule.js';
import { isSupportedYear, SUPPORTED_YEARS_RULE } from '../validation/supportedYears.js';
import { contentLanguageValues, localeValues, meetingModeValues } from './enumValues.js';
import { WebUrl } from './webUrl.js';

/**
 * Free text of the model: any string that is well-formed Unicode. A lone surrogate (`"\ud83d"`) is valid
 * JSON, but `encodeURIComponent` and `TextEncoder` cannot carry it, so no text field accepts one
 * (`invalid-unicode`).
 */
export const FreeText = z
  .string()
  .check(z.refine(isWellFormedText, modelRule('invalid-unicode', 'Not well-formed Unicode')));
export type FreeText = z.infer<typeof FreeText>;

/** {@link FreeText} that is not empty. */
export const NonEmptyText = FreeText.check(z.minLength(1));
export type NonEmptyText = z.infer<typeof NonEmptyText>;

/**
 * A year the library computes with, 1922–2200 (`SUPPORTED_YEARS`): a year outside them is
 * `year-outside-range`, whose sentence names the range.
 */
export const Year = z.int().check(z.refine(isSupportedYear, SUPPORTED_YEARS_RULE));
export type Year = z.infer<typeof Year>;

/** Checks that a `YYYY-MM-DD` string names a real calendar day (no 2026-02-30). */
function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // Date.UTC would read years 0–99 as 1900–1999
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The year of a `YYYY-MM-DD` string is supported; a string of another shape is left to the format check. */
function inSupportedYears(value: string): boolean {
  return !/^\d{4}-/.test(value) || isSupportedYear(Number(value.slice(0, 4)));
}

/**
 * Internal: a real calendar date `YYYY-MM-DD` of any year 0000–9999, for the arguments of functions
 * that compute over a wider span than the model holds (the holidays of 1900–2200, a calendar's
 * steps). Data is {@link IsoDate}.
 */
export const AnyYearIsoDate = z
  .string()
  .check(matches('invalid-date'), z.refine(isCalendarDate, modelRule('invalid-date', 'Not a real calendar date')));

/**
 * A calendar date as an ISO 8601 string, `YYYY-MM-DD`; the only date format at our boundaries. Its
 * year is one the library computes with (1922–2200, `year-outside-range`).
 */
export const IsoDate = AnyYearIsoDate.check(z.refine(inSupportedYears, SUPPORTED_YEARS_RULE));
export type IsoDate = z.infer<typeof IsoDate>;

/** A wall-clock time in Helsinki, `HH:mm` (24-hour). */
export const LocalTime = z.string().check(matches('invalid-time'));
export type LocalTime = z.infer<typeof LocalTime>;

/** A stable identifier: lower-case letters, digits and hyphens (`steering-group`). */
export const Id = z.string().check(matches('invalid-id'));
export type Id = z.infer<typeof Id>;

/** Official three-digit municipality code of Statistics Finland (`681` = Rantasalmi). */
export const MunicipalityCode = z.string().check(matches('invalid-municipality-code'));
export type MunicipalityCode = z.infer<typeof MunicipalityCode>;

/** ISO 639-1 language code (`fi`, `sv`, `en`, `se`, `ru`, `uk`, …). */
export const LanguageCode = z.string().check(matches('invalid-language-code'));
export type LanguageCode = z.infer<typeof LanguageCode>;

/** The interface languages this project speaks. */
export const Locale = z.enum(localeValues);
export type Locale = z.infer<typeof Locale>;

/**
 * The languages data text may be written in: Finland's national languages Finnish and Swedish,
 * English, and the three Sámi languages of the Sámi homeland — North Sámi (`se`), Inari Sámi (`smn`)
 * and Skolt Sámi (`sms`).
 */
export const ContentLanguage = z.enum(contentLanguageValues);
export type ContentLanguage = z.infer<typeof ContentLanguage>;

/** One language's text, never empty. */
const TextValue = NonEmptyText;

/**
 * Text in Finland's languages: Finnish or Swedish (at least one of them; a Swedish-speaking
 * organisation need not invent a Finnish name), and English and the Sámi languages where they exist.
 * Show it with `displayText`, which picks a language by one rule everywhere.
 */
export const LocalizedText = z
  .strictObject({
    fi: z.optional(TextValue),
    sv: z.optional(TextValue),
    en: z.optional(TextValue),
    se: z.optional(TextValue),
    smn: z.optional(TextValue),
    sms: z.optional(TextValue),
  })
  .check(
    z.refine(
      (text) => text.fi !== undefined || text.sv !== undefined,
      modelRule('text-needs-national-language', 'Text needs Finnish or Swedish', ['fi']),
    ),
  );
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The library's own labels (enum values, interface strings): always in all three interface languages. */
export const TrilingualText = z.strictObject({
  fi: NonEmptyText,
  sv: NonEmptyText,
  en: NonEmptyText,
});
export type TrilingualText = z.infer<typeof TrilingualText>;

/** A point in WGS84 degrees. */
export const Coordinates = z.strictObject({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});
export type Coordinates = z.infer<typeof Coordinates>;

/** A closed range of days; `end` absent means open-ended. */
export const DateRange = z.strictObject({
  start: IsoDate,
  end: z.optional(IsoDate),
});
export type DateRange = z.infer<typeof DateRange>;

/**
 * Where a fact comes from: a document (for the built-in data, a seed file such as
 * `002_0186ec03f3bf117b.txt`) and the section or page in it. `assumption` says what is *not* in the
 * document but was assumed to make the row usable; such rows must be read as assumptions.
 */
export const SourceRef = z.strictObject({
  document: NonEmptyText,
  section: z.optional(FreeText),
  url: z.optional(WebUrl),
  assumption: z.optional(NonEmptyText),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** A month of the year, 1 = January. */
export const Month = z.int().check(z.gte(1), z.lte(12));
export type Month = z.infer<typeof Month>;

/** ISO weekday, 1 = Monday … 7 = Sunday (weeks start on Monday in Finland). */
export const Weekday = z.int().check(z.gte(1), z.lte(7));
export type Weekday = z.infer<typeof Weekday>;

/** A span of months, inclusive; `from` > `to` wraps over the new year (Nov–Feb). */
export const MonthWindow = z.strictObject({
  from: Month,
  to: Month,
});
export type MonthWindow = z.infer<typeof MonthWindow>;

/** How a meeting is held: livekokous (in person), etäkokous (remote) or hybridi. */
export const MeetingMode = z.enum(meetingModeValues);
export type MeetingMode = z.infer<typeof MeetingMode>;

/**
 * How a group's meetings are held: one mode, or the modes it chooses between ("remote or hybrid",
 * 002), the first being the usual one.
 */
export const MeetingModes = z.union([MeetingMode, z.array(MeetingMode).check(z.minLength(1))]);
export type MeetingModes = z.infer<typeof MeetingModes>;

/**
 * A kind the library does not know: an {@link Id} that the region declares in its `vocabulary`, with
 * its own labels, so a county is not blocked on a release of the library.
 */
export const CustomKind = Id;

/** A value of a vocabulary: one the library knows (`known`) or one the region declares. */
export function vocabularyValue<T extends z.ZodMiniType<string>>(known: T) {
  return z.union([known, CustomKind]);
}
