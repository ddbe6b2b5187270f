import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import { Region } from '../model/region.js';
import { parseInput } from '../validation/parseInput.js';
import { placeMunicipalityIssues } from './placeMunicipalityIssues.js';
import { scheduleIssues } from './scheduleIssues.js';

const pohjanmaa = (): Region =>
  parseInput(
    Region,
    JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8')),
    'region',
  );

describe('scheduleIssues', () => {
  it('finds nothing in the built-in region or the example county (the example)', () => {
    expect(scheduleIssues(etelaSavo, { today: '2026-01-01' })).toEqual([]);
    expect(scheduleIssues(pohjanmaa(), { today: '2026-01-01' })).toEqual([]);
  });

  it('reports a recurrence the engine refuses, at its path from the region, over the agreements’ period', () => {
    const region = structuredClone(etelaSavo);
    const i = region.evaluationActivities.findIndex((a) => a.recurrence.kind === 'every-n-years');
    region.evaluationActivities[i]!.recurrence = {
      kind: 'every-n-years',
      every: 1,
      phaseYear: 2026,
      window: { from: 3, to: 4 },
      variants: ['peer review', 'self review'],
    };
    const [issue, ...rest] = scheduleIssues(region, { today: '2026-01-01' });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      path: `evaluationActivities[${i}].recurrence`,
      code: 'unschedulable',
      period: { from: '2022-01-01', to: '2029-12-31' }, // all four agreements of the file
    });
    expect(issue!.issues[0]!.path).toEqual(['evaluationActivities', i, 'recurrence', 'variants', 0]);
  });

  it('tries this year and next when the region has no agreement, and up to next year for an open end', () => {
    const region = structuredClone(etelaSavo);
    region.evaluationActivities = [
      {
        ...region.evaluationActivities[0]!,
        recurrence: {
          kind: 'every-n-years',
          every: 1,
          phaseYear: 2026,
          window: { from: 3, to: 4 },
          variants: ['a b', 'c'],
        },
      },
    ];
    const none = scheduleIssues({ ...region, agreements: [] }, { today: '2030-05-05' });
    expect(none.map((i) => i.period)).toEqual([{ from: '2030-01-01', to: '2031-12-31' }]);
    const open = { ...region, agreements: [{ ...region.agreements[0]!, period: { start: '2026-01-01' } }] };
    expect(scheduleIssues(open, { today: '2030-05-05' }).map((i) => i.period)).toEqual([
      { from: '2026-01-01', to: '2031-12-31' },
    ]);
  });
});

describe('placeMunicipalityIssues', () => {
  it('reports a code that is no municipality of Finland, and one the file does not list (the example)', () => {
    const places = [{ municipalityCode: '681' }, { municipalityCode: '999' }, { municipalityCode: '545' }];
    expect(placeMunicipalityIssues(places).map((i) => [i.path, i.code, i.value])).toEqual([
      ['places[1].municipalityCode', 'unknown-municipality', '999'],
    ]);
    expect(placeMunicipalityIssues(places, ['681']).map((i) => [i.index, i.code])).toEqual([
      [1, 'unknown-municipality'],
      [2, 'outside-list'],
    ]);
  });
});
