import * as z from 'zod/mini';
import { parseInput } from '../validation/parseInput.js';
import { normalizeSearchText as foldText } from './trusted/normalizeSearchText.js';

/**
 * Folds text for searching: lower case, Unicode NFD with the combining marks removed (ä → a,
 * ö → o, å → a, é → e), runs of whitespace collapsed to one space, ends trimmed. Idempotent.
 *
 * @param text - any text: a place name, a search box value
 * @returns the folded text
 * @example
 * normalizeSearchText('  Mäntyharjun   PERHEKAHVILA '); // 'mantyharjun perhekahvila'
 */
export function normalizeSearchText(text: string): string {
  if (typeof text !== 'string') parseInput(z.string(), text, 'text');
  return foldText(text);
}
