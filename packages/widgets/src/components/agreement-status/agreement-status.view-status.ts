// The status line and the problems notice of <pk-agreement-status>: "loading", the region the data is
// of, a failed load with "try again", the data's problems and the attributes that could not be used.
import type { Locale } from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { AgreementStatusIssue, AgreementStatusMessages } from '../../i18n/agreement-status/index.js';
import { capitalize } from '../../i18n/index.js';
import type { DataSource } from '../../internal/data-source.js';
import { localizedText } from '../../internal/localized-text.js';
import { issueListProblem, loadFailureProblem, problemsNotice } from '../../internal/templates.js';
import type { AgreementsData } from './agreement-status.data.js';

/**
 * "Loading…" while loading; then the region the published data is of, marked when it is example data.
 *
 * @returns the `status` part, focusable by script so that "try again" can leave focus on it
 */
export function statusView(
  source: DataSource<AgreementsData>,
  m: AgreementStatusMessages,
  locale: Locale,
): TemplateResult | typeof nothing {
  const data = source.data;
  const loading = source.status === 'loading';
  if (!loading && !data?.region) return nothing;
  return html`<p class="notice status" part="status" role="status" tabindex="-1">
    ${
      loading || !data?.region
        ? m.loading
        : html`${m.region}: ${localizedText(data.region, locale)}${data.example ? html` <span class="badge example">${m.exampleData}</span>` : nothing}`
    }
  </p>`;
}

/**
 * The one notice of what is wrong: a failed load (with "try again"), the data's problems, the settings.
 *
 * @param shown - whether the agreement could still be shown
 * @returns the `error` part, or nothing
 */
export function problemsView(
  source: DataSource<AgreementsData>,
  settings: readonly AgreementStatusIssue[],
  shown: boolean,
  m: AgreementStatusMessages,
  locale: Locale,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  const { data } = source;
  const all = [...settings, ...(data?.settings ?? [])];
  const problems = data?.problems;
  return problemsNotice({
    ...loadFailureProblem(m, source, onRetry),
    ...(problems
      ? issueListProblem(
          m,
          locale,
          problems.sentences(locale),
          (sentence) => sentence,
          shown ? m.dataIssuesKept : m.dataUnusable,
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
