// One event as the week, the agenda and the dialog show it, and the "show more" under a long list.
import { type CalendarEntry, formatDate, formatTime, formatTimeRange, modesText } from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';
import { capitalize, formatCount, formatDay } from '../../i18n/index.js';
import { display, localizedText, shownText } from '../../internal/localized-text.js';
import { safeUrl } from '../../internal/safe-url.js';
import { type CalendarHandlers, type CalendarViewModel, spanOf } from './calendar.model.js';

/** `klo 9.30–11.00`; all-day and multi-day events as their days. */
export function timeText(entry: CalendarEntry, vm: CalendarViewModel): string {
  const { locale } = vm;
  const s = spanOf(entry);
  if (entry.allDay) {
    if (s.startDate === s.endDate) return vm.m.allDay;
    return `${formatDate(s.startDate, locale)}–${formatDate(s.endDate, locale)}`;
  }
  if (s.startDate === s.endDate) return formatTimeRange(s.startClock, s.endClock, locale);
  return `${formatDay(s.startDate, locale)} ${formatTime(s.startClock, locale, false)} – ${formatDay(s.endDate, locale)} ${formatTime(s.endClock, locale, false)}`;
}

/**
 * An event: time, title, facts, and a "more information" disclosure whose body (with its calendar
 * file) is drawn only once it is open, so a long list costs no calendar files, and a page whose
 * visitor opens none never loads their writer.
 *
 * @param context - where it is listed (`agenda|2026-03-10`), so the same event opens apart in each list
 * @param slot - its place in a paged list, for moving focus to the first of the next page
 */
export function eventItem(
  vm: CalendarViewModel,
  h: CalendarHandlers,
  entry: CalendarEntry,
  context: string,
  slot: number,
): TemplateResult {
  const { locale, m } = vm;
  const shown = display(entry.title, locale);
  const titleText = shownText(shown, locale);
  // The group is named only when the title is another.
  const group = entry.groupName && display(entry.groupName, locale);
  const otherGroup = group && group.text !== shown.text ? group : undefined;
  const mode = entry.mode && capitalize(modesText(entry.mode, locale), locale);
  const example = entry.example === true;
  const key = `${context}|${entry.id}`;
  const open = vm.openDetails.has(key);
  return html`<li class="event ${example ? 'example' : ''}" part=${example ? 'event example' : 'event'} data-slot=${slot}>
    <p class="event-time">${timeText(entry, vm)}</p>
    <p class="event-title">
      <strong>${titleText}</strong>
      ${
        example
          ? html`<span class="badge example" part="badge example" title=${m.exampleExplained}>${m.example}</span>`
          : nothing
      }
    </p>
    ${
      mode || entry.location || otherGroup
        ? html`<dl class="facts">
          ${mode ? html`<div><dt>${m.mode}</dt><dd>${mode}</dd></div>` : nothing}
          ${entry.location ? html`<div><dt>${m.place}</dt><dd>${localizedText(entry.location, locale)}</dd></div>` : nothing}
          ${otherGroup ? html`<div><dt>${m.group}</dt><dd>${shownText(otherGroup, locale)}</dd></div>` : nothing}
        </dl>`
        : nothing
    }
    <details part="details" ?open=${open} @toggle=${(e: Event) => h.toggleDetails(key, entry.id, e)}>
      <summary>${m.moreInformation}<span class="visually-hidden">: ${titleText}</span></summary>
      ${open ? eventDetails(vm, entry, shown.text, titleText) : nothing}
    </details>
  </li>`;
}

function eventDetails(
  vm: CalendarViewModel,
  entry: CalendarEntry,
  title: string,
  titleText: string | TemplateResult,
): TemplateResult {
  const { locale, m } = vm;
  const url = safeUrl(entry.url);
  // The calendar file once its writer has loaded (opening the details asks for it).
  const writer = vm.parts.ics;
  const file = writer && writer !== 'failed' ? writer.eventFile(entry, title, vm.ics) : undefined;
  return html`<div class="details-body">
    ${entry.example ? html`<p>${m.exampleExplained}</p>` : nothing}
    ${entry.description ? html`<p class="description">${localizedText(entry.description, locale)}</p>` : nothing}
    ${
      entry.topics?.length
        ? html`<p class="label">${m.topics}</p>
          <ul>
            ${entry.topics.map((t) => html`<li>${localizedText(t, locale)}</li>`)}
          </ul>`
        : nothing
    }
    ${url ? html`<p><a href=${url} rel="noopener noreferrer">${m.website}<span class="visually-hidden">: ${titleText}</span></a></p>` : nothing}
    ${
      file
        ? html`<p>
          <a class="button secondary" part="calendar-link" href=${file.href} download=${file.download}>
            ${m.addToCalendar}<span class="visually-hidden">: ${titleText}</span>
          </a>
        </p>`
        : nothing
    }
  </div>`;
}

/** The button under a list cut to a page: how many are shown of how many. */
export function moreButton(
  vm: CalendarViewModel,
  h: CalendarHandlers,
  page: { shown: number; total: number },
  scope: 'view' | 'dialog',
): TemplateResult | typeof nothing {
  if (page.shown >= page.total) return nothing;
  const { locale, m } = vm;
  return html`<p class="more">
    <button type="button" class="secondary" part="show-more" @click=${() => h.showMore(scope)}>
      ${m.showMore(formatCount(page.shown, locale), formatCount(page.total, locale))}
    </button>
  </p>`;
}
