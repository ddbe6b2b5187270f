// The details panel of <pk-year-clock>: the chosen entry's title, months, ring, mode, description and
// topics, in a polite live region so that choosing an entry is announced while focus stays on it.
import { type LocalizedText, modesText } from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';
import { capitalize } from '../../i18n/index.js';
import type { YearClockMessages } from '../../i18n/year-clock/index.js';
import { localizedText } from '../../internal/localized-text.js';
import { heading } from '../../internal/templates.js';
import { type ViewModel, whenOf } from './year-clock.view-model.js';

/**
 * An entry's topics as a list, or "no topics".
 *
 * @returns the list, shared by the details panel and the table
 */
export function topicsView(
  topics: readonly LocalizedText[] | undefined,
  m: YearClockMessages,
  locale: ViewModel['locale'],
): TemplateResult {
  if (!topics || topics.length === 0) return html`<p>${m.noTopics}</p>`;
  return html`<ul class="topics">
    ${topics.map((topic) => html`<li>${localizedText(topic, locale)}</li>`)}
  </ul>`;
}

/**
 * The details panel: the prompt until an entry is chosen, then the entry.
 *
 * @param vm - the view-model
 * @returns the `details` part
 */
export function detailsView(vm: ViewModel): TemplateResult {
  const { m, locale } = vm;
  const arc = vm.view.arcs.find((a) => a.key === vm.selected);
  const entry = arc?.arc.entry;
  return html`<div class="details" part="details" aria-live="polite" aria-atomic="true">
    ${
      arc && entry
        ? html`${heading(vm.headingLevel, localizedText(entry.title, locale), { className: 'entry-title' })}
          <p class="meta">
            <span>${capitalize(whenOf(arc, m, locale), locale)}</span> · <span>${localizedText(arc.ringLabel, locale)}</span>${
              entry.mode ? html` · <span>${m.mode}: ${modesText(entry.mode, locale)}</span>` : nothing
            }
          </p>
          ${entry.description ? html`<p>${localizedText(entry.description, locale)}</p>` : nothing}
          ${topicsView(entry.topics, m, locale)}`
        : html`<p class="prompt">${m.detailsPrompt}</p>`
    }
  </div>`;
}
