import { dataIssueMessage, type Locale, placeMunicipalityIssues } from '@perhekeskus/core';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the municipality codes of a meeting-place file's rows (core's `placeMunicipalityIssues`):
 * each a municipality of Finland, and one of the file's own `municipalities` when it lists them. Rows
 * whose code is not three digits are left to `checkPlaces`, which already names them. Sentences are
 * core's (`dataIssueMessage`), naming the place by its number and name
 * (`Kohde 2 (”Familjeträffen i Närpes”): kenttä municipalityCode: …`).
 *
 * @param rows - the file's rows as read (a bare array, or the `places` of the file)
 * @param listed - the codes of the file's `municipalities`, if it has that list
 * @param lang - the language of the sentences
 * @returns one sentence per wrong code with its row's index, in row order
 * @example
 * placeMunicipalityProblems([{ id: 'a', name: { fi: 'Kahvila' }, municipalityCode: '999' }], undefined, 'en');
 * // [{ index: 0, text: 'Place 1 (“Kahvila”): field municipalityCode: the municipality code “999” is no municipality of Finland.' }]
 */
export function placeMunicipalityProblems(
  rows: readonly unknown[],
  listed: readonly string[] | undefined,
  lang: Locale,
): { index: number; text: string }[] {
  const checked = rows.flatMap((row, index) =>
    isRecord(row) && typeof row['municipalityCode'] === 'string' && /^\d{3}$/.test(row['municipalityCode'])
      ? [{ index, row: row as Record<string, unknown> & { municipalityCode: string } }]
      : [],
  );
  return placeMunicipalityIssues(
    checked.map(({ row }) => row),
    listed,
  ).map((issue) => {
    // Core counted the rows it was given; the sentence names the row of the file.
    const index = checked[issue.index]!.index;
    const keys = ['places', index, 'municipalityCode'];
    const located = { ...issue, index, keys, path: `places[${index}].municipalityCode` };
    const row = issue.row === undefined ? {} : { row: { ...issue.row, index } };
    return { index, text: dataIssueMessage({ ...located, ...row }, lang, { document: 'places' }) };
  });
}
