import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { plainText } from '../../internal/localized-text.js';
import type { IcsModule } from './calendar.lazy.js';
import type { BuiltViewModel } from './calendar.model.js';

/**
 * The visible period's events as an `.ics` file behind the period's download link, written only when
 * the user reaches for the link (hover, focus or click), so a month of 500 events renders without
 * writing a calendar file. The file is kept while the period shows the same events and its object
 * URL is released when they change or the calendar leaves the page.
 */
export class RangeLink implements ReactiveController {
  private _current: { key: string; href: string } | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this._current) URL.revokeObjectURL(this._current.href);
    this._current = undefined;
  }

  /**
   * Points `link` at the file of the events `vm` shows.
   *
   * @param link - the period's download link
   * @param vm - the calendar's view-model
   * @param writer - the lazily loaded `.ics` writer
   * @returns whether the link now points at the file (false when core refuses an event)
   */
  prepare(link: HTMLAnchorElement, vm: BuiltViewModel, writer: IcsModule): boolean {
    const key = `${vm.view}|${vm.days[0]?.date}|${vm.locale}|${vm.shown.length}|${vm.shown[0]?.id}|${vm.shown.at(-1)?.id}`;
    if (this._current?.key !== key) {
      const region = vm.region ? plainText(vm.region, vm.locale) : undefined;
      const ics = writer.periodCalendar(vm.shown, vm.m.calendarName(vm.period, region), vm.ics);
      if (ics === undefined) return false;
      this.hostDisconnected();
      this._current = { key, href: URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' })) };
    }
    link.href = this._current.href;
    return true;
  }
}
