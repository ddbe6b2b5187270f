import { describe, expect, it } from 'vitest';
import { codesAt, testContext } from './fixtures.js';
import { ptvEntrances } from './ptvEntrances.js';

describe('ptvEntrances', () => {
  it('holds for the documented example', () => {
    const ctx = testContext('v11');
    const points = ptvEntrances(
      ctx,
      [{ isMainEntrance: true, coordinates: { latitude: '6672137', longitude: '386379' } }],
      'addresses[0].entrances',
    );
    expect(points).toEqual([
      {
        holder: { latitude: '6672137', longitude: '386379' },
        path: 'addresses[0].entrances[0].coordinates',
        isMain: true,
      },
    ]);
    expect(ctx.issues).toEqual([]);
  });

  it('puts the main entrance first', () => {
    const points = ptvEntrances(
      testContext('v12'),
      [
        { isMainEntrance: false, coordinates: { easting: 1, northing: 1 } },
        { isMainEntrance: true, coordinates: { easting: 2, northing: 2 } },
      ],
      'e',
    );
    expect(points.map((p) => p.path)).toEqual(['e[1].coordinates', 'e[0].coordinates']);
  });

  it('reports v12 accessibility sentences with a Finnish sample, and contact details', () => {
    const ctx = testContext('v12');
    ptvEntrances(
      ctx,
      [
        {
          accessibilitySentences: [
            {
              sentenceGroup: { fi: 'Sisäänkäynti' },
              sentences: [{ sentence: { sv: 'Ingången är i gatunivå.', fi: 'Sisäänkäynti on katutasossa.' } }],
            },
          ],
          contactInfo: { phone: '040 0000000' },
        },
      ],
      'e',
    );
    const sentences = ctx.issues.find((i) => i.field === 'e[0].accessibilitySentences');
    expect(sentences?.message).toMatch(/^1 accessibility sentence\(s\) in 1 group\(s\).*katutasossa/);
    expect(codesAt(ctx.issues, 'e[0].contactInfo')).toEqual(['unmapped-field']);
  });

  it('reports a malformed entrance and carries on', () => {
    const ctx = testContext('v11');
    const points = ptvEntrances(
      ctx,
      [{ isMainEntrance: 'yes' }, { coordinates: { latitude: '1', longitude: '2' } }],
      'e',
    );
    expect(points.map((p) => p.path)).toEqual(['e[1].coordinates']);
    expect(codesAt(ctx.issues, 'e[0].isMainEntrance')).toEqual(['invalid-value']);
  });
});
