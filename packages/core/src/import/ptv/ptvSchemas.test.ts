import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { loadFixture } from './fixtures.js';
import {
  PtvImportInput,
  PtvV11Page,
  PtvV11ServiceLocationChannel,
  PtvV12Page,
  PtvV12ServiceLocationChannel,
} from './ptvSchemas.js';

/** The top-level fields of PTV's published example V11VmOpenApiServiceLocationChannel.json. */
const PUBLISHED_V11_FIELDS = [
  'id',
  'sourceId',
  'oid',
  'serviceChannelType',
  'organizationId',
  'serviceChannelNames',
  'displayNameType',
  'serviceChannelDescriptions',
  'areaType',
  'areas',
  'phoneNumbers',
  'emails',
  'languages',
  'webPages',
  'addresses',
  'serviceHours',
  'services',
  'serviceCollections',
  'publishingStatus',
  'modified',
  'responsibleSoteOrganization',
  'ontologyTerms',
];

describe('PTV schemas', () => {
  it('name every top-level field of the published v11 example, and the fixture has them all', () => {
    expect(Object.keys(PtvV11ServiceLocationChannel.shape).sort()).toEqual([...PUBLISHED_V11_FIELDS].sort());
    expect(Object.keys(loadFixture('v11-service-location.json')).sort()).toEqual([...PUBLISHED_V11_FIELDS].sort());
  });

  it('accept the v11 fixtures', () => {
    expect(z.safeParse(PtvV11ServiceLocationChannel, loadFixture('v11-service-location.json')).success).toBe(true);
    expect(z.safeParse(PtvV11Page, loadFixture('v11-page.json')).success).toBe(true);
  });

  it('accept the v12 fixtures', () => {
    expect(z.safeParse(PtvV12ServiceLocationChannel, loadFixture('v12-service-location.json')).success).toBe(true);
    expect(z.safeParse(PtvV12Page, loadFixture('v12-page.json')).success).toBe(true);
  });

  it('tell the versions apart by their texts', () => {
    expect(z.safeParse(PtvV12ServiceLocationChannel, loadFixture('v11-service-location.json')).success).toBe(false);
    expect(z.safeParse(PtvV11ServiceLocationChannel, loadFixture('v12-service-location.json')).success).toBe(false);
  });

  it('let unknown fields through and accept null for absent values', () => {
    const channel = { id: 'x', somethingNew: { a: 1 }, serviceChannelNames: null, addresses: null };
    const parsed = z.safeParse(PtvV11ServiceLocationChannel, channel);
    expect(parsed.success && (parsed.data as Record<string, unknown>)['somethingNew']).toEqual({ a: 1 });
  });

  it('accept every top-level input shape and nothing else', () => {
    for (const name of ['v11-service-location.json', 'v11-page.json', 'v12-service-location.json', 'v12-page.json']) {
      expect(z.safeParse(PtvImportInput, loadFixture(name)).success, name).toBe(true);
    }
    expect(z.safeParse(PtvImportInput, []).success).toBe(true);
    for (const bad of [null, 'x', 42, {}, { id: 'x' }, { itemList: 'x' }, { id: 7, serviceChannelNames: [] }]) {
      expect(z.safeParse(PtvImportInput, bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
