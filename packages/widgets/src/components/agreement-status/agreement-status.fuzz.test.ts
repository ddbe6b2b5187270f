// Arbitrary JSON where an agreements file is expected (issue 14's faults, for the widget issue 15
// added): the door check never throws, keeps only rows core's schemas accept, names the file and the
// row of every problem in the page's language, and the status computed from what it kept never throws.
import { agreementStatus } from '@perhekeskus/core/trusted';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DoorCheck } from './agreement-status.checks.js';
import { exampleCounty, publishedFiles } from './fixtures/folders.js';

/** The example county's published agreements file: real rows to mix with arbitrary ones. */
const published = publishedFiles(exampleCounty()).get('agreements.json') as {
  agreements: unknown[];
  parties: unknown[];
};

/** JSON near the published agreements file: arbitrary values where rows and fields are expected. */
function nearAgreements(): fc.Arbitrary<unknown> {
  const json = fc.jsonValue({ maxDepth: 3 });
  const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 8 }), json);
  const localized = fc.oneof(fc.record({ fi: text }, { requiredKeys: [] }), json);
  const date = fc.oneof(fc.constantFrom('2025-11-03', '2026-01-01', '2026-02-30', '9999-12-31'), json);
  const partyId = fc.oneof(fc.constantFrom('rantasalmi', 'eloisa', 'juva'), json);
  const decision = fc.record(
    {
      partyId,
      body: fc.oneof(fc.record({ name: localized }, { requiredKeys: [] }), json),
      date,
      section: fc.oneof(fc.integer({ min: -1, max: 400 }), text),
      outcome: fc.oneof(fc.constantFrom('approved', 'proposed', 'rejected', 'x-own'), json),
    },
    { requiredKeys: [] },
  );
  const signature = fc.record({ partyId, date, signatory: localized }, { requiredKeys: [] });
  const agreement = fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'etela-savo-2026-2029'), json),
      title: localized,
      period: fc.oneof(fc.record({ start: date, end: date }, { requiredKeys: [] }), json),
      parties: fc.oneof(fc.array(partyId, { maxLength: 3 }), json),
      partyList: fc.oneof(fc.constantFrom('complete', 'partial'), json),
      decisions: fc.oneof(fc.array(decision, { maxLength: 3 }), json),
      signatures: fc.oneof(fc.array(signature, { maxLength: 3 }), json),
    },
    { requiredKeys: [] },
  );
  const party = fc.record({ id: partyId, name: localized }, { requiredKeys: [] });
  // Rows as published (valid), near the format, or anything at all.
  const rows = <T>(row: fc.Arbitrary<T>, real: readonly unknown[]) =>
    fc.array(fc.oneof(fc.constantFrom(...real), row, json), { maxLength: 4 });
  return fc.oneof(
    json,
    fc.record(
      {
        agreements: fc.oneof(rows(agreement, published.agreements), json),
        parties: fc.oneof(rows(party, published.parties), json),
        decisionOutcomes: json,
      },
      { requiredKeys: [] },
    ),
  );
}

describe('<pk-agreement-status> door check on arbitrary JSON', () => {
  it('never throws, names the file and row of every problem, and the status of what it kept computes', () => {
    let computed = 0;
    fc.assert(
      fc.property(
        nearAgreements(),
        fc.constantFrom('fi', 'sv', 'en') as fc.Arbitrary<'fi' | 'sv' | 'en'>,
        (data, locale) => {
          const check = new DoorCheck();
          const kept = check.agreements(data, 'agreements.json');
          for (const sentence of check.result().problems?.sentences(locale) ?? []) {
            // Every sentence starts by naming the published file, then (for a row) the row.
            expect(sentence.startsWith('agreements.json')).toBe(true);
            expect(sentence.length).toBeGreaterThan('agreements.json: '.length);
          }
          for (const agreement of kept.agreements) {
            const status = agreementStatus(kept, agreement.id, '2026-03-01');
            expect(status?.parties.length).toBe(new Set(agreement.parties).size);
            computed += 1;
          }
        },
      ),
      { numRuns: 200, seed: 15, endOnFailure: true },
    );
    // Not vacuous: valid rows came through the door and were computed on.
    expect(computed).toBeGreaterThan(10);
  });
});
