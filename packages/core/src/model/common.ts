import * as z from 'zod/mini';
import { matches } from '../validation/formats.js';
import { modelRule } from '../validation/modelRule.js';
import { contentLanguageValues, localeValues, meetingModeValues } from './enumValues.js';

/** Checks that a `YYYY-MM-DD` string names a real calendar day (no 2026-02-30). */
function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // Date.UTC would read years 0–99 as 1900–1999
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date as an ISO 8601 string, `YYYY-MM-DD`; the only date format at our boundaries. */
export const IsoDate = z
  .string()
  .check(matches('invalid-date'), z.refine(isCalendarDate, modelRule('invalid-date', 'Not a real calendar date')));
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
const TextValue = z.string().check(z.minLength(1));

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
  fi: z.string().check(z.minLength(1)),
  sv: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
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
  document: z.string().check(z.minLength(1)),
  section: z.optional(z.string()),
  url: z.optional(z.string().check(z.url())),
  assumption: z.optional(z.string().check(z.minLength(1))),
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
