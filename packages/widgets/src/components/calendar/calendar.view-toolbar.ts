// The toolbar: previous / today / next, the title of the period, and the view buttons.
import { html, type TemplateResult } from 'lit';
import { heading } from '../../internal/templates.js';
import { type CalendarHandlers, type CalendarView, type CalendarViewModel, VIEWS } from './calendar.model.js';

export function toolbarView(vm: CalendarViewModel, h: CalendarHandlers): TemplateResult {
  const { m, view } = vm;
  const week = view === 'week';
  const labels: Record<CalendarView, string> = { month: m.viewMonth, week: m.viewWeek, agenda: m.viewAgenda };
  return html`<div class="toolbar" part="toolbar">
    <div class="nav">
      <button type="button" class="secondary icon" part="nav-button" @click=${() => h.step(-1)}>
        <span aria-hidden="true">‹</span><span class="visually-hidden">${week ? m.previousWeek : m.previousMonth}</span>
      </button>
      <button type="button" class="secondary" part="nav-button" @click=${h.goToday}>${m.today}</button>
      <button type="button" class="secondary icon" part="nav-button" @click=${() => h.step(1)}>
        <span aria-hidden="true">›</span><span class="visually-hidden">${week ? m.nextWeek : m.nextMonth}</span>
      </button>
    </div>
    ${heading(vm.level, vm.period, { className: 'title', part: 'title', id: `${vm.uid}-title`, fallback: 2 })}
    <div
      class="views"
      role="group"
      aria-label=${m.viewLabel}
      part="views"
      @pointerenter=${() => h.prefetch('views')}
      @focusin=${() => h.prefetch('views')}
    >
      ${VIEWS.map(
        (v) => html`<button
          type="button"
          part=${v === view ? 'view-button selected' : 'view-button'}
          aria-pressed=${v === view ? 'true' : 'false'}
          @click=${() => h.chooseView(v)}
        >
          ${labels[v]}
        </button>`,
      )}
    </div>
  </div>`;
}
