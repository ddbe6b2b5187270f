// The month grid: an ARIA grid of six ISO weeks with one tab stop (the focused day), and the month's
// holidays named in a list under it.
import type { CalendarDay } from '@perhekeskus/core';
import { formatTime } from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatLongDate, weekdayShort } from '../../i18n/calendar/index.js';
import { formatCount, formatDay, WEEKDAYS, weekdayName } from '../../i18n/index.js';
import { localizedText } from '../../internal/localized-text.js';
import { type CalendarHandlers, type CalendarViewModel, gridDays, spanOf } from './calendar.model.js';
import { dayParts, holidayText } from './calendar.view-day.js';

/** Event lines a month cell shows before "+n more". */
const CELL_EVENTS = 3;

/** What a screen reader hears for a cell: `tiistai 10. maaliskuuta 2026, Pitkäperjantai, 2 tapahtumaa`. */
function cellLabel(day: CalendarDay, count: number, vm: CalendarViewModel): string {
  const parts = [formatLongDate(day.date, vm.locale)];
  const holiday = holidayText(day, vm);
  if (holiday) parts.push(holiday);
  if (count > 0) parts.push(vm.m.eventCount(count, formatCount(count, vm.locale)));
  return parts.join(', ');
}

function cell(vm: CalendarViewModel, day: CalendarDay): TemplateResult {
  const { locale, m } = vm;
  const entries = vm.byDay[day.date] ?? [];
  const holiday = holidayText(day, vm);
  const shown = entries.length > CELL_EVENTS ? entries.slice(0, CELL_EVENTS - 1) : entries;
  const more = entries.length - shown.length;
  const classes = [
    'cell',
    day.inMonth ? '' : 'outside',
    day.holiday ? 'holiday' : '',
    day.date === vm.today ? 'today' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return html`<td
    role="gridcell"
    class=${classes}
    part=${dayParts(day, vm, !day.inMonth)}
    data-date=${day.date}
    tabindex=${day.date === vm.focusDate ? '0' : '-1'}
    aria-current=${day.date === vm.today ? 'date' : nothing}
    aria-selected=${day.date === vm.selected ? 'true' : 'false'}
  >
    <span class="visually-hidden">${cellLabel(day, entries.length, vm)}</span>
    <div class="cell-inner" aria-hidden="true">
      <span class="day-number">${Number(day.date.slice(8))}</span>
      ${holiday ? html`<span class="holiday-name" part="holiday-name">${holiday}</span>` : nothing}
      ${entries.length > 0 ? html`<span class="cell-count">${formatCount(entries.length, locale)}</span>` : nothing}
      ${
        entries.length > 0
          ? html`<ul class="cell-events">
            ${shown.map((entry) => {
              const span = spanOf(entry);
              const time =
                entry.allDay || span.startDate !== day.date ? '' : `${formatTime(span.startClock, locale, false)} `;
              return html`<li class=${entry.example ? 'example' : ''}>
                ${time}${localizedText(entry.title, locale)}${entry.example ? html` <span class="tag">(${m.exampleShort})</span>` : nothing}
              </li>`;
            })}
            ${more > 0 ? html`<li class="more">${m.moreEvents(formatCount(more, locale))}</li>` : nothing}
          </ul>`
          : nothing
      }
    </div>
  </td>`;
}

/** The month's holidays by name, so they are named at every width and without colour. */
function holidayList(vm: CalendarViewModel): TemplateResult | typeof nothing {
  const holidays = gridDays(vm.grid).filter((day) => day.inMonth && day.holiday);
  if (holidays.length === 0) return nothing;
  return html`<div class="holidays" part="holidays">
    <p class="label">${vm.m.holidaysHeading}</p>
    <ul>
      ${holidays.map(
        (day) => html`<li>
          <span>${formatDay(day.date, vm.locale)}</span>
          <span class="holiday-name" part="holiday-name">${holidayText(day, vm)}</span>
          <span>(${vm.m.holidayKind[day.holiday!.kind]})</span>
        </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The month view: arrows, Home/End and Page Up/Down move the focus (the element's `gridKeydown`). A
 * pointer over the grid or focus in it starts loading the day dialog, so a chosen day opens at once.
 */
export function monthView(vm: CalendarViewModel, h: CalendarHandlers): TemplateResult {
  const { locale, m } = vm;
  return html`<table
      class="grid"
      part="grid"
      role="grid"
      aria-labelledby="${vm.uid}-title"
      @keydown=${h.gridKeydown}
      @click=${h.gridClick}
      @pointerenter=${() => h.prefetch('views')}
      @focusin=${() => h.prefetch('views')}
    >
      <thead>
        <tr>
          <th scope="col" class="week-col" part="weekday">
            <span aria-hidden="true">${m.weekAbbr}</span><span class="visually-hidden">${m.weekColumn}</span>
          </th>
          ${WEEKDAYS.map(
            (weekday) => html`<th scope="col" part="weekday">
              <span aria-hidden="true">${weekdayShort(weekday, locale)}</span>
              <span class="visually-hidden">${weekdayName(weekday, locale)}</span>
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${vm.grid.weeks.map(
          (week) => html`<tr>
            <th scope="row" class="week-number" part="week-number">
              <span aria-hidden="true">${week.isoWeek}</span>
              <span class="visually-hidden">${m.weekNumber(String(week.isoWeek))}</span>
            </th>
            ${week.days.map((day) => cell(vm, day))}
          </tr>`,
        )}
      </tbody>
    </table>
    ${holidayList(vm)}`;
}
