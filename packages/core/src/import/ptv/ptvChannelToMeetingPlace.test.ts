import { describe, expect, it } from 'vitest';
import { fixtureChannel, testContext } from './fixtures.js';
import { PTV_DEFAULTS, ptvChannelToMeetingPlace, ptvPlaceId } from './ptvChannelToMeetingPlace.js';
import { ptvContext } from './ptvContext.js';
import { PtvV12ServiceLocationChannel } from './ptvSchemas.js';

describe('ptvPlaceId', () => {
  it('holds for the documented example', () => {
    expect(ptvPlaceId('3FA85F64-5717-4562-B3FC-2C963F66AFA6')).toBe('ptv-3fa85f64-5717-4562-b3fc-2c963f66afa6');
  });

  it('makes an Id of any text', () => {
    expect(ptvPlaceId('  Ääkkönen / 12 ')).toBe('ptv-kk-nen-12');
    expect(ptvPlaceId('!!!')).toBe('ptv-channel');
  });
});

describe('ptvContext', () => {
  it('picks the version’s schemas', () => {
    expect(ptvContext('abc', 'v12', { languages: ['fi', 'sv'], holidayYears: [] }, []).schemas.channel).toBe(
      PtvV12ServiceLocationChannel,
    );
  });
});

describe('ptvChannelToMeetingPlace', () => {
  it('maps a channel with the documented defaults', () => {
    const ctx = testContext('v12');
    const place = ptvChannelToMeetingPlace(ctx, fixtureChannel('v12-service-location.json'));
    expect(place?.id).toBe('ptv-00000000-0000-4000-8000-000000000201');
    expect(place?.audiences).toEqual(PTV_DEFAULTS.audiences);
    expect(place?.offerings).toEqual(PTV_DEFAULTS.offerings);
    expect(place?.organiserIds).toEqual([]);
    expect(ctx.issues.filter((i) => i.code === 'defaulted').map((i) => i.field)).toEqual([
      'phoneNumbers',
      'organizationId',
      'MeetingPlace.audiences',
      'MeetingPlace.offerings',
      'MeetingPlace.accessibility',
      'serviceHours',
    ]);
  });

  it('skips an unpublished channel before reading anything else', () => {
    const ctx = testContext('v11');
    const channel = { ...fixtureChannel('v11-service-location.json'), publishingStatus: 'Modified' };
    expect(ptvChannelToMeetingPlace(ctx, channel)).toBeUndefined();
    expect(ctx.issues.map((i) => [i.code, i.skipped])).toEqual([['not-published', true]]);
  });

  it('treats a missing publishing status as not published', () => {
    const ctx = testContext('v12');
    const { publishingStatus: _, ...channel } = fixtureChannel('v12-service-location.json');
    expect(ptvChannelToMeetingPlace(ctx, channel)).toBeUndefined();
    expect(ctx.issues[0]?.message).toMatch(/null, not Published/);
  });

  it('reports a missing modified date and gives no URL for an id that is not a GUID', () => {
    const ctx = testContext('v12');
    const channel = { ...fixtureChannel('v12-service-location.json'), id: 'local:42', modified: null };
    const place = ptvChannelToMeetingPlace(ctx, channel);
    expect(place?.source.section).toContain('modified unknown');
    expect(place?.source.url).toBeUndefined();
    expect(ctx.issues.find((i) => i.field === 'modified')?.code).toBe('invalid-value');
  });
});
