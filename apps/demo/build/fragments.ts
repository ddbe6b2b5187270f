/**
 * The regional page's content without JavaScript (issue 16 §3): the HTML fragments `perhekeskus
 * publish` writes (`html/fi/*.html`), made by the same core functions from the same published files
 * (`places.json`, `groups/<id>.json`, `year-clocks/<id>.json`), put inside the widget tags at build
 * time. Here with the page's heading level (3, under the section's h2) and the build date as the
 * moment after which meetings are coming. Each widget replaces its fragment once its script runs.
 */
import {
  groupCalendarFile,
  type Locale,
  meetingsFragment,
  placesFile,
  placesFragment,
  publishYears,
  yearClockFile,
  yearClockFragment,
} from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';

/** A fragment marker in a page: `<!-- pk:fragment places -->`, `<!-- pk:fragment meetings groups=a,b -->`, `<!-- pk:fragment year-clock ID -->`. */
export const FRAGMENT_MARKER = /<!-- pk:fragment (places|meetings|year-clock)(?: (groups=)?([a-z0-9,-]+))? -->/g;

/** The fragments' heading level on the demo's pages: under the section's h2, as the widgets' `heading-level="3"`. */
const HEADING_LEVEL = 3;

/** Where the page links the fragments' stylesheet from: the published folder. */
export const FRAGMENT_STYLESHEET_HREF = '/data/etela-savo/html/perhekeskus-fragments.css';

/**
 * One fragment of the built-in region in Finnish.
 *
 * @param kind - `places`, `meetings` or `year-clock`
 * @param arg - for `meetings` the group ids (all groups with a cadence when not given), for `year-clock` its id
 * @param today - the build date (`YYYY-MM-DD`, Helsinki): meetings from that day on are coming
 * @param locale - the page's language (fi by default)
 * @returns the fragment's HTML (every data text escaped by core)
 * @throws Error for an unknown year clock or group
 * @example
 * renderFragment('places', undefined, '2026-03-10'); // '<section class="pk-fragment pk-places" lang="fi">\n<h3>…'
 */
export function renderFragment(
  kind: 'places' | 'meetings' | 'year-clock',
  arg: string | undefined,
  today: string,
  locale: Locale = 'fi',
): string {
  // Midnight in Helsinki is 22:00 or 21:00 UTC the day before; from 00:00 UTC misses no meeting of the day.
  const now = new Date(`${today}T00:00:00Z`);
  if (kind === 'places') return placesFragment(placesFile(etelaSavo), { locale, headingLevel: HEADING_LEVEL });
  if (kind === 'year-clock') {
    const clock = etelaSavo.yearClocks.find((c) => c.id === arg);
    if (clock === undefined) throw new Error(`No year clock ${arg} in the built-in region`);
    return yearClockFragment(yearClockFile(clock, etelaSavo.groups), { locale, headingLevel: HEADING_LEVEL });
  }
  const ids = arg?.split(',') ?? etelaSavo.groups.filter((g) => g.cadence !== undefined).map((g) => g.id);
  const years = publishYears(now);
  const groups = ids.map((id) => {
    const group = etelaSavo.groups.find((g) => g.id === id && g.cadence !== undefined);
    if (group === undefined) throw new Error(`No group ${id} with a cadence in the built-in region`);
    return { id, name: group.name, entries: groupCalendarFile(group, years, false, etelaSavo).entries };
  });
  return meetingsFragment(groups, { locale, now, headingLevel: HEADING_LEVEL });
}

/**
 * A page with its fragment markers replaced by the fragments.
 *
 * @param source - the page's HTML
 * @param today - the build date
 * @param locale - the page's language (fi by default): the fragments are written in it
 * @returns the page
 * @example
 * fillFragments('<pk-year-clock><!-- pk:fragment year-clock relationship-support-year-clock --></pk-year-clock>', '2026-03-10');
 */
export function fillFragments(source: string, today: string, locale: Locale = 'fi'): string {
  return source.replace(FRAGMENT_MARKER, (_, kind: 'places' | 'meetings' | 'year-clock', _groups, arg?: string) =>
    renderFragment(kind, arg, today, locale).trimEnd(),
  );
}
