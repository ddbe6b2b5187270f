import { jsonLdScript } from '../export/jsonLdScript.js';
import { meetingPlaceJsonLd } from '../export/meetingPlaceJsonLd.js';
import { formatTimeRange } from '../i18n/formatTime.js';
import type { Locale } from '../model/common.js';
import { label } from '../model/labels.js';
import type { MeetingPlace, WeeklyActivity } from '../model/meeting-place.js';
import { parseInput } from '../validation/parseInput.js';
import { escapeHtml } from './escapeHtml.js';
import { FRAGMENT_LABELS, type FragmentLabels } from './fragmentLabels.js';
import { FragmentOptions } from './fragmentOptions.js';
import { fragmentText } from './fragmentText.js';
import { type PublishedPlace, PublishedPlaces } from './publishedSchemas.js';

const INTERFACE_LANGUAGES: readonly string[] = ['fi', 'sv', 'en'];

/** A language's name in the fragment's language: the library's own label, else the platform's, else its code. */
function languageName(code: string, locale: Locale): string {
  if (INTERFACE_LANGUAGES.includes(code)) return label('locale', code as Locale, locale);
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function activityHtml(activity: WeeklyActivity, locale: Locale, l: FragmentLabels): string {
  const weeks = activity.weeks === 'odd' ? ` (${l.oddWeeks})` : activity.weeks === 'even' ? ` (${l.evenWeeks})` : '';
  const when = `${l.weekdaysPlural[activity.weekday - 1] ?? ''} ${formatTimeRange(activity.start, activity.end, locale)}`;
  return `<li>${fragmentText(activity.name, locale)}: ${escapeHtml(when)}${escapeHtml(weeks)}</li>`;
}

function row(term: string, value: string): string {
  return `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`;
}

// meetingPlaceJsonLd takes a region's place; a published one lacks only what the JSON-LD never shows.
function placeForJsonLd(place: PublishedPlace): MeetingPlace {
  return { ...place, source: { document: 'places.json' } };
}

function placeHtml(place: PublishedPlace, file: PublishedPlaces, locale: Locale, level: number): string {
  const l = FRAGMENT_LABELS[locale];
  const name = fragmentText(place.name, locale);
  const heading = place.web ? `<a href="${escapeHtml(place.web)}">${name}</a>` : name;
  const marker = place.example ? ` <span class="pk-example">(${escapeHtml(l.exampleMarker)})</span>` : '';
  const municipality = file.municipalities.find((m) => m.code === place.municipalityCode);
  const organisers = place.organiserIds.flatMap((id) => file.organisers.find((o) => o.id === id) ?? []);
  const rows = [
    municipality ? row(l.municipality, fragmentText(municipality.name, locale)) : '',
    place.address
      ? row(
          l.address,
          `${escapeHtml(place.address.street)}, ${escapeHtml(place.address.postalCode)} ${fragmentText(place.address.postOffice, locale)}`,
        )
      : '',
    place.activities.length > 0
      ? row(l.activities, `<ul>${place.activities.map((a) => activityHtml(a, locale, l)).join('')}</ul>`)
      : '',
    place.audiences.length > 0
      ? row(l.audiences, escapeHtml(place.audiences.map((a) => label('audience', a, locale)).join(', ')))
      : '',
    place.languages.length > 0
      ? row(l.languages, escapeHtml(place.languages.map((code) => languageName(code, locale)).join(', ')))
      : '',
    organisers.length > 0 ? row(l.organisers, organisers.map((o) => fragmentText(o.name, locale)).join(', ')) : '',
  ].join('');
  return [
    '<li class="pk-place">',
    `<h${level}>${heading}${marker}</h${level}>`,
    place.description ? `<p>${fragmentText(place.description, locale)}</p>` : '',
    rows === '' ? '' : `<dl>${rows}</dl>`,
    `<script type="application/ld+json">${jsonLdScript(meetingPlaceJsonLd(placeForJsonLd(place), { locale }))}</script>`,
    '</li>',
  ].join('\n');
}

/**
 * The meeting places as an HTML fragment (kohtaamispaikat, meeting places) that a CMS includes as
 * it is and a `<pk-meeting-place-finder>` placed around it replaces when its script runs: a heading,
 * then each place with its name (a link to its web page when it has one), description, municipality,
 * address, weekly activities in words, audiences, languages and organisers, and its schema.org
 * `Place` as JSON-LD. Every data text is escaped; a text in another language than the fragment's
 * carries `lang`; example places say so. Deterministic: places in the file's order.
 *
 * @param places - `places.json` as `publishRegion` makes it
 * @param options - the language, the heading level (2–6, default 2) and whether the region is an example
 * @returns the fragment: one `<section class="pk-fragment pk-places">`, ending in a newline
 * @throws ValidationError when the file or the options are invalid
 * @example
 * placesFragment(placesFile(region), { locale: 'fi', headingLevel: 3 });
 * // '<section class="pk-fragment pk-places" lang="fi">\n<h3>Kohtaamispaikat</h3>\n<ul>…'
 */
export function placesFragment(places: PublishedPlaces, options: FragmentOptions): string {
  const file = parseInput(PublishedPlaces, places, 'places');
  const o = parseInput(FragmentOptions, options, 'options');
  const l = FRAGMENT_LABELS[o.locale];
  const level = o.headingLevel ?? 2;
  return [
    `<section class="pk-fragment pk-places" lang="${o.locale}">`,
    `<h${level}>${escapeHtml(l.placesHeading)}</h${level}>`,
    o.example || file.places.some((p) => p.example)
      ? `<p class="pk-example-note">${escapeHtml(l.exampleNote)}</p>`
      : '',
    '<ul class="pk-list">',
    ...file.places.map((place) => placeHtml(place, file, o.locale, Math.min(level + 1, 6))),
    '</ul>',
    '</section>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
