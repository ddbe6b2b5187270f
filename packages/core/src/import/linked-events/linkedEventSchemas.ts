/**
 * The shapes of the Linked Events API (`https://api.hel.fi/linkedevents/v1/event/`, run by Helsinki,
 * Turku, Tampere and others), as its OpenAPI description (`linked-events.yaml`, components `Event`,
 * `Offer`, `Place`, `Keyword`, `Language`, `PaginatedEventList`) and its event serializer publish them.
 * The schemas are permissive on purpose: every object is loose (fields we do not know pass through
 * and are reported by the importer, not rejected), nullable fields accept `null`, and a multilingual
 * text accepts any language key (`fi`, `sv`, `en`, `ru`, `zh_hans`, `ar`, …).
 */
import * as z from 'zod/mini';

/** A multilingual text: `{ "fi": "…", "sv": "…", "en": "…", "ru": "…" }`; values may be `null` or empty. */
export const LinkedEventText = z.record(z.string(), z.nullable(z.string()));
export type LinkedEventText = z.infer<typeof LinkedEventText>;

/** A JSON-LD link to another resource: `{ "@id": "https://api.hel.fi/linkedevents/v1/event/helsinki:1/" }`. */
export const LinkedEventReference = z.looseObject({ '@id': z.string() });
export type LinkedEventReference = z.infer<typeof LinkedEventReference>;

/** A place: a bare `@id` link, or the whole place with `include=location`. */
export const LinkedEventPlace = z.looseObject({
  '@id': z.optional(z.string()),
  id: z.optional(z.string()),
  name: z.optional(z.nullable(LinkedEventText)),
  street_address: z.optional(z.nullable(LinkedEventText)),
  postal_code: z.optional(z.nullable(z.string())),
  address_locality: z.optional(z.nullable(LinkedEventText)),
  /** GeoJSON subset: `{ "type": "Point", "coordinates": [lon, lat] }`. */
  position: z.optional(
    z.nullable(z.looseObject({ type: z.optional(z.string()), coordinates: z.optional(z.unknown()) })),
  ),
});
export type LinkedEventPlace = z.infer<typeof LinkedEventPlace>;

/** A keyword (of `keywords` or `audience`): a bare `@id` link, or the whole keyword with `include=keywords`. */
export const LinkedEventKeyword = z.looseObject({
  '@id': z.optional(z.string()),
  id: z.optional(z.string()),
  name: z.optional(z.nullable(LinkedEventText)),
});
export type LinkedEventKeyword = z.infer<typeof LinkedEventKeyword>;

/** A language of `in_language`: a bare `@id` link (`…/language/fi/`), or `{ "id": "fi", "name": {…} }`. */
export const LinkedEventLanguage = z.looseObject({
  '@id': z.optional(z.string()),
  id: z.optional(z.string()),
});
export type LinkedEventLanguage = z.infer<typeof LinkedEventLanguage>;

/** An admission offer. `price` is prose (`"5 €"`), not a number; `is_free` is the searchable flag. */
export const LinkedEventOffer = z.looseObject({
  is_free: z.optional(z.nullable(z.boolean())),
  price: z.optional(z.nullable(LinkedEventText)),
  info_url: z.optional(z.nullable(LinkedEventText)),
  description: z.optional(z.nullable(LinkedEventText)),
});
export type LinkedEventOffer = z.infer<typeof LinkedEventOffer>;

/**
 * One event. `start_time`/`end_time` are ISO 8601 date-times (`2026-03-10T07:00:00Z`), or bare dates
 * (`2026-03-10`) when the event has no time of day (`has_start_time`/`has_end_time` false; the API
 * reads those flags but does not write them). A recurring series is an event with
 * `super_event_type: "recurring"` whose `sub_events` carry the dates; each of them links back through
 * `super_event`. A deleted event (`show_deleted=true`) keeps only `id`, `name`, `deleted`,
 * `last_modified_time` and `replaced_by`.
 */
export const LinkedEvent = z.looseObject({
  id: z.string().check(z.minLength(1)),
  '@id': z.optional(z.string()),
  name: z.optional(z.nullable(LinkedEventText)),
  short_description: z.optional(z.nullable(LinkedEventText)),
  description: z.optional(z.nullable(LinkedEventText)),
  location: z.optional(z.nullable(LinkedEventPlace)),
  location_extra_info: z.optional(z.nullable(LinkedEventText)),
  info_url: z.optional(z.nullable(LinkedEventText)),
  keywords: z.optional(z.nullable(z.array(LinkedEventKeyword))),
  audience: z.optional(z.nullable(z.array(LinkedEventKeyword))),
  in_language: z.optional(z.nullable(z.array(LinkedEventLanguage))),
  start_time: z.optional(z.nullable(z.string())),
  end_time: z.optional(z.nullable(z.string())),
  has_start_time: z.optional(z.nullable(z.boolean())),
  has_end_time: z.optional(z.nullable(z.boolean())),
  audience_min_age: z.optional(z.nullable(z.int())),
  audience_max_age: z.optional(z.nullable(z.int())),
  super_event: z.optional(z.nullable(LinkedEventReference)),
  /** `recurring`, `umbrella`, or null/empty for an ordinary event. */
  super_event_type: z.optional(z.nullable(z.string())),
  sub_events: z.optional(z.nullable(z.array(LinkedEventReference))),
  /** `EventScheduled`, `EventCancelled`, `EventPostponed` or `EventRescheduled` (schema.org). */
  event_status: z.optional(z.nullable(z.string())),
  /** `public` or `draft`. */
  publication_status: z.optional(z.nullable(z.string())),
  /** `General`, `Course` or `Volunteering`. */
  type_id: z.optional(z.nullable(z.string())),
  offers: z.optional(z.nullable(z.array(LinkedEventOffer))),
  deleted: z.optional(z.nullable(z.boolean())),
});
export type LinkedEvent = z.infer<typeof LinkedEvent>;

/** A page of the event list: `{ "meta": { "count", "next", "previous" }, "data": [ … ] }`. */
export const LinkedEventPage = z.looseObject({
  meta: z.optional(
    z.looseObject({
      count: z.optional(z.number()),
      next: z.optional(z.nullable(z.string())),
      previous: z.optional(z.nullable(z.string())),
    }),
  ),
  data: z.array(z.unknown()),
});
export type LinkedEventPage = z.infer<typeof LinkedEventPage>;

/**
 * What `importLinkedEvents` accepts at the top: a page of the event list, an array of events, or a
 * single event (an object with a string `id` and a `name` field, as even a deleted event has). The
 * items of a page or array are checked one by one later, so one bad item never rejects the rest.
 */
export const LinkedEventsInput = z.union([
  LinkedEventPage,
  z.array(z.unknown()),
  z.looseObject({ id: z.string(), name: z.unknown() }).check(
    z.refine((event) => Object.hasOwn(event, 'name'), {
      message: 'Expected a Linked Events event (with id and name), an array of events, or a page { meta, data }',
    }),
  ),
]);
export type LinkedEventsInput = z.infer<typeof LinkedEventsInput>;
