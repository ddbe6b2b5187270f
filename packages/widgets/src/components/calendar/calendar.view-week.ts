// The week: seven days, each with its events (a page at a time, for very busy weeks).
import { html, nothing, type TemplateResult } from 'lit';
import { type CalendarHandlers, type CalendarViewModel, paged } from './calendar.model.js';
import { dayHeading, dayParts } from './calendar.view-day.js';
import { eventItem, moreButton } from './calendar.view-event.js';

export function weekView(vm: CalendarViewModel, h: CalendarHandlers): TemplateResult {
  const days = vm.days.map((day) => ({ day, entries: vm.byDay[day.date] ?? [] }));
  const page = paged(days, vm.limit);
  let slot = 0;
  return html`<ol class="week" part="week" aria-labelledby="${vm.uid}-title">
      ${page.groups.map(
        ({ day, entries }) => html`<li
          class="week-day ${day.holiday ? 'holiday' : ''} ${day.date === vm.today ? 'today' : ''}"
          part=${dayParts(day, vm, false)}
          aria-current=${day.date === vm.today ? 'date' : nothing}
        >
          ${dayHeading(day, vm)}
          ${
            entries.length > 0
              ? html`<ul class="events">
                ${entries.map((entry) => eventItem(vm, h, entry, `week|${day.date}`, slot++))}
              </ul>`
              : html`<p class="empty">${vm.m.noEventsDay}</p>`
          }
        </li>`,
      )}
    </ol>
    ${moreButton(vm, h, page, 'view')}`;
}
