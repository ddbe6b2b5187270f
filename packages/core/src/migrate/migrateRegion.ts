/** One rewrite `migrateRegion` made, for a person to read: where, and which rewrite. */
export interface MigrationChange {
  /** Where in the file: `agreements[0].noticeDeadline`. */
  path: string;
  /** Which rewrite (translate it; the English `message` is for logs). */
  code: 'notice-deadline-to-termination';
  message: string;
}

/** The result of {@link migrateRegion}: the rewritten file and what changed. */
export interface Migration {
  /** The region file in today's format; the input is not changed. */
  region: unknown;
  /** Empty when the file was already current. */
  changes: MigrationChange[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Rewrites a region file's deprecated forms into today's format, saying what it changed. Every file
 * valid under an earlier format stays valid, so this is never needed to keep a file working; it
 * removes what later releases may drop: an agreement's `noticeDeadline` becomes
 * `termination: { kind: 'year-end', deadline }`, which says the same (001 §21). The input need not be
 * valid (nothing is validated here, and anything that is not a deprecated form is copied as it is):
 * run `validate` on the result.
 *
 * @param input - parsed JSON of a region file
 * @returns the rewritten file and the changes, in file order
 * @example
 * const { region, changes } = migrateRegion({ ...file, agreements: [{ ...agreement, noticeDeadline: '06-30' }] });
 * region.agreements[0].termination; // { kind: 'year-end', deadline: '06-30' }
 * changes[0].path; // 'agreements[0].noticeDeadline'
 */
export function migrateRegion(input: unknown): Migration {
  const changes: MigrationChange[] = [];
  if (!isRecord(input) || !Array.isArray(input['agreements'])) return { region: structuredClone(input), changes };
  const region = structuredClone(input) as Record<string, unknown>;
  region['agreements'] = (input['agreements'] as unknown[]).map((agreement, i) => {
    if (
      !isRecord(agreement) ||
      !Object.hasOwn(agreement, 'noticeDeadline') ||
      Object.hasOwn(agreement, 'termination')
    ) {
      return structuredClone(agreement);
    }
    // Rebuild the row with `termination` where `noticeDeadline` stood, so a diff of the file stays small.
    const rewritten: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(agreement)) {
      if (key === 'noticeDeadline') rewritten['termination'] = { kind: 'year-end', deadline: value };
      else rewritten[key] = structuredClone(value);
    }
    changes.push({
      path: `agreements[${i}].noticeDeadline`,
      code: 'notice-deadline-to-termination',
      message: `noticeDeadline "${String(agreement['noticeDeadline'])}" is now termination: { kind: 'year-end', deadline }`,
    });
    return rewritten;
  });
  return { region, changes };
}
