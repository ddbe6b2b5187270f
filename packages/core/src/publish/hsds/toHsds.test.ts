import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../../etela-savo.js';
import { importIssueMessage } from '../../import/importIssueMessage.js';
import { ValidationError } from '../../validation/parseInput.js';
import { placesFile } from '../placesFile.js';
import { hsdsId } from './hsdsId.js';
import { toHsds } from './toHsds.js';

describe('toHsds', () => {
  const hsds = toHsds(etelaSavo);

  it('makes one service, location and link per meeting place, with ids from hsdsId', () => {
    const place = etelaSavo.meetingPlaces[0]!;
    expect(hsds.tables.service[0]).toMatchObject({
      id: hsdsId('service', 'etela-savo', place.id),
      organization_id: hsdsId('organization', 'etela-savo', place.organiserIds[0]!),
      name: 'Rantasalmen avoin kohtaamispaikka',
      status: 'active',
    });
    expect(hsds.tables.location[0]).toMatchObject({ external_identifier: place.id, location_type: 'physical' });
    expect(hsds.serviceAtLocationList[0]).toMatchObject({
      service_id: hsds.tables.service[0]!.id,
      location: hsds.tables.location[0],
      service: { organization: { name: 'Rantasalmen kunta' } },
    });
  });

  it('exports the organisers (by party id) with our party ids as identifiers', () => {
    const ids = hsds.tables.organization_identifier.map((o) => o.identifier);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('rantasalmi');
    expect(hsds.tables.organization.find((o) => o.name === 'Rantasalmen kunta')?.description).toBe('kunta');
  });

  it('reports what HSDS cannot hold, in words of every language', () => {
    const codes = new Set(hsds.issues.map((i) => i.code));
    expect([...codes]).toEqual(['not-exported']);
    const fields = hsds.issues.filter((i) => i.sourceId === 'rantasalmi-open-meeting-place').map((i) => i.field);
    expect(fields).toEqual(['organiserIds[1]', 'organiserIds[2]', 'offerings', 'audiences', 'operating', 'premises']);
    expect(importIssueMessage(hsds.issues[0]!, 'sv', 'hsds-export')).toBe(
      'Mötesplatsen rantasalmi-open-meeting-place, fältet organiserIds[1]: HSDS 3.0 har ingen plats för fältet, så det exporterades inte; det finns kvar bara i våra egna uppgifter.',
    );
  });

  it('writes the text in the language asked for', () => {
    expect(toHsds(etelaSavo, { language: 'sv' }).tables.service[0]?.name).toBe('Öppna mötesplatsen i Rantasalmi');
    expect(toHsds(etelaSavo, { language: 'en' }).tables.organization[0]?.description).toMatch(/^[a-z]/);
  });

  it('exports places.json with the region id given, to the same places, organisations and schedules', () => {
    const published = JSON.parse(JSON.stringify(placesFile(etelaSavo))) as unknown;
    const fromPlaces = toHsds(published, { regionId: 'etela-savo' });
    expect(fromPlaces.tables.service).toEqual(hsds.tables.service);
    expect(fromPlaces.tables.schedule).toEqual(hsds.tables.schedule);
    expect(() => toHsds(published)).toThrow(ValidationError);
  });

  it('rejects input that is no region or places file, and bad options', () => {
    expect(() => toHsds({ meetingPlaces: 'x' })).toThrow(ValidationError);
    expect(() => toHsds([])).toThrow(ValidationError);
    expect(() => toHsds(etelaSavo, { language: 'de' as 'fi' })).toThrow(/options\.language/);
  });
});
