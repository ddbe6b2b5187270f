// What the calendar files (`.ics`) are called and whose UIDs they carry: the events of a published
// folder carry its region's id, so a calendar app that imports two counties' files keeps their events
// apart. The files themselves are written by `calendar.ics.ts`, loaded only when a file is wanted.
import type { CalendarEntry, Locale } from '@perhekeskus/core';

/** The UID domain and file prefix of events a page gives itself, as before regions were published. */
export const OWN = 'perhekeskus';

/** Whose events are being written: the region's id (`manifest.region.id`), and the page's own ids. */
export interface IcsContext {
  locale: Locale;
  region: string | undefined;
  ownIds: ReadonlySet<string>;
}

/**
 * The UID domain of an event: the region's id, or `perhekeskus` for the page's own events.
 *
 * @param entry - the event
 * @param context - the region and the page's own ids
 * @returns the domain
 */
export function domainOf(entry: CalendarEntry, context: IcsContext): string {
  return context.region && !context.ownIds.has(entry.id) ? context.region : OWN;
}

/**
 * The file name of a period's calendar: `etela-savo-2026-03-01.ics`, `perhekeskus-2026-03-01.ics`.
 *
 * @param firstDay - the period's first day
 * @param region - the region's id, when the events come from a published folder
 * @returns the name
 */
export function periodFileName(firstDay: string, region: string | undefined): string {
  return `${region ?? OWN}-${firstDay}.ics`;
}
