import { describe, expect, it } from 'vitest';
import type { HsdsSourcePlace } from './hsdsPlaceRows.js';
import { placeRows } from './hsdsPlaceRows.js';
import type { HsdsIssue } from './hsdsTypes.js';

const place: HsdsSourcePlace = {
  id: 'juva-family-house',
  name: { fi: 'Juvan perhetalo', sv: 'Familjehuset i Juva' },
  municipalityCode: '178',
  organiserIds: ['juva'],
  address: { street: 'Koulutie 1', postalCode: '51900', postOffice: { fi: 'Juva' } },
  coordinates: { lat: 61.9, lon: 27.85 },
  audiences: [],
  offerings: [],
  languages: ['fi', 'sv'],
  accessibility: ['lift'],
  contacts: [
    { role: 'coordinator', name: 'Perhetalon ohjaaja', workEmail: 'perhetalo@example.org', workPhone: '040 123 4567' },
  ],
  activities: [],
};
const context = {
  regionId: 'r',
  language: 'sv' as const,
  municipalityName: () => ({ fi: 'Juva', sv: 'Juva' }),
  organizationId: (id: string) => (id === 'juva' ? 'org-juva' : undefined),
};

describe('placeRows', () => {
  const issues: HsdsIssue[] = [];
  const rows = placeRows(place, context, issues);

  it('writes the place as a service at a physical location with its address and municipality', () => {
    expect(rows.service[0]).toMatchObject({
      organization_id: 'org-juva',
      name: 'Familjehuset i Juva',
      status: 'active',
    });
    expect(rows.location[0]).toMatchObject({
      latitude: 61.9,
      longitude: 27.85,
      external_identifier: 'juva-family-house',
    });
    expect(rows.address[0]).toMatchObject({
      address_1: 'Koulutie 1',
      city: 'Juva',
      region: 'Juva',
      state_province: 'Södra Savolax välfärdsområde',
      postal_code: '51900',
      country: 'FI',
    });
    expect(rows.service_area.map((a) => a.name)).toEqual(['Juva']);
  });

  it('writes languages, accessibility (labelled in the language) and a contact with its phone', () => {
    expect(rows.language.map((l) => l.code)).toEqual(['fi', 'sv']);
    expect(rows.accessibility.map((a) => a.description)).toEqual(['hiss']);
    expect(rows.contact[0]).toMatchObject({ name: 'Perhetalon ohjaaja', email: 'perhetalo@example.org' });
    expect(rows.phone[0]).toMatchObject({ contact_id: rows.contact[0]?.id, number: '040 123 4567' });
  });

  it('reports the contact role HSDS has no place for', () => {
    expect(issues.map((i) => [i.field, i.code])).toEqual([['contacts[0].role', 'not-exported']]);
  });
});
