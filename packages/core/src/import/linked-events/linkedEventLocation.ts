import type { LocalizedText, MeetingMode } from '../../model/common.js';
import { referenceId } from './linkedEventId.js';
import { type FieldIssue, fieldIssue, isEmptyValue, quote } from './linkedEventIssues.js';
import type { LinkedEventPlace, LinkedEventText } from './linkedEventSchemas.js';
import { type LinkedTextResult, readLinkedText } from './linkedEventText.js';

type Locale = 'fi' | 'sv' | 'en';
const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

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

/** A text in a locale, else in Finnish, Swedish or English: place names and addresses are proper names. */
function anyLanguage(read: LinkedTextResult, locale: Locale): string | undefined {
  return read.values[locale] ?? read.values.fi ?? read.values.sv ?? read.values.en;
}

/** `Name, Street 1, 00100 Town` for each language the place has a text in (always Finnish). */
function placeLines(
  name: LinkedTextResult,
  street: LinkedTextResult,
  locality: LinkedTextResult,
  postal: string,
): Partial<Record<Locale, string>> {
  const lines: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) {
    const own = [name, street, locality].some((read) => read.values[locale] !== undefined);
    if (locale !== 'fi' && !own) continue;
    const town = [postal, anyLanguage(locality, locale)].filter((part) => part).join(' ');
    const parts = [anyLanguage(name, locale), anyLanguage(street, locale), town].filter((part) => part);
    if (parts.length > 0) lines[locale] = parts.join(', ');
  }
  return lines;
}

/**
 * An entry's `location` text and meeting `mode` from an event's `location` and `location_extra_info`.
 * An expanded place (`include=location`) gives `Name, Street 1, 00100 Town` per language, as
 * `entriesFromPlace` writes places; the Finnish line falls back to the Swedish or English name of the
 * place, a proper name (reported as `missing-finnish`). The extra info follows in brackets, or stands
 * alone when there is no place text. A place that is only an `@id` link is reported as
 * `reference-only` (its name needs `include=location`); `position` is reported as not kept. A physical
 * place makes the entry `in-person`; the virtual `…:internet` place makes it `remote`.
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
  issues.push(...extra.issues);
  if (extra.text === undefined && extra.found.length > 0) {
    const message = `No Finnish text; the ${extra.found.join(', ')} text is not kept`;
    issues.push(fieldIssue('location_extra_info', 'missing-finnish', message));
  }

  let lines: Partial<Record<Locale, string>> = {};
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
      issues.push(...name.issues, ...street.issues, ...locality.issues);
      const postal = typeof place.postal_code === 'string' ? place.postal_code.trim() : '';
      if (name.found.length === 0 && street.found.length === 0) {
        const message = `The place ${quote(id ?? '')} is a link only: request the events with include=location for its name and address`;
        issues.push(fieldIssue('location', 'reference-only', message));
      } else {
        lines = placeLines(name, street, locality, postal);
        if (name.text === undefined && name.found.length > 0) {
          const message = `No Finnish name; the ${name.found[0]} name is used in the Finnish text`;
          issues.push(fieldIssue('location.name', 'missing-finnish', message));
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
  const texts: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) {
    const line = lines[locale];
    const extraLine = note?.[locale] ?? (line !== undefined ? note?.fi : undefined);
    if (line !== undefined) texts[locale] = extraLine !== undefined ? `${line} (${extraLine})` : line;
    else if (extraLine !== undefined) texts[locale] = extraLine;
  }
  const result: LinkedLocationResult = { issues };
  if (texts.fi !== undefined) {
    const location: LocalizedText = { fi: texts.fi };
    if (texts.sv !== undefined) location.sv = texts.sv;
    if (texts.en !== undefined) location.en = texts.en;
    result.location = location;
  }
  if (mode) result.mode = mode;
  return result;
}
