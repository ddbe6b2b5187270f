import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Agreement, Decision } from './agreement.js';
import { Cadence } from './cadence.js';
import { Region } from './region.js';
import { dataIssues } from '../validation/dataIssues.js';

/** The invented bilingual county of the docs and tests (examples/pohjanmaa, example data). */
const example = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8'));

describe('Region', () => {
  it('reads a bilingual county’s file: Swedish-only and Sámi names, its own kinds, municipalities by code', () => {
    const result = z.safeParse(Region, example());
    expect(result.success ? [] : result.error.issues).toEqual([]);
    const region = result.data as Region;
    expect(region.example).toBe(true);
    expect(region.parties.find((p) => p.id === 'folkhalsan')?.name).toEqual({ sv: 'Folkhälsan i Österbotten' });
    expect(region.groups.find((g) => g.id === 'family-council')?.name.se).toBe('Vásá bearašráđđi');
    expect(region.agreements[0]?.period.end).toBeUndefined();
  });

  it('fills in a municipality given by its code from the national reference data, citing it', () => {
    const region = z.parse(Region, example());
    const narpes = region.municipalities.find((m) => m.code === '545');
    expect(narpes?.name).toEqual({ fi: 'Närpiö', sv: 'Närpes' });
    expect(narpes?.source.document).toContain('Statistics Finland');
    expect(narpes).not.toHaveProperty('centre');
    // A full row is kept as written.
    expect(region.municipalities.find((m) => m.code === '905')?.centre).toEqual({ lat: 63.096, lon: 21.6158 });
  });

  it('refuses a code that is no municipality of Finland, at the row, with a coded message', () => {
    const file = example();
    (file['municipalities'] as unknown[])[1] = '999';
    const result = z.safeParse(Region, file);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      { code: 'custom', path: ['municipalities', 1], params: { rule: 'unknown-municipality' } },
    ]);
  });
});

describe('Decision', () => {
  const decision = {
    partyId: 'narpes',
    body: { name: { sv: 'Kommunstyrelsen' } },
    date: '2026-01-19',
    section: 85,
    outcome: 'approved',
    source: { document: 'minutes.txt' },
  };

  it('takes a section number, or a section with a letter (§ 23 a), and refuses anything else', () => {
    for (const section of [85, '23 a', '23a', '§ 23 a', '§12']) {
      expect(z.safeParse(Decision, { ...decision, section }).success).toBe(true);
    }
    for (const section of [0, '', 'a', '23 ab', '-3', 'pykälä 5']) {
      expect(z.safeParse(Decision, { ...decision, section }).success).toBe(false);
    }
  });

  it('records a decision returned for preparation, and an outcome a region declares', () => {
    expect(z.safeParse(Decision, { ...decision, outcome: 'returned-for-preparation' }).success).toBe(true);
    expect(z.safeParse(Decision, { ...decision, outcome: 'postponed-by-chair' }).success).toBe(true);
    expect(z.safeParse(Decision, { ...decision, outcome: 'Not An Id' }).success).toBe(false);
  });
});

describe('Agreement', () => {
  const agreement = {
    id: 'a',
    countyId: 'c',
    title: { sv: 'Avtal' },
    period: { start: '2026-03-01' },
    parties: [],
    partyList: 'complete',
    decisions: [],
    signatures: [{ partyId: 'p', signatory: { sv: 'kyrkoherden' }, source: { document: 'x' } }],
    backgroundDocuments: [],
    source: { document: 'x' },
  };

  it('takes an open-ended period, a pending signature and each kind of termination rule', () => {
    expect(z.safeParse(Agreement, agreement).success).toBe(true);
    for (const termination of [
      { kind: 'year-end', deadline: '09-30', yearsAfter: 1 },
      { kind: 'year-end', deadline: '06-30' },
      { kind: 'notice-period', months: 6 },
    ]) {
      expect(z.safeParse(Agreement, { ...agreement, termination }).success).toBe(true);
    }
  });

  it('refuses a rule given twice (termination and the deprecated noticeDeadline), with a coded message', () => {
    const result = z.safeParse(Agreement, {
      ...agreement,
      noticeDeadline: '06-30',
      termination: { kind: 'year-end', deadline: '06-30' },
    });
    expect(result.error?.issues).toMatchObject([{ path: ['noticeDeadline'], params: { rule: 'termination-twice' } }]);
  });
});

describe('Cadence rules', () => {
  it('refuses more meetings than a year holds, with the code cadence-does-not-fit at times', () => {
    const result = z.safeParse(Cadence, {
      kind: 'times-per-year',
      times: 6,
      mode: 'remote',
      months: { from: 2, to: 2 },
    });
    expect(result.error?.issues).toMatchObject([{ path: ['times'], params: { rule: 'cadence-does-not-fit' } }]);
    expect(
      z.safeParse(Cadence, { kind: 'times-per-year', times: 4, mode: 'remote', months: { from: 2, to: 2 } }).success,
    ).toBe(true);
  });

  it('refuses monthly in-person meetings beyond the year’s meetings, with coded messages', () => {
    const monthly = { kind: 'monthly', mode: 'remote', skipMonths: [7] };
    expect(z.safeParse(Cadence, { ...monthly, inPerson: 12 }).error?.issues).toMatchObject([
      { params: { rule: 'in-person-beyond-year' } },
    ]);
    expect(z.safeParse(Cadence, { ...monthly, inPersonAt: [11] }).error?.issues).toMatchObject([
      { params: { rule: 'in-person-at-beyond-year' } },
    ]);
    expect(z.safeParse(Cadence, { ...monthly, inPerson: 2, inPersonAt: [1] }).error?.issues).toMatchObject([
      { params: { rule: 'in-person-disagree' } },
    ]);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: a JSON file, edited freely by the tests below
type JsonFile = any;

describe('Region: only values the library computes with, well-formed text and http(s) links (issue 14)', () => {
  /** The example county with one change, and the coded issues `perhekeskus validate` reports for it. */
  function issuesAfter(change: (file: JsonFile) => void) {
    const file: JsonFile = example();
    change(file);
    const result = z.safeParse(Region, file);
    return result.success
      ? []
      : dataIssues(result.error, file).map((i) => [i.path, i.code, i.row?.section, i.expected]);
  }

  it('refuses a date or a year outside 1922–2200, at the row and field', () => {
    expect(issuesAfter((f) => (f.agreements[0].period.end = '9999-12-31'))).toEqual([
      ['agreements[0].period.end', 'year-outside-range', 'agreements', '1922–2200'],
    ]);
    expect(issuesAfter((f) => (f.agreements[0].period.start = '0001-01-01'))).toEqual([
      ['agreements[0].period.start', 'year-outside-range', 'agreements', '1922–2200'],
    ]);
    expect(issuesAfter((f) => (f.evaluationActivities[0].recurrence.phaseYear = 1900))).toEqual([
      ['evaluationActivities[0].recurrence.phaseYear', 'year-outside-range', 'evaluationActivities', '1922–2200'],
    ]);
    expect(issuesAfter((f) => (f.meetingPlaces[0].exceptions = [{ date: '2201-01-01', closed: true }]))).toEqual([
      ['meetingPlaces[0].exceptions[0].date', 'year-outside-range', 'meetingPlaces', '1922–2200'],
    ]);
  });

  it('refuses text with a lone surrogate in any text field', () => {
    expect(issuesAfter((f) => (f.meetingPlaces[0].name = { fi: 'Perhekahvila \ud83d' }))).toEqual([
      ['meetingPlaces[0].name.fi', 'invalid-unicode', 'meetingPlaces', undefined],
    ]);
    expect(issuesAfter((f) => (f.people[0].name = '\ude00'))).toEqual([
      ['people[0].name', 'invalid-unicode', 'people', undefined],
    ]);
    expect(issuesAfter((f) => (f.source.document = 'a\ud800b'))).toEqual([
      ['source.document', 'invalid-unicode', undefined, undefined],
    ]);
    expect(issuesAfter((f) => (f.county.predecessors = ['Essote \udbff']))).toEqual([
      ['county.predecessors[0]', 'invalid-unicode', undefined, undefined],
    ]);
  });

  it('refuses a javascript: or data: address wherever the model holds a link', () => {
    const js = 'javascript:alert(1)';
    const data = 'data:text/html,<script>alert(1)</script>';
    expect(issuesAfter((f) => (f.meetingPlaces[0].web = js))).toEqual([
      ['meetingPlaces[0].web', 'invalid-url', 'meetingPlaces', undefined],
    ]);
    expect(issuesAfter((f) => (f.county.web = data))).toEqual([['county.web', 'invalid-url', undefined, undefined]]);
    expect(issuesAfter((f) => (f.source.url = js))).toEqual([['source.url', 'invalid-url', undefined, undefined]]);
    expect(
      issuesAfter((f) => (f.agreements[0].backgroundDocuments = [{ title: { fi: 'Suunnitelma' }, url: data }])),
    ).toEqual([['agreements[0].backgroundDocuments[0].url', 'invalid-url', 'agreements', undefined]]);
    const service = { id: 'omaperhe', name: 'Omaperhe', url: js, audience: 'families', source: { document: 'x' } };
    expect(issuesAfter((f) => (f.digitalServices = [service]))).toEqual([
      ['digitalServices[0].url', 'invalid-url', 'digitalServices', undefined],
    ]);
  });
});
