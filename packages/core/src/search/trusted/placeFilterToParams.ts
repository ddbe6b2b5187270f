import { placeFilterParamNames as names, type PlaceFilter } from './placeFilter.js';

/**
 * Writes a {@link PlaceFilter} already known to be valid as query parameters for a shareable URL,
 * the reverse of `parsePlaceFilter` (the main entry's `placeFilterToParams` checks the filter and
 * then calls this). Keys come in a fixed order; lists are comma-separated; empty lists, empty text,
 * `openToday: false` and `includeExamples: false` are left out.
 *
 * @param filter - a filter (not checked)
 * @returns parameters for `new URLSearchParams(...)`
 * @example
 * placeFilterToParams({ municipalities: ['681', '178'], openToday: true, text: 'vauva' });
 * // { municipality: '681,178', q: 'vauva', open: 'today' }
 */
export function placeFilterToParams(filter: PlaceFilter): Record<string, string> {
  const f = filter;
  const out: Record<string, string> = {};
  const list = (name: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) out[name] = values.join(',');
  };
  list(names.municipalities, f.municipalities);
  const text = f.text?.trim();
  if (text) out[names.text] = text;
  list(names.audiences, f.audiences);
  list(names.offerings, f.offerings);
  if (f.weekday !== undefined) out[names.weekday] = String(f.weekday);
  if (f.openToday) out[names.openToday] = 'today';
  list(names.languages, f.languages);
  list(names.accessibility, f.accessibility);
  if (f.includeExamples) out[names.includeExamples] = '1';
  return out;
}
