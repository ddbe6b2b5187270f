import type { Agreement } from '../model/agreement.js';
import type { Region } from '../model/region.js';
import { publishedFileSchema } from './publishedFileSchema.js';
import type { PublishedAgreement, PublishedAgreements } from './publishedSchemas.js';

/** An agreement with only what `agreementStatus` reads; every agreement of an example region is an example. */
function publishedAgreement(agreement: Agreement, example: boolean): PublishedAgreement {
  const row: PublishedAgreement = {
    id: agreement.id,
    title: agreement.title,
    period: agreement.period,
    parties: agreement.parties,
    partyList: agreement.partyList,
    decisions: agreement.decisions.map(({ source: _source, summary: _summary, ...shown }) => shown),
    signatures: agreement.signatures.map(({ source: _source, signatoryName: _name, ...shown }) => shown),
  };
  if (example) row.example = true;
  return row;
}

/**
 * The content of `agreements.json`: the region's agreements in its order with their parties,
 * decisions and signatures (no `source`, summaries, signers' names, background documents, termination
 * or notices), the parties they list (id, name, kind; sorted by id), and the decision outcomes the
 * region declares, so `<pk-agreement-status>` computes `agreementStatus` from it as from the region.
 *
 * @param region - a parsed, valid region
 * @returns the file's content, before its schema's key order (see `publishRegion`)
 * @example
 * agreementsFile(etelaSavo).agreements.map((a) => a.id);
 * // ['etela-savo-2022-2023', 'etela-savo-2023-2024', 'etela-savo-2024-2025', 'etela-savo-2026-2029']
 */
export function agreementsFile(region: Region): PublishedAgreements {
  const example = region.example === true;
  const ids = new Set(region.agreements.flatMap((a) => a.parties));
  const parties = region.parties
    .filter((party) => ids.has(party.id))
    .map((party) => ({ id: party.id, name: party.name, kind: party.kind }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const outcomes = region.vocabulary?.decisionOutcome?.map(({ id, label }) => ({ id, label }));
  return {
    $schema: publishedFileSchema('agreements').url,
    agreements: region.agreements.map((agreement) => publishedAgreement(agreement, example)),
    parties,
    ...(outcomes && outcomes.length > 0 ? { decisionOutcomes: outcomes } : {}),
  };
}
