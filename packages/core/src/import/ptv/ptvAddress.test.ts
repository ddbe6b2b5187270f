import { describe, expect, it } from 'vitest';
import { codesAt, fixtureChannel, testContext } from './fixtures.js';
import { municipalityCode, ptvLocation } from './ptvAddress.js';

/** A v11 visiting address in Mikkeli with the given street-address fields changed. */
function v11Address(street: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    type: 'Location',
    subType: 'Single',
    streetAddress: {
      street: [{ language: 'fi', value: 'Porrassalmenkatu' }],
      streetNumber: '21',
      postalCode: '50100',
      postOffice: [{ language: 'fi', value: 'MIKKELI' }],
      municipality: { code: '491', name: [{ language: 'fi', value: 'Mikkeli' }] },
      latitude: '6839520.920',
      longitude: '514434.115',
      coordinateState: 'Ok',
      ...street,
    },
    entrances: [],
    country: 'FI',
    ...extra,
  };
}

describe('ptvLocation', () => {
  it('holds for the documented example', () => {
    const ctx = testContext('v11');
    const location = ptvLocation(ctx, [
      v11Address({ latitude: undefined, longitude: undefined, coordinateState: undefined }, { entrances: undefined }),
    ]);
    expect(location).toEqual({
      municipalityCode: '491',
      address: { street: 'Porrassalmenkatu 21', postalCode: '50100', postOffice: { fi: 'MIKKELI' } },
    });
    expect(ctx.issues.map((i) => i.code)).toEqual(['coordinates-missing']);
  });

  it('maps street, number, postal code, post office, municipality and coordinates', () => {
    const ctx = testContext('v11');
    const location = ptvLocation(ctx, [v11Address()]);
    expect(location.address).toEqual({
      street: 'Porrassalmenkatu 21',
      postalCode: '50100',
      postOffice: { fi: 'MIKKELI' },
    });
    expect(location.municipalityCode).toBe('491');
    expect(location.coordinates).toEqual({ lat: expect.closeTo(61.6886, 6), lon: expect.closeTo(27.2728, 6) });
    expect(ctx.issues).toEqual([]);
  });

  it('puts the address note in the premises description', () => {
    const ctx = testContext('v11');
    const location = ptvLocation(ctx, [
      v11Address({
        additionalInformation: [
          { language: 'fi', value: '2. kerros' },
          { language: 'sv', value: 'Andra våningen' },
        ],
      }),
    ]);
    expect(location.premisesDescription).toEqual({ fi: '2. kerros', sv: 'Andra våningen' });
  });

  it('keeps one street name and reports the other language’s', () => {
    const ctx = testContext('v11');
    const location = ptvLocation(ctx, [
      v11Address({
        street: [
          { language: 'sv', value: 'Trappholmsgatan' },
          { language: 'fi', value: 'Porrassalmenkatu' },
        ],
      }),
    ]);
    expect(location.address?.street).toBe('Porrassalmenkatu 21');
    expect(codesAt(ctx.issues, 'addresses[0].streetAddress.street[0]')).toEqual(['unmapped-field']);
  });

  it('uses a Swedish street name when it is the only one', () => {
    const ctx = testContext('v11');
    const location = ptvLocation(ctx, [
      v11Address({ street: [{ language: 'sv', value: 'Storgatan' }], streetNumber: null }),
    ]);
    expect(location.address?.street).toBe('Storgatan');
  });

  it('reports an incomplete address and leaves it out, keeping the municipality', () => {
    const ctx = testContext('v11');
    const location = ptvLocation(ctx, [v11Address({ postalCode: '501' })]);
    expect(location.address).toBeUndefined();
    expect(location.municipalityCode).toBe('491');
    expect(codesAt(ctx.issues, 'addresses[0].streetAddress')).toEqual(['incomplete-address']);
    expect(ctx.issues[0]!.message).toMatch(/postal code/);
  });

  it('pads a short municipality code and reports a malformed one', () => {
    const short = testContext('v11');
    expect(ptvLocation(short, [v11Address({ municipality: { code: '91' } })]).municipalityCode).toBe('091');
    const bad = testContext('v11');
    expect(ptvLocation(bad, [v11Address({ municipality: { code: 'Helsinki' } })]).municipalityCode).toBeUndefined();
    expect(codesAt(bad.issues, 'addresses[0].streetAddress.municipality.code')).toEqual(['invalid-value']);
  });

  it('reports postal and further addresses and uses the visiting one', () => {
    const ctx = testContext('v11');
    const postal = { type: 'Postal', subType: 'PostOfficeBox', postOfficeBoxAddress: { postalCode: '50101' } };
    const location = ptvLocation(ctx, [postal, v11Address(), v11Address({ streetNumber: '23' })]);
    expect(location.address?.street).toBe('Porrassalmenkatu 21');
    expect(codesAt(ctx.issues, 'addresses[0]')).toEqual(['unmapped-field']);
    expect(codesAt(ctx.issues, 'addresses[2]')).toEqual(['unmapped-field']);
  });

  it('falls back on the main entrance’s coordinates when the address has none usable', () => {
    const ctx = testContext('v11');
    const location = ptvLocation(ctx, [
      v11Address(
        { coordinateState: 'NotReceived', latitude: null, longitude: null },
        {
          entrances: [
            { isMainEntrance: false, coordinates: { latitude: '6672137', longitude: '386379' } },
            { isMainEntrance: true, coordinates: { latitude: '6839530', longitude: '514440' } },
          ],
        },
      ),
    ]);
    expect(location.coordinates?.lat).toBeCloseTo(61.6887, 3);
    expect(codesAt(ctx.issues, 'addresses[0].entrances[1].coordinates')).toEqual(['coordinates-from-entrance']);
    expect(codesAt(ctx.issues, 'addresses[0].entrances[0].coordinates')).toEqual(['unmapped-field']);
  });

  it('reports a place with no coordinates anywhere', () => {
    const ctx = testContext('v11');
    const location = ptvLocation(ctx, [v11Address({ latitude: null, longitude: null, coordinateState: null })]);
    expect(location.coordinates).toBeUndefined();
    expect(codesAt(ctx.issues, 'addresses[0].streetAddress')).toEqual(['coordinates-missing']);
  });

  it('reports entrance accessibility sentences, names and a foreign country', () => {
    const ctx = testContext('v11');
    const channel = fixtureChannel('v11-service-location.json');
    const addresses = channel['addresses'] as Record<string, unknown>[];
    addresses[0]!['country'] = 'SE';
    ptvLocation(ctx, addresses);
    const sentences = ctx.issues.find((i) => i.field === 'addresses[0].entrances[0].accessibilitySentences');
    expect(sentences?.code).toBe('unmapped-field');
    expect(sentences?.message).toMatch(/^3 accessibility sentence\(s\) in 2 group\(s\).*Reitti sisäänkäynnille/);
    expect(codesAt(ctx.issues, 'addresses[0].entrances[0].name')).toEqual(['unmapped-field']);
    expect(codesAt(ctx.issues, 'addresses[0].country')).toEqual(['unmapped-field']);
  });

  it('reads v12 addresses with texts keyed by language', () => {
    const ctx = testContext('v12');
    const location = ptvLocation(ctx, fixtureChannel('v12-service-location.json')['addresses']);
    expect(location).toEqual({
      municipalityCode: '681',
      address: { street: 'Esimerkkitie 3', postalCode: '58900', postOffice: { fi: 'RANTASALMI', sv: 'RANTASALMI' } },
      premisesDescription: { fi: 'Seurakuntatalon alakerta.', sv: 'Församlingshemmets nedre våning.' },
      coordinates: { lat: expect.closeTo(62.0633, 6), lon: expect.closeTo(28.3039, 6) },
    });
    expect(ctx.issues).toEqual([]);
  });

  it('reports missing or malformed addresses', () => {
    const none = testContext('v11');
    expect(ptvLocation(none, undefined)).toEqual({});
    expect(codesAt(none.issues, 'addresses')).toEqual(['coordinates-missing']);
    const bad = testContext('v11');
    expect(ptvLocation(bad, 'Porrassalmenkatu 21')).toEqual({});
    expect(codesAt(bad.issues, 'addresses')).toEqual(['invalid-value']);
  });
});

describe('municipalityCode', () => {
  it('accepts one to three digits as a string or number', () => {
    expect(municipalityCode('491')).toBe('491');
    expect(municipalityCode(91)).toBe('091');
    expect(municipalityCode(' 5 ')).toBe('005');
    for (const bad of ['4910', 'abc', '', null, undefined, {}]) expect(municipalityCode(bad)).toBeUndefined();
  });
});
