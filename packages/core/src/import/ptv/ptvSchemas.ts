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

/**
 * The content model both versions share (PTV keeps it across versions), built over what differs: a
 * version's localised text, where a street address and an entrance keep their point, and the fields
 * only one version's service hours and channels have.
 */
function contentModel<
  Texts extends z.core.$ZodType,
  StreetPoint extends z.core.$ZodShape,
  EntrancePoint extends z.core.$ZodType,
  HourExtra extends z.core.$ZodShape,
  ChannelExtra extends z.core.$ZodShape,
>(parts: {
  texts: Texts;
  streetPoint: StreetPoint;
  entrancePoint: EntrancePoint;
  hourExtra: HourExtra;
  channelExtra: ChannelExtra;
}) {
  const { texts } = parts;
  /** A municipality reference: the three-digit code and names. */
  const municipality = z.looseObject({ code: opt(z.string()), name: opt(texts) });
  const streetAddress = z.looseObject({
    street: opt(texts),
    streetNumber: opt(z.string()),
    postalCode: opt(z.string()),
    postOffice: opt(texts),
    municipality: opt(municipality),
    additionalInformation: opt(texts),
    ...parts.streetPoint,
    /** Geocoding state: `Ok`, `Loaded`, `NotReceived`, `Failed`, … */
    coordinateState: opt(z.string()),
  });
  /** Accessibility sentences of an entrance, grouped (from the accessibility register). */
  const accessibilitySentence = z.looseObject({
    sentenceGroup: opt(texts),
    sentences: opt(z.array(z.looseObject({ sentence: opt(texts) }))),
  });
  const entrance = z.looseObject({
    name: opt(texts),
    isMainEntrance: opt(z.boolean()),
    coordinates: opt(parts.entrancePoint),
    contactInfo: opt(z.looseObject({})),
    accessibilitySentences: opt(z.array(accessibilitySentence)),
  });
  /** An address: `type` `Location` or `Postal`; `subType` `Street`, `Single`, `PostOfficeBox`, … */
  const address = z.looseObject({
    type: opt(z.string()),
    subType: opt(z.string()),
    postOfficeBoxAddress: opt(z.looseObject({})),
    streetAddress: opt(streetAddress),
    otherAddress: opt(z.looseObject({})),
    locationAbroad: opt(texts),
    entrances: opt(z.array(entrance)),
    country: opt(z.string()),
  });
  /** A service hour: `serviceHourType` `DaysOfTheWeek`, `Exceptional`, `OverMidnight` (v11), `Holiday` (v12). */
  const serviceHour = z.looseObject({
    serviceHourType: opt(z.string()),
    ...parts.hourExtra,
    validFrom: opt(z.string()),
    validTo: opt(z.string()),
    isClosed: opt(z.boolean()),
    validForNow: opt(z.boolean()),
    isAlwaysOpen: opt(z.boolean()),
    isReservation: opt(z.boolean()),
    additionalInformation: opt(texts),
    openingHour: opt(z.array(PtvOpeningHour)),
  });
  /** A service area: `type` `Municipality`, `Region`, … with codes and municipalities. */
  const area = z.looseObject({
    type: opt(z.string()),
    code: opt(z.string()),
    name: opt(texts),
    municipalities: opt(z.array(municipality)),
  });
  /** A ServiceLocation channel (palvelupiste), as `GET /api/v1x/ServiceChannel/{id}` returns it. */
  const channel = z.looseObject({
    id: z.string(),
    sourceId: opt(z.string()),
    oid: opt(z.string()),
    serviceChannelType: opt(z.string()),
    organizationId: opt(z.string()),
    serviceChannelNames: opt(texts),
    serviceChannelDescriptions: opt(texts),
    ...parts.channelExtra,
    areaType: opt(z.string()),
    areas: opt(z.array(area)),
    phoneNumbers: opt(z.array(PtvPhone)),
    emails: opt(z.array(PtvEmail)),
    languages: opt(z.array(z.string())),
    webPages: opt(z.array(PtvWebPage)),
    addresses: opt(z.array(address)),
    serviceHours: opt(z.array(serviceHour)),
    services: opt(z.array(z.looseObject({}))),
    serviceCollections: opt(z.array(z.looseObject({}))),
    publishingStatus: opt(z.string()),
    modified: opt(z.string()),
    responsibleSoteOrganization: opt(z.string()),
    ontologyTerms: opt(z.array(z.looseObject({}))),
  });
  /** A paged response (`/api/v1x/ServiceChannel/list/…`; v12 pages at most 100 items). */
  const page = z.looseObject({
    pageNumber: opt(z.number()),
    pageSize: opt(z.number()),
    pageCount: opt(z.number()),
    itemList: z.array(channel),
  });
  return { channel, page, texts, address, streetAddress, entrance, serviceHour, area };
}

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

const v11 = contentModel({
  texts: PtvV11Texts,
  /** `latitude` is the ETRS-TM35FIN northing, `longitude` the easting. */
  streetPoint: { latitude: opt(NumberLike), longitude: opt(NumberLike) },
  entrancePoint: z.looseObject({ latitude: opt(NumberLike), longitude: opt(NumberLike) }),
  hourExtra: {},
  channelExtra: { displayNameType: opt(z.array(PtvDisplayNameType)) },
});

/** A v11 ServiceLocation channel; fields as in PTV's published example. */
export const PtvV11ServiceLocationChannel = v11.channel;
export type PtvV11ServiceLocationChannel = z.infer<typeof PtvV11ServiceLocationChannel>;

/** A v11 paged response (`/api/v11/ServiceChannel/list/…`). */
export const PtvV11Page = v11.page;
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

const v12 = contentModel({
  texts: PtvV12Texts,
  streetPoint: { coordinates: opt(PtvV12Coordinates) },
  entrancePoint: PtvV12Coordinates,
  /**
   * Beside the v11 fields: `holiday`, a PTV holiday name (`MidsummerEve`, `ChristmasEve`, …) for
   * named holiday hours, and `weekRepetition` (`Every`, `Odd`, `Even`).
   */
  hourExtra: { holiday: opt(z.string()), weekRepetition: opt(z.string()) },
  channelExtra: {},
});

/** A v12 ServiceLocation channel. */
export const PtvV12ServiceLocationChannel = v12.channel;
export type PtvV12ServiceLocationChannel = z.infer<typeof PtvV12ServiceLocationChannel>;

/** A v12 paged response (at most 100 items a page). */
export const PtvV12Page = v12.page;
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
    channel: v11.channel,
    texts: v11.texts,
    address: v11.address,
    streetAddress: v11.streetAddress,
    entrance: v11.entrance,
    serviceHour: v11.serviceHour,
    area: v11.area,
  },
  v12: {
    channel: v12.channel,
    texts: v12.texts,
    address: v12.address,
    streetAddress: v12.streetAddress,
    entrance: v12.entrance,
    serviceHour: v12.serviceHour,
    area: v12.area,
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
