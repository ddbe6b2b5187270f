// The status line and the problems notice of <pk-year-clock>: "loading", the region the data is of,
// a failed load with "try again", the data's problems and the attributes that could not be used.
import type { Locale } from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';
import { capitalize, formatCount } from '../../i18n/index.js';
import type { YearClockIssue, YearClockMessages } from '../../i18n/year-clock/index.js';
import type { DataSource } from '../../internal/data-source.js';
import { localizedText } from '../../internal/localized-text.js';
import { issueListProblem, loadFailureProblem, problemsNotice } from '../../internal/templates.js';
import { type ClockData, unusable } from './year-clock.data.js';

/**
 * "Loading…" while loading; then the region the published data is of (nothing for other data).
 *
 * @returns the `status` part, focusable by script so that "try again" can leave focus on it
 */
export function statusView(source: DataSource<ClockData>, m: YearClockMessages, locale: Locale) {
  const data = source.data;
  const loading = source.status === 'loading';
  if (!loading && !data?.region) return nothing;
  return html`<p class="notice status" part="status" role="status" tabindex="-1">
    ${
      loading || !data?.region
        ? m.loading
        : html`${m.region}: ${localizedText(data.region, locale)}${data.example ? ` (${m.exampleData})` : ''}`
    }
  </p>`;
}

/**
 * The one notice of what is wrong: a failed load (with "try again"), the data's problems, the settings.
 *
 * @param source - the data and the state of its load
 * @param settings - attribute values that could not be used
 * @param onRetry - runs the load again
 * @returns the `error` part, or nothing
 */
export function problemsView(
  source: DataSource<ClockData>,
  settings: readonly YearClockIssue[],
  m: YearClockMessages,
  locale: Locale,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  const { data } = source;
  const all = [...settings, ...(data?.settings ?? [])];
  const problems = data?.problems;
  return problemsNotice({
    ...loadFailureProblem(m, source, onRetry),
    ...(problems && data
      ? issueListProblem(
          m,
          locale,
          problems.sentences(locale),
          (sentence) => sentence,
          unusable(data) ? m.dataUnusable : m.dataIssuesKept(formatCount(data.rings.length, locale)),
          problems.count,
        )
      : {}),
    ...(all.length > 0
      ? {
          settings: {
            heading: m.settingsHeading,
            items: all.map((issue) => `${capitalize(m.attribute(issue.path), locale)}: ${m.issue(issue)}`),
          },
        }
      : {}),
  });
}
