// Core's trusted entry: `parsePlaceFilter` checks attribute and URL values without a schema library.
import {
  type PlaceFilter,
  parsePlaceFilter,
  placeFilterParamNames,
  placeFilterToParams,
} from '@perhekeskus/core/trusted';

/**
 * The finder's filter as view state: preset from attributes (or the page's query string with
 * `sync-url`), tidied after each change, and written back to the query string. Parsing and writing are
 * core's (`parsePlaceFilter`, `placeFilterToParams`).
 */

/**
 * The property (and attribute) that presets each filter key; `language` and `accessibility` avoid the
 * global `lang`. Example rows show unless the boolean `hide-examples` is set.
 */
export const FILTER_ATTRIBUTES = {
  municipalities: 'municipality',
  text: 'q',
  audiences: 'audience',
  offerings: 'offering',
  weekday: 'weekday',
  openToday: 'open',
  languages: 'language',
  accessibility: 'accessibility',
  includeExamples: 'hideExamples',
} as const satisfies Record<keyof PlaceFilter, string>;

/** The checkbox groups. */
export type ListKey = 'audiences' | 'offerings' | 'languages' | 'accessibility';

/**
 * The filter the page presets: from the query string when `fromUrl` and it holds any filter, else
 * from the attributes. `includeExamples` is always set, so the filter means the same to core as to
 * the widget.
 *
 * @param attribute - a preset attribute's value by its property name (`municipality`, `q`…)
 * @param hideExamples - the `hide-examples` attribute
 * @param fromUrl - `sync-url` on the first render
 */
export function presetFilter(
  attribute: (name: string) => string | undefined,
  hideExamples: boolean,
  fromUrl: boolean,
): PlaceFilter {
  let filter: PlaceFilter | undefined;
  if (fromUrl) {
    const query = new URLSearchParams(location.search);
    if (Object.values(placeFilterParamNames).some((name) => query.has(name))) filter = parsePlaceFilter(query).filter;
  }
  if (!filter) {
    const params: Record<string, string | undefined> = {};
    for (const [key, name] of Object.entries(FILTER_ATTRIBUTES) as [keyof PlaceFilter, string][]) {
      if (key !== 'includeExamples') params[placeFilterParamNames[key]] = attribute(name);
    }
    filter = parsePlaceFilter(params).filter;
  }
  return { ...filter, includeExamples: filter.includeExamples ?? !hideExamples };
}

/** The filter with `patch` applied and empty values dropped (`includeExamples` always kept). */
export function patchFilter(filter: PlaceFilter, patch: Partial<PlaceFilter>): PlaceFilter {
  const next: PlaceFilter = { ...filter, ...patch };
  for (const key of Object.keys(next) as (keyof PlaceFilter)[]) {
    const value = next[key];
    if (key === 'includeExamples') continue;
    if (value === undefined || value === false || value === '' || (Array.isArray(value) && value.length === 0)) {
      delete next[key];
    }
  }
  return next;
}

/** The day select's value (`''`, `today`, `1`…`7`) as a filter patch. */
export function dayPatch(value: string): Partial<PlaceFilter> {
  return {
    openToday: value === 'today' ? true : undefined,
    weekday: /^[1-7]$/.test(value) ? Number(value) : undefined,
  };
}

/** A checkbox of a group turned on or off, as a filter patch. */
export function checkPatch(filter: PlaceFilter, key: ListKey, value: string, checked: boolean): Partial<PlaceFilter> {
  const next = ((filter[key] ?? []) as string[]).filter((v) => v !== value);
  if (checked) next.push(value);
  return { [key]: next };
}

/** How many filters are on besides the search text, for the controls that fold them. */
export function activeFilters(filter: PlaceFilter, includeSelects: boolean): number {
  const lists =
    (filter.audiences?.length ?? 0) +
    (filter.offerings?.length ?? 0) +
    (filter.languages?.length ?? 0) +
    (filter.accessibility?.length ?? 0);
  if (!includeSelects) return lists;
  return lists + (filter.municipalities?.length ? 1 : 0) + (filter.openToday || filter.weekday ? 1 : 0);
}

/**
 * Writes the filter into the page's query string (replaceState), keeping other parameters. Examples
 * go in only as a choice against the page's default: `examples=0` or `examples=1`.
 */
export function writeFilterToUrl(filter: PlaceFilter, examplesChanged: boolean): void {
  try {
    const query = new URLSearchParams(location.search);
    for (const name of Object.values(placeFilterParamNames)) query.delete(name);
    const { includeExamples, ...rest } = filter;
    for (const [name, value] of Object.entries(placeFilterToParams(rest))) query.set(name, value);
    if (examplesChanged) query.set(placeFilterParamNames.includeExamples, includeExamples ? '1' : '0');
    const search = query.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  } catch {
    // A sandboxed page may refuse history changes; the search still works without them.
  }
}
