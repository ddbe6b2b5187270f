// What the week, the agenda and the dialog share about a day: its heading and its parts.
import type { CalendarDay } from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatLongDate } from '../../i18n/calendar/index.js';
import { capitalize, formatDay } from '../../i18n/index.js';
import { heading } from '../../internal/templates.js';
import type { CalendarViewModel } from './calendar.model.js';

/** The day's holiday or day off in the widget's language. */
export function holidayText(day: CalendarDay, vm: CalendarViewModel): string | undefined {
  return day.holiday?.name[vm.locale];
}

/** `day today holiday selected outside`: the part with the day's state as tokens. */
export function dayParts(day: CalendarDay, vm: CalendarViewModel, outside: boolean): string {
  const parts = ['day'];
  if (day.date === vm.today) parts.push('today');
  if (day.holiday) parts.push('holiday');
  if (day.date === vm.selected) parts.push('selected');
  if (outside) parts.push('outside');
  return parts.join(' ');
}

/** A day's heading, one level below the title: the full date (short on wide weeks), holiday, "today". */
export function dayHeading(day: CalendarDay, vm: CalendarViewModel): TemplateResult {
  const { locale } = vm;
  const holiday = holidayText(day, vm);
  return heading(
    vm.level + 1,
    html`<span class="long-date">${capitalize(formatLongDate(day.date, locale), locale)}</span>
      <span class="short-date" aria-hidden="true">${capitalize(formatDay(day.date, locale), locale)}</span>
      ${holiday ? html`<span class="holiday-name" part="holiday-name">${holiday}</span>` : nothing}
      ${day.date === vm.today ? html`<span class="badge today">${vm.m.today}</span>` : nothing}`,
    { className: 'day-heading' },
  );
}
