// A meeting place's activities as calendar entries: loaded with a dynamic `import()` only when the
// `place` attribute asks for them (core's converter checks the place with the meeting-place schema).
import { type CalendarEntry, entriesFromPlace, type MeetingPlace } from '@perhekeskus/core';

/**
 * The activities of a published meeting place (`places.json`) on the days `from`–`to`, by core's
 * `entriesFromPlace`. A published place carries no `source` (it stays with the region file); the
 * converter wants one, so the region file's name stands in.
 *
 * @param place - a place as published
 * @param range - `{ from, to }`, `YYYY-MM-DD`, inclusive
 * @param sourceName - the region file the folder was published from (`manifest.sourceFile.name`)
 * @returns the entries, sorted by start
 * @throws ValidationError when the place or the range is invalid
 */
export function placeEntries(place: object, range: { from: string; to: string }, sourceName: string): CalendarEntry[] {
  return entriesFromPlace({ ...place, source: { document: sourceName } } as MeetingPlace, range);
}
