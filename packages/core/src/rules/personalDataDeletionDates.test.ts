import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import type { EvaluationActivity } from '../model/evaluation.js';
import type { Region } from '../model/region.js';
import { ValidationError } from '../validation/parseInput.js';
import { type PersonalDataDeletionDates, personalDataDeletionDates } from './personalDataDeletionDates.js';
import { type PersonalDataRecord, personalDataToDelete } from './personalDataToDelete.js';

const SOURCE = { document: 'test' };

const pohjanmaa = (): Region =>
  JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8'));

function report(window: { from: number; to: number }, extra: Partial<EvaluationActivity> = {}): EvaluationActivity {
  return {
    id: 'annual-report',
    kind: 'annual-report',
    name: { fi: 'Toimintaraportti' },
    responsible: 'coordinator',
    recurrence: { kind: 'every-n-years', every: 1, window },
    source: SOURCE,
    ...extra,
  };
}

describe('personalDataDeletionDates', () => {
  it('holds for the documented example: Etelä-Savo’s report by 28 February, deletion on 1 March (001 §19)', () => {
    const { activityIds, deletions } = personalDataDeletionDates(etelaSavo, { from: '2026-01-01', to: '2026-12-31' });
    expect(activityIds).toEqual(['annual-report']);
    expect(deletions.map((d) => [d.annualReportDate, d.deleteOn])).toEqual([['2026-02-28', '2026-03-01']]);
    expect(deletions[0]).toMatchObject({
      activityId: 'annual-report',
      year: 2026,
      reportWindow: { start: '2026-01-01', end: '2026-02-28' },
    });
    expect(deletions[0]?.name.fi).toBe('Toimintaraportti');
  });

  it('gives one date a year for 2026–2029, the leap day included', () => {
    const { deletions } = personalDataDeletionDates(etelaSavo, { from: '2026-01-01', to: '2029-12-31' });
    expect(deletions.map((d) => [d.annualReportDate, d.deleteOn])).toEqual([
      ['2026-02-28', '2026-03-01'],
      ['2027-02-28', '2027-03-01'],
      ['2028-02-29', '2028-03-01'],
      ['2029-02-28', '2029-03-01'],
    ]);
  });

  it('hands the report date to personalDataToDelete', () => {
    const [deletion] = personalDataDeletionDates(etelaSavo, { from: '2026-01-01', to: '2026-12-31' }).deletions;
    const records: PersonalDataRecord[] = [
      { id: 'workshop-2025', description: 'Workshop registrations', collectedOn: '2025-10-01', stillNeeded: false },
      { id: 'survey-2026', description: 'Survey contacts', collectedOn: '2026-03-05', stillNeeded: false },
    ];
    expect(personalDataToDelete(records, deletion!.annualReportDate)).toEqual(['workshop-2025']);
  });

  it('lists a deletion by its own day, so a report compiled on 31 December gives a date in the next year', () => {
    const region = { evaluationActivities: [report({ from: 11, to: 12 })] };
    expect(personalDataDeletionDates(region, { from: '2026-01-01', to: '2026-12-31' }).deletions).toMatchObject([
      { year: 2025, annualReportDate: '2025-12-31', deleteOn: '2026-01-01' },
    ]);
    expect(personalDataDeletionDates(region, { from: '2026-01-02', to: '2026-12-31' }).deletions).toEqual([]);
  });

  it('lists the reports of several annual-report activities by date', () => {
    const region = {
      evaluationActivities: [
        report({ from: 9, to: 10 }, { id: 'autumn-report' }),
        report({ from: 3, to: 3 }, { id: 'spring-report' }),
      ],
    };
    const { activityIds, deletions } = personalDataDeletionDates(region, { from: '2026-01-01', to: '2026-12-31' });
    expect(activityIds).toEqual(['autumn-report', 'spring-report']);
    expect(deletions.map((d) => [d.activityId, d.deleteOn])).toEqual([
      ['spring-report', '2026-04-01'],
      ['autumn-report', '2026-11-01'],
    ]);
  });

  it('says so when the region has no annual report, as the example county has none', () => {
    expect(personalDataDeletionDates(pohjanmaa(), { from: '2026-01-01', to: '2026-12-31' })).toEqual({
      activityIds: [],
      deletions: [],
    });
  });

  it('can be asked from the first supported day', () => {
    const region = { evaluationActivities: [report({ from: 1, to: 1 })] };
    expect(
      personalDataDeletionDates(region, { from: '1922-01-01', to: '1922-12-31' }).deletions.map((d) => d.deleteOn),
    ).toEqual(['1922-02-01']);
  });

  it('returns its documented shape', () => {
    expectTypeOf(personalDataDeletionDates).returns.toEqualTypeOf<PersonalDataDeletionDates>();
  });

  describe('invalid input', () => {
    it('names a period that ends before it starts', () => {
      const call = () => personalDataDeletionDates(etelaSavo, { from: '2026-12-31', to: '2026-01-01' });
      expect(call).toThrow(ValidationError);
      expect(call).toThrow(/^period\.to: /);
    });

    it('names the activity that is wrong', () => {
      const bad = { ...report({ from: 1, to: 2 }), responsible: 42 } as unknown as EvaluationActivity;
      expect(() =>
        personalDataDeletionDates({ evaluationActivities: [bad] }, { from: '2026-01-01', to: '2026-12-31' }),
      ).toThrow(/^region\.evaluationActivities\[0\]\.responsible: /);
    });
  });

  it('deletes the day after each report window, inside the period asked (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 0, max: 800 }),
        (from, length, year, days) => {
          const window = { from, to: ((from - 1 + length) % 12) + 1 };
          const start = `${year}-01-01`;
          const end = new Date(Date.UTC(year, 0, 1 + days)).toISOString().slice(0, 10);
          const { deletions } = personalDataDeletionDates(
            { evaluationActivities: [report(window)] },
            { from: start, to: end },
          );
          for (const d of deletions) {
            expect(d.deleteOn >= start && d.deleteOn <= end).toBe(true);
            const next = new Date(`${d.annualReportDate}T00:00:00Z`);
            next.setUTCDate(next.getUTCDate() + 1);
            expect(next.toISOString().slice(0, 10)).toBe(d.deleteOn);
          }
          // A yearly report gives one deletion in every whole year of the period.
          expect(deletions.length).toBeGreaterThanOrEqual(Math.floor((days + 1) / 366));
        },
      ),
      { numRuns: 60 },
    );
  });
});
