import * as z from 'zod/mini';

/**
 * zod/mini schemas for the parts of Suomi.fi Palvelutietovaranto (PTV, the Finnish service register)
 * that the meeting-place importer reads: ServiceLocation channels (palvelupiste) of the open API v11
 * and v12, one at a time or in paged responses.
 *
 * The v11 shapes follow PTV's published example `V11VmOpenApiServiceLocationChannel.json` (repository
 * vrk-kpa/ptv-releases) field by field. For v12 no example was at hand; its shapes follow the facts in
 * /work/shared/reference/ptv/README.md — the same content model, texts as objects keyed by language
 * (`{ fi, sv, en, se, smn, sms }`), coordinates as `{ system: 'EPSG:3067', easting, northing }` — and
 * three names are this importer's assumption: a service hour's `holiday` (a PTV holiday name such as
 * `MidsummerEve`) and `weekRepetition` (`Every`, `Odd`, `Even`), and v12 keeping the v11 field names.
 *
 * Every object is loose (unknown fields pass and the importer reports them) and every field but a
 * channel's `id` is optional and may be `null`, as PTV writes absent values.
 */

/** An optional field that PTV may also send as `null`. */
const opt = <T extends z.core.$ZodType>(schema: T) => z.optional(z.nullable(schema));

/** A number PTV may send as a string (v11 coordinates are strings: `"6822545.123"`). */
const NumberLike = z.union([z.number(), z.string()]);

/** One opening of a service hour: `dayFrom`/`dayTo` are English weekday names, times `HH:mm:ss`. */
export const PtvOpeningHour = z.looseObject({
  dayFrom: opt(z.string()),
  dayTo: opt(z.string()),
  from: opt(z.string()),
  to: opt(z.string()),
});
export type PtvOpeningHour = z.infer<typeof PtvOpeningHour>;

/** A phone number; `number` without the country prefix, which is in `prefixNumber` (`+358`). */
export const PtvPhone = z.looseObject({
  type: opt(z.string()),
  additionalInformation: opt(z.string()),
  serviceChargeType: opt(z.string()),
  chargeDescription: opt(z.string()),
  prefixNumber: opt(z.string()),
  isFinnishServiceNumber: opt(z.boolean()),
  number: opt(z.string()),
  language: opt(z.string()),
});
export type PtvPhone = z.infer<typeof PtvPhone>;

/** An email address in one language. */
export const PtvEmail = z.looseObject({ value: opt(z.string()), language: opt(z.string()) });
export type PtvEmail = z.infer<typeof PtvEmail>;

/** A web page: `url`, its link text `value`, and a language. */
export const PtvWebPage = z.looseObject({ url: opt(z.string()), value: opt(z.string()), language: opt(z.string()) });
export type PtvWebPage = z.infer<typeof PtvWebPage>;

/** Which name type (`Name` or `AlternativeName`) to show in one language (v11). */
export const PtvDisplayNameType = z.looseObject({ type: opt(z.string()), language: opt(z.string()) });
export type PtvDisplayNameType = z.infer<typeof PtvDisplayNameType>;

// ---------------------------------------------------------------------------------------------
// v11: texts as lists of { language, value, type? }; coordinates as latitude/longitude strings that
// are in fact ETRS-TM35FIN northing/easting.

/** One text in one language; `type` is `Name`/`AlternativeName` or `Description`/`Summary`. */
export const PtvV11LanguageItem = z.looseObject({
  language: z.string(),
  value: z.string(),
  type: opt(z.string()),
});
export type PtvV11LanguageItem = z.infer<typeof PtvV11LanguageItem>;

/** A v11 localised text: one item per language (and type). */
export const PtvV11Texts = z.array(PtvV11LanguageItem);
export type PtvV11Texts = z.infer<typeof PtvV11Texts>;

/** A municipality reference: the three-digit code and names. */
export const PtvV11Municipality = z.looseObject({ code: opt(z.string()), name: opt(PtvV11Texts) });

/** A v11 street address; `latitude` is the ETRS-TM35FIN northing, `longitude` the easting. */
export const PtvV11StreetAddress = z.looseObject({
  street: opt(PtvV11Texts),
  streetNumber: opt(z.string()),
  postalCode: opt(z.string()),
  postOffice: opt(PtvV11Texts),
  municipality: opt(PtvV11Municipality),
  additionalInformation: opt(PtvV11Texts),
  latitude: opt(NumberLike),
  longitude: opt(NumberLike),
  /** Geocoding state: `Ok`, `Loaded`, `NotReceived`, `Failed`, … */
  coordinateState: opt(z.string()),
});
export type PtvV11StreetAddress = z.infer<typeof PtvV11StreetAddress>;

/** Accessibility sentences of an entrance, grouped (from the accessibility register). */
export const PtvV11AccessibilitySentence = z.looseObject({
  sentenceGroup: opt(PtvV11Texts),
  sentences: opt(z.array(z.looseObject({ sentence: opt(PtvV11Texts) }))),
});

/** An entrance of a v11 address. */
export const PtvV11Entrance = z.looseObject({
  name: opt(PtvV11Texts),
  isMainEntrance: opt(z.boolean()),
  coordinates: opt(z.looseObject({ latitude: opt(NumberLike), longitude: opt(NumberLike) })),
  contactInfo: opt(z.looseObject({})),
  accessibilitySentences: opt(z.array(PtvV11AccessibilitySentence)),
});
export type PtvV11Entrance = z.infer<typeof PtvV11Entrance>;

/** A v11 address: `type` `Location` or `Postal`; `subType` `Street`, `Single`, `PostOfficeBox`, … */
export const PtvV11Address = z.looseObject({
  type: opt(z.string()),
  subType: opt(z.string()),
  postOfficeBoxAddress: opt(z.looseObject({})),
  streetAddress: opt(PtvV11StreetAddress),
  otherAddress: opt(z.looseObject({})),
  locationAbroad: opt(PtvV11Texts),
  entrances: opt(z.array(PtvV11Entrance)),
  country: opt(z.string()),
});
export type PtvV11Address = z.infer<typeof PtvV11Address>;

/** A v11 service hour: `serviceHourType` `DaysOfTheWeek`, `Exceptional` or `OverMidnight`. */
export const PtvV11ServiceHour = z.looseObject({
  serviceHourType: opt(z.string()),
  validFrom: opt(z.string()),
  validTo: opt(z.string()),
  isClosed: opt(z.boolean()),
  validForNow: opt(z.boolean()),
  isAlwaysOpen: opt(z.boolean()),
  isReservation: opt(z.boolean()),
  additionalInformation: opt(PtvV11Texts),
  openingHour: opt(z.array(PtvOpeningHour)),
});
export type PtvV11ServiceHour = z.infer<typeof PtvV11ServiceHour>;

/** A service area: `type` `Municipality`, `Region`, … with codes and municipalities. */
export const PtvV11Area = z.looseObject({
  type: opt(z.string()),
  code: opt(z.string()),
  name: opt(PtvV11Texts),
  municipalities: opt(z.array(PtvV11Municipality)),
});

/** A v11 ServiceLocation channel (palvelupiste), as `GET /api/v11/ServiceChannel/{id}` returns it. */
export const PtvV11ServiceLocationChannel = z.looseObject({
  id: z.string(),
  sourceId: opt(z.string()),
  oid: opt(z.string()),
  serviceChannelType: opt(z.string()),
  organizationId: opt(z.string()),
  serviceChannelNames: opt(PtvV11Texts),
  displayNameType: opt(z.array(PtvDisplayNameType)),
  serviceChannelDescriptions: opt(PtvV11Texts),
  areaType: opt(z.string()),
  areas: opt(z.array(PtvV11Area)),
  phoneNumbers: opt(z.array(PtvPhone)),
  emails: opt(z.array(PtvEmail)),
  languages: opt(z.array(z.string())),
  webPages: opt(z.array(PtvWebPage)),
  addresses: opt(z.array(PtvV11Address)),
  serviceHours: opt(z.array(PtvV11ServiceHour)),
  services: opt(z.array(z.looseObject({}))),
  serviceCollections: opt(z.array(z.looseObject({}))),
  publishingStatus: opt(z.string()),
  modified: opt(z.string()),
  responsibleSoteOrganization: opt(z.string()),
  ontologyTerms: opt(z.array(z.looseObject({}))),
});
export type PtvV11ServiceLocationChannel = z.infer<typeof PtvV11ServiceLocationChannel>;

/** A v11 paged response (`/api/v11/ServiceChannel/list/…`). */
export const PtvV11Page = z.looseObject({
  pageNumber: opt(z.number()),
  pageSize: opt(z.number()),
  pageCount: opt(z.number()),
  itemList: z.array(PtvV11ServiceLocationChannel),
});
export type PtvV11Page = z.infer<typeof PtvV11Page>;

// ---------------------------------------------------------------------------------------------
// v12: texts as objects keyed by language; coordinates stated with their system.

/** A v12 localised text: `{ fi: '…', sv: '…', se: '…' }`. */
export const PtvV12Texts = z.record(z.string(), z.nullable(z.string()));
export type PtvV12Texts = z.infer<typeof PtvV12Texts>;

/** A v12 point: `{ system: 'EPSG:3067', easting, northing }`. */
export const PtvV12Coordinates = z.looseObject({
  system: opt(z.string()),
  easting: opt(NumberLike),
  northing: opt(NumberLike),
});
export type PtvV12Coordinates = z.infer<typeof PtvV12Coordinates>;

/** A municipality reference (v12). */
export const PtvV12Municipality = z.looseObject({ code: opt(z.string()), name: opt(PtvV12Texts) });

/** A v12 street address with its coordinates. */
export const PtvV12StreetAddress = z.looseObject({
  street: opt(PtvV12Texts),
  streetNumber: opt(z.string()),
  postalCode: opt(z.string()),
  postOffice: opt(PtvV12Texts),
  municipality: opt(PtvV12Municipality),
  additionalInformation: opt(PtvV12Texts),
  coordinates: opt(PtvV12Coordinates),
  coordinateState: opt(z.string()),
});
export type PtvV12StreetAddress = z.infer<typeof PtvV12StreetAddress>;

/** Accessibility sentences of an entrance (v12). */
export const PtvV12AccessibilitySentence = z.looseObject({
  sentenceGroup: opt(PtvV12Texts),
  sentences: opt(z.array(z.looseObject({ sentence: opt(PtvV12Texts) }))),
});

/** An entrance of a v12 address. */
export const PtvV12Entrance = z.looseObject({
  name: opt(PtvV12Texts),
  isMainEntrance: opt(z.boolean()),
  coordinates: opt(PtvV12Coordinates),
  contactInfo: opt(z.looseObject({})),
  accessibilitySentences: opt(z.array(PtvV12AccessibilitySentence)),
});
export type PtvV12Entrance = z.infer<typeof PtvV12Entrance>;

/** A v12 address. */
export const PtvV12Address = z.looseObject({
  type: opt(z.string()),
  subType: opt(z.string()),
  postOfficeBoxAddress: opt(z.looseObject({})),
  streetAddress: opt(PtvV12StreetAddress),
  otherAddress: opt(z.looseObject({})),
  locationAbroad: opt(PtvV12Texts),
  entrances: opt(z.array(PtvV12Entrance)),
  country: opt(z.string()),
});
export type PtvV12Address = z.infer<typeof PtvV12Address>;

/**
 * A v12 service hour. Beside the v11 fields: `holiday`, a PTV holiday name (`MidsummerEve`,
 * `ChristmasEve`, …) for named holiday hours, and `weekRepetition` (`Every`, `Odd`, `Even`).
 */
export const PtvV12ServiceHour = z.looseObject({
  serviceHourType: opt(z.string()),
  holiday: opt(z.string()),
  weekRepetition: opt(z.string()),
  validFrom: opt(z.string()),
  validTo: opt(z.string()),
  isClosed: opt(z.boolean()),
  validForNow: opt(z.boolean()),
  isAlwaysOpen: opt(z.boolean()),
  isReservation: opt(z.boolean()),
  additionalInformation: opt(PtvV12Texts),
  openingHour: opt(z.array(PtvOpeningHour)),
});
export type PtvV12ServiceHour = z.infer<typeof PtvV12ServiceHour>;

/** A service area (v12). */
export const PtvV12Area = z.looseObject({
  type: opt(z.string()),
  code: opt(z.string()),
  name: opt(PtvV12Texts),
  municipalities: opt(z.array(PtvV12Municipality)),
});

/** A v12 ServiceLocation channel. */
export const PtvV12ServiceLocationChannel = z.looseObject({
  id: z.string(),
  sourceId: opt(z.string()),
  oid: opt(z.string()),
  serviceChannelType: opt(z.string()),
  organizationId: opt(z.string()),
  serviceChannelNames: opt(PtvV12Texts),
  serviceChannelDescriptions: opt(PtvV12Texts),
  areaType: opt(z.string()),
  areas: opt(z.array(PtvV12Area)),
  phoneNumbers: opt(z.array(PtvPhone)),
  emails: opt(z.array(PtvEmail)),
  languages: opt(z.array(z.string())),
  webPages: opt(z.array(PtvWebPage)),
  addresses: opt(z.array(PtvV12Address)),
  serviceHours: opt(z.array(PtvV12ServiceHour)),
  services: opt(z.array(z.looseObject({}))),
  serviceCollections: opt(z.array(z.looseObject({}))),
  publishingStatus: opt(z.string()),
  modified: opt(z.string()),
  responsibleSoteOrganization: opt(z.string()),
  ontologyTerms: opt(z.array(z.looseObject({}))),
});
export type PtvV12ServiceLocationChannel = z.infer<typeof PtvV12ServiceLocationChannel>;

/** A v12 paged response (at most 100 items a page). */
export const PtvV12Page = z.looseObject({
  pageNumber: opt(z.number()),
  pageSize: opt(z.number()),
  pageCount: opt(z.number()),
  itemList: z.array(PtvV12ServiceLocationChannel),
});
export type PtvV12Page = z.infer<typeof PtvV12Page>;

// ---------------------------------------------------------------------------------------------

/** The parts of one version the importer reads element by element, so one bad element costs only itself. */
export interface PtvVersionSchemas {
  readonly channel: typeof PtvV11ServiceLocationChannel | typeof PtvV12ServiceLocationChannel;
  readonly texts: z.core.$ZodType;
  readonly address: z.ZodMiniObject;
  readonly streetAddress: z.ZodMiniObject;
  readonly entrance: z.ZodMiniObject;
  readonly serviceHour: z.ZodMiniObject;
  readonly area: z.ZodMiniObject;
}

/** The schemas of each API version. */
export const ptvVersionSchemas = {
  v11: {
    channel: PtvV11ServiceLocationChannel,
    texts: PtvV11Texts,
    address: PtvV11Address,
    streetAddress: PtvV11StreetAddress,
    entrance: PtvV11Entrance,
    serviceHour: PtvV11ServiceHour,
    area: PtvV11Area,
  },
  v12: {
    channel: PtvV12ServiceLocationChannel,
    texts: PtvV12Texts,
    address: PtvV12Address,
    streetAddress: PtvV12StreetAddress,
    entrance: PtvV12Entrance,
    serviceHour: PtvV12ServiceHour,
    area: PtvV12Area,
  },
} as const satisfies Record<string, PtvVersionSchemas>;

/** A PTV open-API version the importer understands. */
export type PtvVersion = keyof typeof ptvVersionSchemas;

/**
 * What the importer accepts at the top level (only enough to tell the shape; the items are read one
 * by one): a paged response (`itemList`), an array of channels, or one channel (an object with an
 * `id` and `serviceChannelNames` in either version's form).
 */
export const PtvImportInput = z.union([
  z.looseObject({
    pageNumber: opt(z.number()),
    pageSize: opt(z.number()),
    pageCount: opt(z.number()),
    itemList: z.array(z.unknown()),
  }),
  z.array(z.unknown()),
  z.looseObject({
    id: z.string(),
    serviceChannelNames: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]),
  }),
]);
export type PtvImportInput = z.infer<typeof PtvImportInput>;
