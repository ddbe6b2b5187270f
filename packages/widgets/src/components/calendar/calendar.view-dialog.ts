// The chosen day's events in a modal dialog (opened by the element after render; Esc, "Sulje" or a
// click on the backdrop closes it, and focus returns to the day).
import { html, nothing, type TemplateResult } from 'lit';
import { formatLongDate } from '../../i18n/calendar/index.js';
import { capitalize } from '../../i18n/index.js';
import { heading } from '../../internal/templates.js';
import { type CalendarHandlers, type CalendarViewModel, gridDays, paged } from './calendar.model.js';
import { eventItem, moreButton } from './calendar.view-event.js';

export function dialogView(vm: CalendarViewModel, h: CalendarHandlers): TemplateResult {
  const date = vm.dialogDate;
  const { m, locale } = vm;
  const day = date ? gridDays(vm.grid).find((d) => d.date === date) : undefined;
  const page = paged([{ entries: date ? (vm.byDay[date] ?? []) : [] }], vm.dialogLimit);
  const entries = page.groups[0]?.entries ?? [];
  const holiday = day?.holiday;
  return html`<dialog
    part="dialog"
    aria-labelledby="${vm.uid}-dialog-title"
    @close=${h.dialogClosed}
    @click=${h.dialogClick}
  >
    ${
      date
        ? html`<div class="dialog-head">
            ${heading(vm.level + 1, capitalize(formatLongDate(date, locale), locale), {
              className: 'dialog-title',
              id: `${vm.uid}-dialog-title`,
            })}
            <button type="button" class="secondary" part="close-button" @click=${h.closeDialog}>${m.close}</button>
          </div>
          ${
            holiday
              ? html`<p class="holiday-name dialog-holiday" part="holiday-name">
                ${holiday.name[locale]} (${m.holidayKind[holiday.kind]})
              </p>`
              : nothing
          }
          ${
            entries.length > 0
              ? html`<ul class="events" aria-label=${m.eventsLabel}>
                ${entries.map((entry, slot) => eventItem(vm, h, entry, `dialog|${date}`, slot))}
              </ul>`
              : html`<p class="empty">${m.noEventsDay}</p>`
          }
          ${moreButton(vm, h, page, 'dialog')}`
        : nothing
    }
  </dialog>`;
}
