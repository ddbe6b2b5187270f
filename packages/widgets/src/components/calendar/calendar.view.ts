// The whole calendar: toolbar, status line (the period's count and the data's region), problems,
// the chosen view, the print agenda, the period's calendar file and the day dialog. The week view and
// the dialog are drawn once their modules have loaded (`calendar.lazy.ts`); the month, the agenda and
// print are always at hand, as printing cannot wait for a download.
import { html, nothing, type TemplateResult } from 'lit';
import { capitalize, formatCount } from '../../i18n/index.js';
import { localizedText } from '../../internal/localized-text.js';
import { type Problems, problemsNotice } from '../../internal/templates.js';
import { periodFileName } from './calendar.ics-names.js';
import { type CalendarHandlers, type CalendarViewModel, PRINT_LIMIT } from './calendar.model.js';
import { agendaView } from './calendar.view-agenda.js';
import { monthView } from './calendar.view-month.js';
import { printView } from './calendar.view-print.js';
import { toolbarView } from './calendar.view-toolbar.js';

/**
 * The status line: a polite live region with the period's event count (the period itself is read out,
 * not shown: the title shows it), and the region the data comes from, so a page that forgot its `src`
 * sees at once whose data it shows.
 */
function statusLine(vm: CalendarViewModel): TemplateResult {
  const { m, locale } = vm;
  const count = vm.shown.length;
  return html`<p class="status-line">
    <span part="status" role="status" aria-live="polite" aria-atomic="true" tabindex="-1"
      >${
        vm.loading
          ? m.loading
          : html`<span class="visually-hidden">${vm.period}: </span>${capitalize(m.eventCount(count, formatCount(count, locale)), locale)}`
      }</span
    >${vm.region ? html`<span class="region" part="region">${m.region}: ${localizedText(vm.region, locale)}</span>` : nothing}
  </p>`;
}

/**
 * The week: its module's view once loaded; while it loads, a note that the stylesheet shows only when
 * the load takes a moment (a quick load flashes nothing); if it could not load, the week as an agenda.
 */
function weekBody(vm: CalendarViewModel, h: CalendarHandlers, empty: string): TemplateResult {
  const views = vm.parts.views;
  if (views === 'failed') return agendaView(vm, h, empty, vm.limit);
  if (views) return views.weekView(vm, h);
  return html`<p class="notice part-loading">${vm.m.loading}</p>`;
}

/** Whether a part the screen needs is still loading (the calendar is busy until it is drawn). */
export function partsLoading(vm: CalendarViewModel): boolean {
  return vm.parts.views === undefined && (vm.view === 'week' || vm.dialogDate !== undefined);
}

export function calendarView(vm: CalendarViewModel, h: CalendarHandlers, problems: Problems): TemplateResult {
  const { m, view } = vm;
  const empty = view === 'week' ? m.noEventsWeek : m.noEventsMonth;
  const body =
    view === 'month'
      ? monthView(vm, h)
      : view === 'week'
        ? weekBody(vm, h, empty)
        : agendaView(vm, h, vm.loading ? m.loading : empty, vm.printing ? PRINT_LIMIT : vm.limit);
  const views = vm.parts.views;
  const busy = vm.loading || partsLoading(vm);
  return html`<div class="calendar view-${view}" aria-busy=${busy ? 'true' : 'false'}>
    ${toolbarView(vm, h)} ${statusLine(vm)} ${problemsNotice(problems)}
    ${vm.yearsNote ? html`<p class="notice years-note" part="years-note">${vm.yearsNote}</p>` : nothing}
    ${
      vm.shown.some((e) => e.example === true)
        ? html`<p class="notice example-note" part="example-note">${m.examplesNote}</p>`
        : nothing
    }
    <div class="screen-view">${body}</div>
    ${printView(vm, h)}
    ${
      // An empty period has nothing to put in a calendar: no link that downloads an empty file.
      vm.shown.length > 0
        ? html`<div class="actions">
          <a
            class="button secondary"
            part="calendar-link"
            href="#"
            download=${periodFileName(vm.days[0]?.date ?? '', vm.ics.region)}
            @pointerenter=${h.prepareRangeLink}
            @focus=${h.prepareRangeLink}
            @click=${h.prepareRangeLink}
          >
            ${m.addRangeToCalendar}<span class="visually-hidden">: ${vm.period}</span>
          </a>
        </div>`
        : nothing
    }
    ${views && views !== 'failed' ? views.dialogView(vm, h) : nothing}
  </div>`;
}
