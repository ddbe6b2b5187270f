import { describe, expect, it, vi } from 'vitest';
import { fixtureChannel } from './fixtures.js';
import { importPtvServiceLocations } from './importPtvServiceLocations.js';

// The mapper is built to produce valid rows, so the importer's final schema check can only be seen
// failing with a mapper that misbehaves: this one gives a place with an invalid id and no name.
vi.mock('./ptvChannelToMeetingPlace.js', async (original) => ({
  ...(await original<typeof import('./ptvChannelToMeetingPlace.js')>()),
  ptvChannelToMeetingPlace: () => ({ id: 'Not An Id' }),
}));

describe('importPtvServiceLocations: the final MeetingPlace check', () => {
  it('turns a row that fails the MeetingPlace schema into skipped issues, one per problem', () => {
    const { items, issues } = importPtvServiceLocations(fixtureChannel('v12-service-location.json'));
    expect(items).toEqual([]);
    expect(issues.length).toBeGreaterThan(1);
    expect(issues.every((issue) => issue.code === 'schema-failure' && issue.skipped)).toBe(true);
    expect(issues.map((issue) => issue.field)).toEqual(
      expect.arrayContaining(['MeetingPlace.id', 'MeetingPlace.name']),
    );
  });
});
