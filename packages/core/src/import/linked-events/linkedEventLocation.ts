import { ContentLanguage, type LocalizedText, type MeetingMode } from '../../model/common.js';
import { displayText } from '../../model/displayText.js';
import { referenceId } from './linkedEventId.js';
import { type FieldIssue, fieldIssue, isEmptyValue, quote } from './linkedEventIssues.js';
import type { LinkedEventPlace, LinkedEventText } from './linkedEventSchemas.js';
import { type LinkedTextResult, readLinkedText } from './linkedEventText.js';
import { appendAll } from '../appendAll.js';

/** The languages an entry's location is written in, as `readLinkedText` carries them. */
const LANGUAGES: readonly ContentLanguage[] = ContentLanguage.options;

/** What {@link linkedEventLocation} made of an event's place. */
export interface LinkedLocationResult {
  location?: LocalizedText;
  mode?: MeetingMode;
  issues: FieldIssue[];
}

/** Linked Events' virtual place for events held online (`helsinki:internet`, and the like in other instances). */
function isInternetPlace(id: string | undefined): boolean {
  return id !== undefined && /(^|:)internet$/i.test(id);
}

/**
 * A text in a language, else in Finnish, Swedish, English or a Sámi language: place names and
 * addresses are proper names, and stand in for a language that lacks them.
 */
function anyLanguage(read: LinkedTextResult, language: ContentLanguage): string | undefined {
  for (const candidate of [language, ...LANGUAGES]) {
    const value = read.values[candidate];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** `Name, Street 1, 00100 Town` in a language, the parts it lacks taken from the others. */
function placeLine(
  name: LinkedTextResult,
  street: LinkedTextResult,
  locality: LinkedTextResult,
  postal: string,
  language: ContentLanguage,
): string | undefined {
  const town = [postal, anyLanguage(locality, language)].filter((part) => part).join(' ');
  const parts = [anyLanguage(name, language), anyLanguage(street, language), town].filter((part) => part);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * `Name, Street 1, 00100 Town` for each language the place has a text in, and each of `also` (the
 * extra info's, so that it never stands without the place). Without Finnish or Swedish among them, a
 * Finnish line is made of the other texts (proper names), so the place is not lost.
 */
function placeLines(
  name: LinkedTextResult,
  street: LinkedTextResult,
  locality: LinkedTextResult,
  postal: string,
  also: readonly ContentLanguage[],
): Partial<Record<ContentLanguage, string>> {
  const reads = [name, street, locality];
  const own = LANGUAGES.filter(
    (language) => also.includes(language) || reads.some((read) => read.values[language] !== undefined),
  );
  const languages = own.includes('fi') || own.includes('sv') ? own : (['fi', ...own] as ContentLanguage[]);
  const lines: Partial<Record<ContentLanguage, string>> = {};
  for (const language of languages) {
    const line = placeLine(name, street, locality, postal, language);
    if (line !== undefined) lines[language] = line;
  }
  return lines;
}

/**
 * An entry's `location` text and meeting `mode` from an event's `location` and `location_extra_info`.
 * An expanded place (`include=location`) gives `Name, Street 1, 00100 Town` in each language it has a
 * text in (Finnish, Swedish, English, Sámi), as `entriesFromPlace` writes places; a part missing in a
 * language is taken from another, since names and addresses are proper names. A place name with
 * neither Finnish nor Swedish is used so, and reported (`missing-national-language`); so is a place
 * with no Finnish or Swedish text at all, whose other texts then make the Finnish line. The extra info
 * follows in brackets (in the line's language, else by `displayText`'s rule), or stands alone when
 * there is no place text; extra info with neither Finnish nor Swedish is left out
 * (`missing-national-language`). A place that is only an `@id` link is reported as `reference-only`
 * (its name needs `include=location`); `position` is reported as not kept. A physical place makes the
 * entry `in-person`; the virtual `…:internet` place makes it `remote`.
 *
 * @param place - the event's `location`, or null/undefined
 * @param extraInfo - the event's `location_extra_info`, or null/undefined
 * @returns the location text, the mode and the issues
 * @example
 * linkedEventLocation(
 *   { id: 'tprek:8310', name: { fi: 'Itäkeskuksen kirjasto' }, street_address: { fi: 'Turunlinnantie 1' },
 *     postal_code: '00930', address_locality: { fi: 'Helsinki' } },
 *   { fi: 'Lastenosasto' },
 * );
 * // { location: { fi: 'Itäkeskuksen kirjasto, Turunlinnantie 1, 00930 Helsinki (Lastenosasto)' }, mode: 'in-person', issues: [] }
 */
export function linkedEventLocation(
  place: LinkedEventPlace | null | undefined,
  extraInfo: LinkedEventText | null | undefined,
): LinkedLocationResult {
  const issues: FieldIssue[] = [];
  const extra = readLinkedText(extraInfo, 'location_extra_info');
  appendAll(issues, extra.issues);
  if (extra.text === undefined && extra.found.length > 0) {
    const message = `No Finnish or Swedish text; the ${extra.found.join(', ')} text is not kept`;
    issues.push(fieldIssue('location_extra_info', 'missing-national-language', message));
  }

  let lines: Partial<Record<ContentLanguage, string>> = {};
  let mode: MeetingMode | undefined;
  if (place && !isEmptyValue(place)) {
    const id = referenceId(place);
    if (isInternetPlace(id)) {
      mode = 'remote';
    } else {
      mode = 'in-person';
      const name = readLinkedText(place.name, 'location.name');
      const street = readLinkedText(place.street_address, 'location.street_address');
      const locality = readLinkedText(place.address_locality, 'location.address_locality');
      appendAll(issues, [...name.issues, ...street.issues, ...locality.issues]);
      const postal = typeof place.postal_code === 'string' ? place.postal_code.trim() : '';
      if (name.found.length === 0 && street.found.length === 0) {
        const message = `The place ${quote(id ?? '')} is a link only: request the events with include=location for its name and address`;
        issues.push(fieldIssue('location', 'reference-only', message));
      } else {
        lines = placeLines(name, street, locality, postal, extra.text ? extra.found : []);
        const used = (['fi', 'sv'] as const).filter((language) => lines[language] !== undefined).join(' and ');
        if (![name, street, locality].some((read) => read.text !== undefined)) {
          const found = [...new Set([...name.found, ...street.found, ...locality.found])];
          const message = `The place has no Finnish or Swedish text; its ${found.join(', ')} texts are used in the ${used} text`;
          issues.push(fieldIssue('location', 'missing-national-language', message));
        } else if (name.text === undefined && name.found.length > 0) {
          const message = `No Finnish or Swedish name; the ${name.found[0]} name is used in the ${used} text`;
          issues.push(fieldIssue('location.name', 'missing-national-language', message));
        }
      }
      if (!isEmptyValue(place.position)) {
        issues.push(
          fieldIssue('location.position', 'unmapped-field', 'The coordinates are not kept: an entry has no position'),
        );
      }
    }
  }

  const note = extra.text;
  const location: LocalizedText = {};
  for (const language of LANGUAGES) {
    const line = lines[language];
    const own = note?.[language];
    if (line !== undefined) {
      const extraLine = own ?? (note ? displayText(note, language).text : undefined);
      location[language] = extraLine !== undefined ? `${line} (${extraLine})` : line;
    } else if (own !== undefined) {
      location[language] = own;
    }
  }
  const result: LinkedLocationResult = { issues };
  if (location.fi !== undefined || location.sv !== undefined) result.location = location;
  if (mode) result.mode = mode;
  return result;
}
