import { html, nothing, type TemplateResult } from 'lit';

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
