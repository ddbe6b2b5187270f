import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MeetingPlaceList } from '../../model/region.js';
import { importIssueMessage } from '../importIssueMessage.js';
import { fromHsds } from './fromHsds.js';

const feed = JSON.parse(
  readFileSync(new URL('./fixtures/riverside-family-hubs.json', import.meta.url), 'utf8'),
) as unknown;

describe('fromHsds: a foreign family-hub feed (invented example data, English)', () => {
  const { list, issues } = fromHsds(feed, { language: 'en', municipalityCode: '091', example: true });
  const codes = (field: string) => issues.filter((i) => i.field.startsWith(field)).map((i) => i.code);

  it('makes one valid meeting place per service at a location, marked as an example', () => {
    expect(MeetingPlaceList.safeParse(list).success).toBe(true);
    expect(list.places).toHaveLength(1);
    const place = list.places[0];
    expect(place).toMatchObject({
      id: 'example-riverside-family-hub',
      name: { en: 'Example: Riverside Family Hub', fi: 'Example: Riverside Family Hub' },
      municipalityCode: '091',
      organiserIds: ['example-riverside-council-family-services'],
      coordinates: { lat: 52.2053, lon: 0.1218 },
      languages: ['en'],
      accessibility: ['step-free-entrance'],
      web: 'https://example.org/family-hubs/stay-and-play',
      example: true,
    });
    expect(place?.activities.map((a) => [a.weekday, a.start, a.end, a.name.en])).toEqual([
      [1, '09:30', '11:30', 'Stay and Play'],
      [3, '09:30', '11:30', 'Stay and Play'],
    ]);
    expect(place?.contacts).toEqual([
      { role: 'contact-person', workEmail: 'familyhub@example.org', workPhone: '+44 1234 567890' },
    ]);
  });

  it('reports everything it could not carry over, with codes', () => {
    expect(codes('schedule[1]')).toEqual(['unsupported-recurrence']);
    expect(codes('schedule[2].byday')).toEqual(['invalid-value']);
    expect(codes('schedule[0].opens_at')).toEqual(['time-truncated']);
    expect(codes('language[1]')).toEqual(['invalid-value']);
    expect(codes('accessibility[1]')).toEqual(['unmapped-field']);
    expect(codes('address')).toEqual(['defaulted', 'incomplete-address']);
    expect(codes('location.name')).toEqual(['missing-national-language']);
    expect(codes('service.description')).toEqual(['missing-national-language']);
    expect(codes('contact[0].title')).toEqual(['missing-national-language']);
    // The helpline has no location: no place to visit.
    expect(issues.find((i) => i.sourceId === '0b0f2a9e-3c1d-4f6a-9c1e-1a2b3c4d5e11')).toMatchObject({
      code: 'unknown-reference',
      skipped: true,
    });
  });

  it('words every issue in Finnish, Swedish and English from the one catalogue', () => {
    for (const issue of issues)
      for (const locale of ['fi', 'sv', 'en'] as const) {
        const sentence = importIssueMessage(issue, locale, 'hsds');
        expect(sentence).not.toMatch(/undefined|\{|\}/);
      }
    const recurrence = issues.find((i) => i.code === 'unsupported-recurrence');
    expect(recurrence && importIssueMessage(recurrence, 'fi', 'hsds')).toMatch(/^HSDS-palvelu .*toistosääntö/);
  });

  it('skips places in no Finnish municipality when no fallback is given', () => {
    const result = fromHsds(feed, { language: 'en' });
    expect(result.list.places).toEqual([]);
    expect(result.issues.some((i) => i.code === 'missing-municipality' && i.skipped)).toBe(true);
  });

  it('reports input that is not HSDS rather than throwing', () => {
    const result = fromHsds({ service: 'nope', location: [1] });
    expect(result.list.places).toEqual([]);
    expect(result.issues.map((i) => [i.field, i.code])).toEqual([
      ['service', 'invalid-record'],
      ['location[0]', 'invalid-record'],
    ]);
    expect(fromHsds(42).issues[0]?.code).toBe('invalid-record');
  });

  it('reads the nested service_at_location_list shape, nested arrays included', () => {
    const { list: nested } = fromHsds([
      {
        id: 'l1',
        service_id: 's1',
        location_id: 'p1',
        service: {
          id: 's1',
          name: 'Perhekahvila',
          status: 'active',
          schedules: [{ id: 'x', freq: 'WEEKLY', byday: 'TU', opens_at: '09:00', closes_at: '11:00' }],
        },
        location: {
          id: 'p1',
          location_type: 'physical',
          name: 'Juvan perhetalo',
          addresses: [
            {
              id: 'a',
              address_1: 'Koulutie 1',
              city: 'Juva',
              postal_code: '51900',
              state_province: 'Etelä-Savo',
              country: 'FI',
              address_type: 'physical',
            },
          ],
        },
      },
    ]);
    expect(nested.places[0]).toMatchObject({
      id: 'juvan-perhetalo',
      municipalityCode: '178',
      address: { street: 'Koulutie 1', postalCode: '51900', postOffice: { fi: 'Juva' } },
      activities: [{ id: 'perhekahvila', weekday: 2, start: '09:00', end: '11:00', name: { fi: 'Perhekahvila' } }],
    });
  });

  it('checks its options', () => {
    expect(() => fromHsds([], { language: 'de' as 'fi' })).toThrow();
  });
});
