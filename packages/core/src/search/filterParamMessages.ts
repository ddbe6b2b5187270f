import type { Locale } from '../model/common.js';
import type { FilterParamIssue } from './parsePlaceFilter.js';
import { placeIssueMessages } from './placeIssueMessages.js';

/**
 * The sentences `filterIssueMessage` writes about a filter attribute or URL parameter that
 * `parsePlaceFilter` ignored, in Finnish, Swedish and English. Format explanations (`municipality-code`,
 * `language-code`) are shared with the data-issue catalogue (`placeIssueMessages.ts`).
 */
export const filterParamMessages: Readonly<Record<Locale, (issue: FilterParamIssue) => string>> = {
  fi: (i) =>
    `Asetus ${i.param}=”${i.value}” ohitettiin: ${
      placeIssueMessages.fi.formats[i.expected] ??
      (i.expected === 'text' ? 'arvon pitää olla tekstiä' : `sallitut arvot ovat ${i.expected}`)
    }.`,
  sv: (i) =>
    `Inställningen ${i.param}=”${i.value}” ignorerades: ${
      placeIssueMessages.sv.formats[i.expected] ??
      (i.expected === 'text' ? 'värdet ska vara text' : `tillåtna värden är ${i.expected}`)
    }.`,
  en: (i) =>
    `Ignored ${i.param}=“${i.value}”: ${
      placeIssueMessages.en.formats[i.expected] ??
      (i.expected === 'text' ? 'the value must be text' : `allowed values are ${i.expected}`)
    }.`,
};
