const COMBINING_MARKS = /\p{M}+/gu;
const WHITESPACE = /\s+/g;

/**
 * Folds text for searching, for a string already known to be one: lower case, Unicode NFD with the
 * combining marks removed (ä → a, ö → o, å → a, é → e), runs of whitespace collapsed to one space,
 * ends trimmed. Idempotent. The main entry's `normalizeSearchText` checks its argument and then calls
 * this; the index calls it for every place.
 *
 * @param text - a string (not checked)
 * @returns the folded text
 * @example
 * normalizeSearchText('  Mäntyharjun   PERHEKAHVILA '); // 'mantyharjun perhekahvila'
 */
export function normalizeSearchText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(WHITESPACE, ' ').trim();
}
