import { displayText, type LocalizedText, placeMunicipalityIssues, searchMessages } from '@perhekeskus/core';
import { type CliLanguage, messages } from './messages.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A row's name by the display rule, when it is text with Finnish or Swedish. */
function nameOf(row: Record<string, unknown>, lang: CliLanguage): string | undefined {
  const name = row['name'];
  if (!isRecord(name) || (typeof name['fi'] !== 'string' && typeof name['sv'] !== 'string')) return undefined;
  return displayText(name as LocalizedText, lang).text;
}

/**
 * Checks the municipality codes of a meeting-place file's rows (core's `placeMunicipalityIssues`):
 * each a municipality of Finland, and one of the file's own `municipalities` when it lists them. Rows
 * whose code is not three digits are left to `validatePlaces`, which already names them. Sentences name
 * the place as core's place messages do (`Kohde 2 (”Familjeträffen i Närpes”): kenttä municipalityCode: …`).
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
  lang: CliLanguage,
): { index: number; text: string }[] {
  const checked = rows.flatMap((row, index) =>
    isRecord(row) && typeof row['municipalityCode'] === 'string' && /^\d{3}$/.test(row['municipalityCode'])
      ? [{ index, row, municipalityCode: row['municipalityCode'] }]
      : [],
  );
  const m = messages[lang];
  const s = searchMessages[lang];
  return placeMunicipalityIssues(checked, listed).map((issue) => {
    const { index, row } = checked[issue.index]!;
    const id = typeof row['id'] === 'string' ? row['id'] : undefined;
    const text =
      issue.code === 'unknown-municipality' ? m.notAMunicipality(issue.value) : m.placeOutsideList(issue.value);
    return { index, text: `${s.place(index + 1, nameOf(row, lang), id)}: ${s.field('municipalityCode')}: ${text}` };
  });
}
