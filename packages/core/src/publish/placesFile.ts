import type { LocalizedText } from '../model/common.js';
import type { MeetingPlace } from '../model/meeting-place.js';
import type { Region } from '../model/region.js';
import { referenceMunicipality } from '../reference/referenceMunicipality.js';
import { publishedFileSchema } from './publishedFileSchema.js';
import type { PublishedMunicipality, PublishedOrganiser, PublishedPlace, PublishedPlaces } from './publishedSchemas.js';

/** A place without what no widget shows; every place of an example region is an example. */
function publishedPlace(place: MeetingPlace, example: boolean): PublishedPlace {
  const { source: _source, premises: _premises, evaluations: _evaluations, contacts, ...shown } = place;
  const row: PublishedPlace = {
    ...shown,
    contacts: contacts.map(({ partyId: _partyId, ...contact }) => contact),
  };
  if (example) row.example = true;
  return row;
}

const byString =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * The content of `places.json`: the region's meeting places as published (no `source`, premises or
 * evaluations; every place marked `example` when the region is an example), the municipalities they
 * are in (names from the region, else from the national reference data; the region's centre point)
 * sorted by code, and the parties that organise them, sorted by id. The region is trusted to be
 * valid (`publishRegion` checks it): a code or organiser that resolves to nothing is left out of the
 * lists.
 *
 * @param region - a parsed, valid region
 * @returns the file's content, before its schema's key order (see `publishRegion`)
 * @example
 * placesFile(etelaSavo).municipalities[0]; // { code: '046', name: { fi: 'Enonkoski', sv: 'Enonkoski' }, centre: { … } }
 */
export function placesFile(region: Region): PublishedPlaces {
  const example = region.example === true;
  const places = region.meetingPlaces.map((place) => publishedPlace(place, example));

  const codes = [...new Set(places.map((p) => p.municipalityCode))].sort();
  const municipalities: PublishedMunicipality[] = codes.flatMap((code) => {
    const own = region.municipalities.find((m) => m.code === code);
    const reference = referenceMunicipality(code);
    const name: LocalizedText | undefined = own?.name ?? (reference && { ...reference.name });
    if (name === undefined) return [];
    return [{ code, name, ...(own?.centre ? { centre: own.centre } : {}) }];
  });

  const ids = new Set(places.flatMap((p) => p.organiserIds));
  const organisers: PublishedOrganiser[] = region.parties
    .filter((party) => ids.has(party.id))
    .map((party) => ({ id: party.id, name: party.name, kind: party.kind }))
    .sort(byString((o) => o.id));

  return { $schema: publishedFileSchema('places').url, places, municipalities, organisers };
}
