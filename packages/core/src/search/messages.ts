import type { Locale } from '../model/common.js';
import { filterParamMessages } from './filterParamMessages.js';
import type { FilterParamIssue } from './parsePlaceFilter.js';
import { type PlaceIssueMessages, placeIssueMessages } from './placeIssueMessages.js';

/**
 * The whole message catalogue of search, in Finnish, Swedish and English: the data-issue sentences
 * (`placeIssueMessages.ts`) and the ignored-parameter sentence (`filterParamMessages.ts`). The two
 * live apart so that a bundle carries only the one it uses; this joins them for whoever wants both.
 */

/** The parts a locale provides. */
export interface SearchMessages extends PlaceIssueMessages {
  param(issue: FilterParamIssue): string;
}

const join = (locale: Locale): SearchMessages => ({
  ...placeIssueMessages[locale],
  param: filterParamMessages[locale],
});

/** The catalogue by locale. Pure calls: a bundle that never reads it drops both catalogues' joins. */
export const searchMessages: Readonly<Record<Locale, SearchMessages>> = {
  fi: /* @__PURE__ */ join('fi'),
  sv: /* @__PURE__ */ join('sv'),
  en: /* @__PURE__ */ join('en'),
};
