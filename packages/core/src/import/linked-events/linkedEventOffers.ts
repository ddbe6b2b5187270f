import type { EntryOffer } from '../../calendar/calendarEntry.js';
import { type FieldIssue, fieldIssue, fieldPath, isEmptyValue } from './linkedEventIssues.js';
import type { LinkedEventOffer } from './linkedEventSchemas.js';
import { readLinkedText } from './linkedEventText.js';
import { pickLinkedUrl } from './linkedEventUrl.js';
import { appendAll } from '../appendAll.js';

/** Offer fields read here. */
const READ = new Set(['is_free', 'price', 'info_url', 'description']);
/** Offer fields the API documents that an {@link EntryOffer} cannot hold. */
const UNMAPPED: Readonly<Record<string, string>> = {
  offer_price_groups: 'The customer-group prices of the registration are not kept',
};

/** What {@link linkedEventOffers} read. */
export interface LinkedOffersResult {
  offers: EntryOffer[];
  issues: FieldIssue[];
}

/**
 * Admission offers of an event as {@link EntryOffer}s: `is_free` → `free`, the prose `price` and
 * `description` (HTML made text) in the languages `readLinkedText` carries, and one `info_url`. A text
 * with neither Finnish nor Swedish is left out (`missing-national-language`); an offer that says
 * nothing (`{ "price": { "fi": "" } }`) is dropped;
 * `offer_price_groups` and unknown fields are reported.
 *
 * @param list - the event's `offers`, or null/undefined
 * @returns the offers and the issues
 * @example
 * linkedEventOffers([{ is_free: false, price: { fi: '5 € / perhe', en: '5 € per family' }, info_url: { fi: 'https://liput.example.fi/' } }]);
 * // { offers: [{ free: false, price: { fi: '5 € / perhe', en: '5 € per family' }, url: 'https://liput.example.fi/' }], issues: [] }
 */
export function linkedEventOffers(list: readonly LinkedEventOffer[] | null | undefined): LinkedOffersResult {
  const offers: EntryOffer[] = [];
  const issues: FieldIssue[] = [];
  (list ?? []).forEach((offer, index) => {
    const path = fieldPath('offers', index);
    const entry: EntryOffer = {};
    if (typeof offer.is_free === 'boolean') entry.free = offer.is_free;
    for (const key of ['price', 'description'] as const) {
      const read = readLinkedText(offer[key], fieldPath(path, key), key === 'description');
      appendAll(issues, read.issues);
      if (read.text) entry[key] = read.text;
      else if (read.found.length > 0) {
        const message = `No Finnish or Swedish text; the ${read.found.join(', ')} text is not kept`;
        issues.push(fieldIssue(fieldPath(path, key), 'missing-national-language', message));
      }
    }
    const url = pickLinkedUrl(offer.info_url, fieldPath(path, 'info_url'));
    appendAll(issues, url.issues);
    if (url.url) entry.url = url.url;
    for (const [key, value] of Object.entries(offer)) {
      if (READ.has(key) || isEmptyValue(value)) continue;
      const known = Object.hasOwn(UNMAPPED, key);
      const message = known
        ? (UNMAPPED[key] as string)
        : 'A field the Linked Events API does not document; not imported';
      issues.push(fieldIssue(fieldPath(path, key), known ? 'unmapped-field' : 'unknown-field', message));
    }
    if (Object.keys(entry).length > 0) offers.push(entry);
  });
  return { offers, issues };
}
