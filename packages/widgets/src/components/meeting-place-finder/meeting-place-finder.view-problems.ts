import type { Locale } from '@perhekeskus/core';
import type { nothing, TemplateResult } from 'lit';
import { loadFailureText } from '../../i18n/common.js';
import type { FinderMessages } from '../../i18n/finder/index.js';
import { formatCount } from '../../i18n/index.js';
import type { DataSource } from '../../internal/data-source.js';
import { problemsNotice } from '../../internal/templates.js';
import type { FinderData } from './meeting-place-finder.data.js';

/** How many issues the notice lists before "…and N more". */
const MAX_ISSUES_SHOWN = 10;

/**
 * The one problems notice (`problemsNotice`) in the finder's words: a failed load (with "try again"
 * when `retry` is given), the rows left out of the data, and a missing data source.
 *
 * @param m - the finder's catalogue
 * @param locale - the widget's language
 * @param source - the data source: its status, failure and last good data
 * @param retry - what "try again" does, when trying again can help
 */
export function problemsView(
  m: FinderMessages,
  locale: Locale,
  source: Pick<DataSource<FinderData>, 'status' | 'failure' | 'httpStatus' | 'data'>,
  retry: (() => void) | undefined,
): TemplateResult | typeof nothing {
  const { data, failure } = source;
  const issues = data?.issues ?? [];
  const describe = data?.describe;
  const count = (n: number) => formatCount(n, locale);
  return problemsNotice({
    ...(source.status === 'error'
      ? {
          failure: {
            text: m.loadFailed,
            // The shared sentences know no timeout yet: a server that never answers reads as a network failure.
            detail: loadFailureText(m, failure === 'timeout' ? 'network' : failure, source.httpStatus ?? ''),
            ...(retry ? { retry: { label: m.retry, onClick: retry } } : {}),
          },
        }
      : {}),
    ...(data && describe && (issues.length > 0 || data.fatal)
      ? {
          issues: {
            heading: m.dataIssues(count(issues.length)),
            summary:
              data.fatal || data.places.length === 0 ? m.dataUnusable : m.dataIssuesKept(count(data.places.length)),
            items: issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => describe(issue, locale, m)),
            ...(issues.length > MAX_ISSUES_SHOWN
              ? { more: m.moreIssues(count(issues.length - MAX_ISSUES_SHOWN)) }
              : {}),
          },
        }
      : {}),
    ...(data?.noSource ? { settings: { heading: m.settingsHeading, items: [m.noSource] } } : {}),
  });
}
