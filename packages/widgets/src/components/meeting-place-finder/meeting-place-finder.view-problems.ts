import type { Locale } from '@perhekeskus/core';
import type { nothing, TemplateResult } from 'lit';
import type { FinderMessages } from '../../i18n/finder/index.js';
import { formatCount } from '../../i18n/index.js';
import type { DataSource } from '../../internal/data-source.js';
import { issueListProblem, loadFailureProblem, problemsNotice } from '../../internal/templates.js';
import type { FinderData } from './meeting-place-finder.data.js';

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
  const { data } = source;
  const issues = data?.issues ?? [];
  const describe = data?.describe;
  return problemsNotice({
    ...loadFailureProblem(m, source, retry),
    ...(data && describe && (issues.length > 0 || data.fatal)
      ? issueListProblem(
          m,
          locale,
          issues,
          (issue) => describe(issue, locale, m),
          data.fatal || data.places.length === 0
            ? m.dataUnusable
            : m.dataIssuesKept(formatCount(data.places.length, locale)),
        )
      : {}),
    ...(data?.noSource ? { settings: { heading: m.settingsHeading, items: [m.noSource] } } : {}),
  });
}
