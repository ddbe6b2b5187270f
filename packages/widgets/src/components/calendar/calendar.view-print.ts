// Print: the month and week views print as an agenda of the visible period (the grid and the
// controls are hidden by the stylesheet's print rules); every event of the period, not a page, up to
// `PRINT_LIMIT`, with a note when it is cut short.
import { html, nothing, type TemplateResult } from 'lit';
import { type CalendarHandlers, type CalendarViewModel, PRINT_LIMIT } from './calendar.model.js';
import { agendaView } from './calendar.view-agenda.js';

export function printView(vm: CalendarViewModel, h: CalendarHandlers): TemplateResult | typeof nothing {
  if (!vm.printing || vm.view === 'agenda') return nothing;
  const empty = vm.view === 'week' ? vm.m.noEventsWeek : vm.m.noEventsMonth;
  return html`<div class="print-only">${agendaView(vm, h, empty, PRINT_LIMIT)}</div>`;
}
