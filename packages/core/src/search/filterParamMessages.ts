import { issueMessages } from '../i18n/catalogue.js';
import type { Locale } from '../model/common.js';
import type { FormatIssueCode } from '../validation/issueCodes.js';
import type { FilterParamIssue } from './parsePlaceFilter.js';

/** What a format must look like, from the data-issue catalogue: `municipality-code` → its sentence. */
function format(locale: Locale, expected: string): string | undefined {
  const formats: Readonly<Record<string, string>> = issueMessages[locale].formats;
  const code = `invalid-${expected}` as FormatIssueCode;
  return Object.hasOwn(formats, code) ? formats[code] : undefined;
}

/**
 * The sentences `filterIssueMessage` writes about a filter attribute or URL parameter that
 * `parsePlaceFilter` ignored, in Finnish, Swedish and English. Format explanations (`municipality-code`,
 * `language-code`) are the data-issue catalogue's (`issueMessages`).
 */
export const filterParamMessages: Readonly<Record<Locale, (issue: FilterParamIssue) => string>> = {
  fi: (i) =>
    `Asetus ${i.param}=”${i.value}” ohitettiin: ${
      format('fi', i.expected) ??
      (i.expected === 'text' ? 'arvon pitää olla tekstiä' : `sallitut arvot ovat ${i.expected}`)
    }.`,
  sv: (i) =>
    `Inställningen ${i.param}=”${i.value}” ignorerades: ${
      format('sv', i.expected) ?? (i.expected === 'text' ? 'värdet ska vara text' : `tillåtna värden är ${i.expected}`)
    }.`,
  en: (i) =>
    `Ignored ${i.param}=“${i.value}”: ${
      format('en', i.expected) ?? (i.expected === 'text' ? 'the value must be text' : `allowed values are ${i.expected}`)
    }.`,
};
