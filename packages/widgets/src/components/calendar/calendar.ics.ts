// Calendar files (`.ics`), written by core: one event, or every event of the visible period. Loaded
// with a dynamic `import()` (`calendar.lazy.ts`) only when a file is wanted: an event's details opened,
// or the period's link reached for; their names are in `calendar.ics-names.ts`.
import { type CalendarEntry, entriesToEvents, toICalendar } from '@perhekeskus/core';
import { domainOf, type IcsContext, OWN } from './calendar.ics-names.js';

/**
 * One event as a downloadable `.ics` link: a data URL, and the file name
 * (`etela-savo-steering-group-20260310.ics`; the page's own events keep `<id>.ics`).
 *
 * @param entry - the event
 * @param title - its title in the widget's language (the calendar's name)
 * @param context - the language, the region and the page's own ids
 * @returns the link's `href` and `download`, or undefined when core refuses the entry
 */
export function eventFile(
  entry: CalendarEntry,
  title: string,
  context: IcsContext,
): { href: string; download: string } | undefined {
  const domain = domainOf(entry, context);
  try {
    const ics = toICalendar(entriesToEvents([entry], { locale: context.locale, uidDomain: domain }), { name: title });
    return {
      href: `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`,
      download: domain === OWN ? `${entry.id}.ics` : `${domain}-${entry.id}.ics`,
    };
  } catch {
    return undefined;
  }
}

/**
 * Every event of a period as one calendar file's text.
 *
 * @param entries - the period's events (each once)
 * @param name - the calendar's name (`Perhekeskus, Etelä-Savo: Maaliskuu 2026`)
 * @param context - the language, the region and the page's own ids
 * @returns the `.ics` text, or undefined when core refuses an entry
 */
export function periodCalendar(
  entries: readonly CalendarEntry[],
  name: string,
  context: IcsContext,
): string | undefined {
  try {
    const events = entries.flatMap((entry) =>
      entriesToEvents([entry], { locale: context.locale, uidDomain: domainOf(entry, context) }),
    );
    return toICalendar(events, { name });
  } catch {
    return undefined;
  }
}
