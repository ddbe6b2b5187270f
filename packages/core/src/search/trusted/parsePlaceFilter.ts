import type { LanguageCode, MunicipalityCode } from '../../model/common.js';
import { accessibilityFeatureValues, audienceValues, offeringValues } from '../../model/enumValues.js';
import type { AccessibilityFeature, Audience, Offering } from '../../model/meeting-place.js';
import { placeFilterParamNames as names, type PlaceFilter } from './placeFilter.js';

/** A query or attribute value that {@link parsePlaceFilter} dropped, and why. */
export interface FilterParamIssue {
  /** The parameter name as given (`audience`). */
  readonly param: string;
  /** The offending value (one item of a list), cut to 100 characters. */
  readonly value: string;
  /** `invalid-value`: not one of the allowed values; `invalid-format`: not shaped like a code. */
  readonly code: 'invalid-value' | 'invalid-format';
  /**
   * What would have been accepted: the allowed values comma-separated, or a format key
   * (`municipality-code`, `language-code`) that the message catalogue explains.
   */
  readonly expected: string;
}

/** The result of {@link parsePlaceFilter}: the usable filter and what was dropped. */
export interface ParsedPlaceFilter {
  readonly filter: PlaceFilter;
  readonly issues: FilterParamIssue[];
}

/** Widget attributes as a record, or a page's `URLSearchParams`. */
export type PlaceFilterParams = Record<string, string | undefined> | URLSearchParams;

/**
 * The patterns of `MunicipalityCode` and `LanguageCode` (the format table's `invalid-municipality-code`
 * and `invalid-language-code`; a test keeps them equal), here so that parsing loads no schema.
 */
const MUNICIPALITY_CODE = /^\d{3}$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

const LIST_SEPARATOR = /[\s,]+/;
const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'];
const TRUE = ['1', 'true', 'yes'];
const FALSE = ['0', 'false', 'no'];

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);
const shapedLike =
  (pattern: RegExp) =>
  (value: string): value is string =>
    pattern.test(value);

function isSearchParams(params: PlaceFilterParams): params is URLSearchParams {
  return typeof (params as URLSearchParams).getAll === 'function';
}

/** Every value given for `name`, joined with commas; undefined when the parameter is absent. */
function read(params: PlaceFilterParams, name: string, issues: FilterParamIssue[]): string | undefined {
  if (isSearchParams(params)) {
    const all = params.getAll(name);
    return all.length === 0 ? undefined : all.join(',');
  }
  if (!Object.hasOwn(params, name)) return undefined;
  const value: unknown = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  issues.push({ param: name, value: String(value).slice(0, 100), code: 'invalid-value', expected: 'text' });
  return undefined;
}

function readList<T extends string>(
  params: PlaceFilterParams,
  name: string,
  accepts: (value: string) => value is T,
  code: FilterParamIssue['code'],
  expected: string,
  issues: FilterParamIssue[],
): T[] | undefined {
  const raw = read(params, name, issues);
  if (raw === undefined) return undefined;
  const out: T[] = [];
  for (const item of raw.split(LIST_SEPARATOR)) {
    if (item === '') continue;
    const value = item.toLowerCase();
    if (!accepts(value)) issues.push({ param: name, value: item.slice(0, 100), code, expected });
    else if (!out.includes(value)) out.push(value);
  }
  return out.length > 0 ? out : undefined;
}

function readChoice(
  params: PlaceFilterParams,
  name: string,
  allowed: readonly string[],
  issues: FilterParamIssue[],
): string | undefined {
  const raw = read(params, name, issues)?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (allowed.includes(raw)) return raw;
  issues.push({ param: name, value: raw.slice(0, 100), code: 'invalid-value', expected: allowed.join(', ') });
  return undefined;
}

/**
 * Turns widget attributes or URL query parameters into a valid {@link PlaceFilter}, without a schema
 * library (the main entry's `parsePlaceFilter` is this function). Never throws: a bad value is
 * dropped and reported, the rest of the filter still applies. `municipality`, `audience`,
 * `offering`, `lang`, `access` take comma-separated lists (repeated parameters are joined; case is
 * ignored; duplicates dropped); `q` is free text (trimmed); `weekday` is 1–7 (1 = Monday);
 * `open=today` sets `openToday`; `examples` takes `1`/`true`/`yes` or `0`/`false`/`no`. Empty values
 * and unknown parameters are ignored, because a page URL carries parameters of its own.
 *
 * @param params - attributes as a record, or a `URLSearchParams` (untrusted: this is the check)
 * @returns the filter and the issues for dropped values
 * @example
 * parsePlaceFilter(new URLSearchParams('municipality=681,17&audience=families&open=today'));
 * // { filter: { municipalities: ['681'], audiences: ['families'], openToday: true },
 * //   issues: [{ param: 'municipality', value: '17', code: 'invalid-format', expected: 'municipality-code' }] }
 */
export function parsePlaceFilter(params: PlaceFilterParams): ParsedPlaceFilter {
  const issues: FilterParamIssue[] = [];
  const filter: PlaceFilter = {};
  if (params === null || typeof params !== 'object') return { filter, issues };

  const municipalities = readList<MunicipalityCode>(
    params,
    names.municipalities,
    shapedLike(MUNICIPALITY_CODE),
    'invalid-format',
    'municipality-code',
    issues,
  );
  if (municipalities) filter.municipalities = municipalities;

  const text = read(params, names.text, issues)?.trim();
  if (text) filter.text = text;

  const audiences = readList<Audience>(
    params,
    names.audiences,
    oneOf(audienceValues),
    'invalid-value',
    audienceValues.join(', '),
    issues,
  );
  if (audiences) filter.audiences = audiences;

  const offerings = readList<Offering>(
    params,
    names.offerings,
    oneOf(offeringValues),
    'invalid-value',
    offeringValues.join(', '),
    issues,
  );
  if (offerings) filter.offerings = offerings;

  const weekday = readChoice(params, names.weekday, WEEKDAYS, issues);
  if (weekday) filter.weekday = Number(weekday);

  if (readChoice(params, names.openToday, ['today'], issues)) filter.openToday = true;

  const languages = readList<LanguageCode>(
    params,
    names.languages,
    shapedLike(LANGUAGE_CODE),
    'invalid-format',
    'language-code',
    issues,
  );
  if (languages) filter.languages = languages;

  const accessibility = readList<AccessibilityFeature>(
    params,
    names.accessibility,
    oneOf(accessibilityFeatureValues),
    'invalid-value',
    accessibilityFeatureValues.join(', '),
    issues,
  );
  if (accessibility) filter.accessibility = accessibility;

  const examples = readChoice(params, names.includeExamples, [...TRUE, ...FALSE], issues);
  if (examples) filter.includeExamples = TRUE.includes(examples);

  return { filter, issues };
}
