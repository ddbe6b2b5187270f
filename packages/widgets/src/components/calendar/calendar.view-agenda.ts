// The agenda (list) view, also what prints: each event once, under the day it starts; events that
// began before the first day and are still under way first, under a heading of their own.
import type { CalendarDay, CalendarEntry } from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCount } from '../../i18n/index.js';
import { heading } from '../../internal/templates.js';
import { type CalendarHandlers, type CalendarViewModel, paged } from './calendar.model.js';
import { dayHeading, dayParts } from './calendar.view-day.js';
import { eventItem, moreButton } from './calendar.view-event.js';

interface Row {
  day: CalendarDay | undefined;
  entries: readonly CalendarEntry[];
}

/**
 * The days with events or holidays. A task of three months is neither repeated nor shown as if it
 * began on the 1st (core's `agendaGroups`).
 *
 * @param empty - what to say when the period has no events
 * @param limit - how many events to draw (Infinity when printing)
 */
export function agendaView(vm: CalendarViewModel, h: CalendarHandlers, empty: string, limit: number): TemplateResult {
  const { ongoing, byDate } = vm.agenda();
  const rows: Row[] = vm.days
    .map((day) => ({ day, entries: byDate.get(day.date) ?? [] }))
    .filter((row) => row.entries.length > 0 || row.day.holiday);
  if (ongoing.length > 0) rows.unshift({ day: undefined, entries: ongoing });
  const page = paged(rows, limit);
  let slot = 0;
  const events = (entries: readonly CalendarEntry[], context: string) =>
    html`<ul class="events">
      ${entries.map((entry) => eventItem(vm, h, entry, context, slot++))}
    </ul>`;
  return html`<div class="agenda" part="agenda">
    ${ongoing.length === 0 && byDate.size === 0 ? html`<p class="notice">${empty}</p>` : nothing}
    ${
      page.groups.length > 0
        ? html`<ol class="agenda-days" aria-label=${vm.m.eventsLabel}>
          ${page.groups.map(({ day, entries }) =>
            day
              ? html`<li
                  class="agenda-day ${day.date === vm.today ? 'today' : ''}"
                  part=${dayParts(day, vm, false)}
                  aria-current=${day.date === vm.today ? 'date' : nothing}
                >
                  ${dayHeading(day, vm)} ${entries.length > 0 ? events(entries, `agenda|${day.date}`) : nothing}
                </li>`
              : html`<li class="agenda-day ongoing" part="day ongoing">
                  ${heading(vm.level + 1, html`<span>${vm.m.ongoingHeading}</span>`, { className: 'day-heading' })}
                  ${events(entries, 'agenda|ongoing')}
                </li>`,
          )}
        </ol>`
        : nothing
    }
    ${
      vm.printing && page.shown < page.total
        ? html`<p>
          ${formatCount(page.shown, vm.locale)}/${vm.m.eventCount(page.total, formatCount(page.total, vm.locale))}
        </p>`
        : moreButton(vm, h, page, 'view')
    }
  </div>`;
}
