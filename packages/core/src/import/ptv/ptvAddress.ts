import type { Coordinates, LocalizedText } from '../../model/common.js';
import type { MeetingPlace } from '../../model/meeting-place.js';
import {
  at,
  hasContent,
  knownFields,
  type PtvContext,
  parsePart,
  preview,
  report,
  reportUnmapped,
} from './ptvContext.js';
import { ptvPoint, ptvStreetPoint } from './ptvCoordinates.js';
import { ptvEntrances } from './ptvEntrances.js';
import { ptvLocalizedText, ptvTexts } from './ptvText.js';

/** Where a channel is, in our terms. */
export interface PtvLocation {
  municipalityCode?: string;
  address?: NonNullable<MeetingPlace['address']>;
  /** The address's additional information ("2nd floor, entrance from the yard"). */
  premisesDescription?: LocalizedText;
  coordinates?: Coordinates;
}

/**
 * A PTV municipality code as our three-digit code.
 *
 * @param value - the source code, a string or number
 * @returns the code, zero-padded, or `undefined` if it is not one to three digits
 * @example
 * municipalityCode('91'); // '091'
 */
export function municipalityCode(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const code = String(value).trim();
  return /^\d{1,3}$/.test(code) ? code.padStart(3, '0') : undefined;
}

/** Whether an address is the visiting address: `type` `Location` (or no type) with a street address. */
function isVisitingAddress(address: unknown): boolean {
  if (address === null || typeof address !== 'object') return false;
  const record = address as Record<string, unknown>;
  const type = typeof record['type'] === 'string' ? record['type'].toLowerCase() : 'location';
  return type === 'location' && record['streetAddress'] !== null && typeof record['streetAddress'] === 'object';
}

/** Maps the street address: street + number, postal code, post office, municipality, extra information. */
function streetAddress(ctx: PtvContext, raw: Record<string, unknown>, path: string, location: PtvLocation): void {
  const street = ptvTexts(ctx, raw['street'], at(path, 'street'), 'street name');
  const chosen = street.find((t) => t.language === 'fi') ?? street.find((t) => t.language === 'sv') ?? street[0];
  for (const other of street) {
    if (other !== chosen) {
      report(
        ctx,
        other.path,
        'unmapped-field',
        `Our address holds one street name; ${preview(other.value)} is not carried over`,
      );
    }
  }
  const number = typeof raw['streetNumber'] === 'string' ? raw['streetNumber'].trim() : '';
  const postalCode = typeof raw['postalCode'] === 'string' ? raw['postalCode'].trim() : '';
  const postOffice = ptvLocalizedText(
    ctx,
    ptvTexts(ctx, raw['postOffice'], at(path, 'postOffice'), 'post office'),
    'post office',
  );
  if (chosen && /^\d{5}$/.test(postalCode) && postOffice) {
    location.address = { street: number ? `${chosen.value} ${number}` : chosen.value, postalCode, postOffice };
  } else {
    const missing = [
      chosen ? '' : 'a street',
      /^\d{5}$/.test(postalCode) ? '' : `a five-digit postal code (got ${preview(raw['postalCode'] ?? null)})`,
      postOffice ? '' : 'a Finnish or Swedish post office name',
    ].filter(Boolean);
    report(ctx, path, 'incomplete-address', `The street address lacks ${missing.join(', ')}; the place has no address`);
  }
  const municipality = raw['municipality'] as Record<string, unknown> | null | undefined;
  const code = municipalityCode(municipality?.['code']);
  if (code) location.municipalityCode = code;
  else if (municipality?.['code'] !== undefined && municipality?.['code'] !== null) {
    report(
      ctx,
      at(at(path, 'municipality'), 'code'),
      'invalid-value',
      `Not a municipality code: ${preview(municipality['code'])}`,
      false,
      municipality['code'],
    );
  }
  const info = ptvTexts(ctx, raw['additionalInformation'], at(path, 'additionalInformation'), 'address note');
  const description = ptvLocalizedText(ctx, info, 'address note');
  if (description) location.premisesDescription = description;
  reportUnmapped(
    ctx,
    raw,
    knownFields(ctx.schemas.streetAddress),
    [
      'street',
      'streetNumber',
      'postalCode',
      'postOffice',
      'municipality',
      'additionalInformation',
      'latitude',
      'longitude',
      'coordinates',
      'coordinateState',
    ],
    path,
  );
}

/**
 * Finds a channel's visiting address (the first `Location` address with a street address) and maps it:
 * street and number, postal code and post office to `address`; the municipality code; the address's
 * additional information to `premises.description`; the coordinates (ETRS-TM35FIN → WGS84), or the main
 * entrance's when the address has none usable. Postal and further addresses are reported, not used.
 *
 * @param ctx - the channel being read
 * @param value - the source `addresses`
 * @returns what could be mapped; missing parts are reported
 * @example
 * ptvLocation(v11Context, [{ type: 'Location', subType: 'Single', streetAddress: {
 *   street: [{ language: 'fi', value: 'Porrassalmenkatu' }], streetNumber: '21', postalCode: '50100',
 *   postOffice: [{ language: 'fi', value: 'MIKKELI' }], municipality: { code: '491' } } }]);
 * // { municipalityCode: '491', address: { street: 'Porrassalmenkatu 21', postalCode: '50100',
 * //   postOffice: { fi: 'MIKKELI' } } } (and a `coordinates-missing` issue)
 */
export function ptvLocation(ctx: PtvContext, value: unknown): PtvLocation {
  const location: PtvLocation = {};
  if (value === undefined || value === null) {
    report(ctx, 'addresses', 'coordinates-missing', 'The channel has no addresses: no address and no coordinates');
    return location;
  }
  if (!Array.isArray(value)) {
    report(ctx, 'addresses', 'invalid-value', `Addresses left out: expected a list, got ${preview(value)}`);
    return location;
  }
  const chosenIndex = value.findIndex(isVisitingAddress);
  value.forEach((address, index) => {
    if (index !== chosenIndex) {
      report(
        ctx,
        at('addresses', index),
        'unmapped-field',
        `${chosenIndex < 0 ? 'Not a visiting (Location) street address' : 'MeetingPlace holds one visiting address'}; not carried over: ${preview(address)}`,
      );
    }
  });
  if (chosenIndex < 0) {
    report(
      ctx,
      'addresses',
      'coordinates-missing',
      'No visiting (Location) street address: no address and no coordinates',
    );
    return location;
  }
  const path = at('addresses', chosenIndex);
  const raw = value[chosenIndex] as Record<string, unknown>;
  const parsed = parsePart(ctx, ctx.schemas.address, { ...raw, entrances: undefined }, path, 'The address');
  if (!parsed) return location;
  const streetPath = at(path, 'streetAddress');
  streetAddress(ctx, raw['streetAddress'] as Record<string, unknown>, streetPath, location);
  const entrances = ptvEntrances(ctx, raw['entrances'], at(path, 'entrances'));
  const street = ptvStreetPoint(ctx, raw['streetAddress'] as Record<string, unknown>, streetPath);
  if ('point' in street) location.coordinates = street.point;
  for (const entrance of entrances) {
    if (!location.coordinates) {
      const result = ptvPoint(ctx, entrance.holder, entrance.path);
      if ('point' in result) {
        location.coordinates = result.point;
        report(
          ctx,
          entrance.path,
          'coordinates-from-entrance',
          `The address has no usable coordinates; the ${entrance.isMain ? 'main ' : ''}entrance's are used`,
        );
      }
    } else if (hasContent(entrance.holder)) {
      report(
        ctx,
        entrance.path,
        'unmapped-field',
        'MeetingPlace holds one point; this entrance’s coordinates are not used',
      );
    }
  }
  if (!location.coordinates && 'missing' in street) {
    report(ctx, streetPath, 'coordinates-missing', 'The address has no coordinates; the place has none');
  }
  // `country: 'FI'` says nothing a Finnish meeting place does not; any other country is reported.
  const finnish = typeof raw['country'] === 'string' && raw['country'].trim().toUpperCase() === 'FI';
  const read = ['type', 'subType', 'streetAddress', 'entrances', ...(finnish ? ['country'] : [])];
  reportUnmapped(ctx, raw, knownFields(ctx.schemas.address), read, path, {
    country: 'MeetingPlace is always in Finland',
  });
  return location;
}
