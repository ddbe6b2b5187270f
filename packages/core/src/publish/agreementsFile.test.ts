import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { etelaSavo } from '../etela-savo.js';
import type { RegionInput } from '../model/region.js';
import { Region } from '../model/region.js';
import { agreementStatus } from '../rules/agreementStatus.js';
import { type AgreementStatus, agreementStatus as trustedAgreementStatus } from '../rules/trusted/agreementStatus.js';
import { agreementsFile } from './agreementsFile.js';
import { PublishedAgreements } from './publishedSchemas.js';
import { publishRegion } from './publishRegion.js';

/** The invented bilingual county of the docs and tests (examples/pohjanmaa, example data). */
const pohjanmaa = (): RegionInput =>
  JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8'));

const OPTIONS = {
  now: new Date('2026-03-01T10:00:00Z'),
  sourceName: 'region.json',
  sourceSha256: '0123456789abcdef'.repeat(4),
  libraryVersion: '1.2.3',
};

/** A status from the region as the published file gives it: decisions and signatures without what is not published. */
function withoutUnpublished(status: AgreementStatus): AgreementStatus {
  return JSON.parse(
    JSON.stringify(status, (key, value) => (['source', 'summary', 'signatoryName'].includes(key) ? undefined : value)),
  );
}

describe('agreementsFile', () => {
  it('keeps the TSDoc example true: the agreements in the region’s order', () => {
    expect(agreementsFile(etelaSavo).agreements.map((a) => a.id)).toEqual([
      'etela-savo-2022-2023',
      'etela-savo-2023-2024',
      'etela-savo-2024-2025',
      'etela-savo-2026-2029',
    ]);
  });

  it('publishes Rantasalmi’s decisions without their source or summary, and the listed parties’ names by id', () => {
    const file = z.parse(PublishedAgreements, agreementsFile(etelaSavo));
    const latest = file.agreements.at(-1)!;
    expect(latest.decisions[1]).toEqual({
      partyId: 'rantasalmi',
      body: { abbreviation: 'KHALL', name: { fi: 'Kunnanhallitus', sv: 'Kommunstyrelsen', en: 'Municipal board' } },
      date: '2025-11-03',
      section: 331,
      caseNumber: '441/00.04.02/2025',
      outcome: 'approved',
      electronic: true,
    });
    expect(file.parties.map((p) => p.id)).toEqual([...file.parties.map((p) => p.id)].sort());
    expect(file.parties.find((p) => p.id === 'eloisa')).toMatchObject({ kind: 'wellbeing-county' });
    // Parties of no agreement (Rantasalmi's parish) are not published.
    expect(file.parties.some((p) => p.id === 'rantasalmen-seurakunta')).toBe(false);
    expect(latest.example).toBeUndefined();
  });

  it('gives the same status as the region itself, for both counties', () => {
    for (const [input, id] of [
      [etelaSavo, 'etela-savo-2026-2029'],
      [pohjanmaa(), 'osterbotten-2026'],
    ] as const) {
      const region = z.parse(Region, input);
      const file = agreementsFile(region);
      for (const on of ['2025-10-01', '2026-02-15', '2026-03-01'])
        expect(trustedAgreementStatus(file, id, on)).toEqual(withoutUnpublished(agreementStatus(region, id, on)));
    }
  });

  it('marks every agreement of an example region, and is listed in the manifest with its count', () => {
    const { files } = publishRegion(pohjanmaa(), OPTIONS);
    const file = z.parse(PublishedAgreements, files.find((f) => f.path === 'agreements.json')?.data);
    expect(file.agreements.every((a) => a.example === true)).toBe(true);
    expect(file.agreements[0]?.signatures.find((s) => s.partyId === 'korsholm')).toEqual({
      partyId: 'korsholm',
      signatory: { sv: 'bildningsdirektören' },
    });
    const manifest = files[0]!.data as { files: { path: string; kind: string; count: number; schema: string }[] };
    expect(manifest.files.find((f) => f.path === 'agreements.json')).toEqual({
      path: 'agreements.json',
      kind: 'agreements',
      schema: 'https://perhekeskus.dev/schema/published-agreements.json',
      count: 1,
    });
  });
});
