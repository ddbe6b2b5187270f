import type { Locale } from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';
import { type LoadMessages, loadFailureText } from '../i18n/common.js';
import { formatCount } from '../i18n/index.js';
import type { DataSource } from './data-source.js';

/**
 * A heading of the level the page asks for (`heading-level`, clamped to 2–6, so a widget never
 * claims the page's `h1`): real `h2`–`h6` elements, which screen-reader users jump between.
 *
 * @param level - the requested level (any number; NaN gives `fallback`)
 * @param content - the heading's content
 * @param options - `className` and `part` of the element, `id` for `aria-labelledby`, `fallback` level
 * @returns the heading
 * @example
 * heading(this.headingLevel, name, { className: 'name', part: 'name' });
 */
export function heading(
  level: number,
  content: unknown,
  options: { className?: string; part?: string; id?: string; fallback?: number } = {},
): TemplateResult {
  const n = Math.min(6, Math.max(2, Math.trunc(level) || options.fallback || 3));
  const { className, part, id } = options;
  const c = className ?? nothing;
  const p = part ?? nothing;
  const i = id ?? nothing;
  // One literal per level: Lit templates cannot take a tag name as a value.
  switch (n) {
    case 2:
      return html`<h2 class=${c} part=${p} id=${i}>${content}</h2>`;
    case 4:
      return html`<h4 class=${c} part=${p} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 class=${c} part=${p} id=${i}>${content}</h5>`;
    case 6:
      return html`<h6 class=${c} part=${p} id=${i}>${content}</h6>`;
    default:
      return html`<h3 class=${c} part=${p} id=${i}>${content}</h3>`;
  }
}

/** What went wrong, already in words: a failed load, data problems, settings the widget could not use. */
export interface Problems {
  /** A load that failed: what failed, why, and the retry button when trying again can help. */
  failure?: { text: string; detail: string; retry?: { label: string; onClick: () => void } };
  /** Rows that were left out: a heading, what was kept, a sentence per issue (the first ones), how many more. */
  issues?: { heading: string; summary: string; items: readonly string[]; more?: string };
  /** Attributes or properties that could not be used. */
  settings?: { heading: string; items: readonly string[] };
}

/** How many data issues a notice lists before "…and N more". */
export const MAX_ISSUES_SHOWN = 10;

/** The words of a failed load and of a data-issue list, in every widget's catalogue. */
export interface ProblemMessages extends LoadMessages {
  /** What failed to load, in the widget's words ("The meeting places could not be loaded."). */
  loadFailed: string;
  /** The heading of the data issues, with their count. */
  dataIssues: (formattedCount: string) => string;
}

/**
 * The `failure` part of {@link problemsNotice} for a data source whose load failed: the widget's
 * `loadFailed`, why it failed, and "try again" when `onRetry` is given; nothing when it did not fail.
 *
 * @param m - the widget's catalogue
 * @param source - the data source's status, failure and HTTP status
 * @param onRetry - what "try again" does, when trying again can help
 * @returns `{ failure }`, or `{}`
 * @example
 * problemsNotice({ ...loadFailureProblem(m, this._data, () => this._data.retry()) });
 */
export function loadFailureProblem(
  m: ProblemMessages,
  source: Pick<DataSource<unknown>, 'status' | 'failure' | 'httpStatus'>,
  onRetry?: () => void,
): Pick<Problems, 'failure'> {
  if (source.status !== 'error') return {};
  // The shared sentences know no timeout yet: a server that never answers reads as a network failure.
  const reason = source.failure === 'timeout' ? 'network' : source.failure;
  return {
    failure: {
      text: m.loadFailed,
      detail: loadFailureText(m, reason, source.httpStatus ?? ''),
      ...(onRetry ? { retry: { label: m.retry, onClick: onRetry } } : {}),
    },
  };
}

/**
 * The `issues` part of {@link problemsNotice}: the heading with the count, what was kept, a sentence
 * for each of the first {@link MAX_ISSUES_SHOWN} issues (only those are worded, however many there
 * are) and how many more there are.
 *
 * @param m - the widget's catalogue
 * @param locale - the widget's language, for the counts
 * @param issues - the issues, in order
 * @param describe - an issue in words
 * @param summary - what the widget kept ("the other 12 places are shown") or that the data is unusable
 * @param count - how many issues there are, when the list holds fewer
 * @returns `{ issues }`
 * @example
 * problemsNotice({ ...issueListProblem(m, 'fi', data.issues, (i) => door.issueText(i, 'fi'), m.dataUnusable) });
 */
export function issueListProblem<T>(
  m: ProblemMessages,
  locale: Locale,
  issues: readonly T[],
  describe: (issue: T) => string,
  summary: string,
  count = issues.length,
): Pick<Problems, 'issues'> {
  const more = count - Math.min(issues.length, MAX_ISSUES_SHOWN);
  return {
    issues: {
      heading: m.dataIssues(formatCount(count, locale)),
      summary,
      items: issues.slice(0, MAX_ISSUES_SHOWN).map(describe),
      ...(more > 0 ? { more: m.moreIssues(formatCount(more, locale)) } : {}),
    },
  };
}

/**
 * The one notice every widget shows when something is wrong: an `alert` a screen reader announces,
 * holding the load failure (with "try again"), the data problems, and the unusable settings. The rest
 * of the widget keeps working below it.
 *
 * @param problems - the problems, in words; nothing is shown when there are none
 * @returns the notice, or `nothing`
 * @example
 * problemsNotice({ failure: { text: m.loadFailed, detail: failureText, retry: { label: m.retry, onClick } } });
 */
export function problemsNotice(problems: Problems): TemplateResult | typeof nothing {
  const { failure, issues, settings } = problems;
  if (!failure && !issues && !settings) return nothing;
  return html`<div class="notice error" part="error" role="alert">
    ${
      failure
        ? html`<p><strong>${failure.text}</strong> ${failure.detail}</p>
            ${
              failure.retry
                ? html`<button type="button" part="retry-button" @click=${failure.retry.onClick}>
                    ${failure.retry.label}
                  </button>`
                : nothing
            }`
        : nothing
    }
    ${
      issues
        ? html`<p><strong>${issues.heading}</strong> ${issues.summary}</p>
            <ul>
              ${issues.items.map((item) => html`<li>${item}</li>`)}
            </ul>
            ${issues.more ? html`<p>${issues.more}</p>` : nothing}`
        : nothing
    }
    ${
      settings
        ? html`<p><strong>${settings.heading}</strong></p>
            <ul>
              ${settings.items.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}
