import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { jsonSyntaxError } from './jsonSyntax.js';
import type { Messages } from './messages.js';

/**
 * Reads the text of a file, turning the file system's errors into sentences in the user's language.
 *
 * @param path - the file, as the user wrote it
 * @param io - the command's I/O (its `readFile`)
 * @param m - the messages of the chosen language
 * @returns the text, without a byte-order mark
 * @throws CliError when the file is missing, a directory or unreadable
 * @example
 * await readTextFile('missing.json', io, messages.en); // throws CliError 'file missing.json not found.'
 */
export async function readTextFile(path: string, io: CliIo, m: Messages): Promise<string> {
  try {
    const text = await io.readFile(path);
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new CliError(m.fileNotFound(path));
    if (code === 'EISDIR') throw new CliError(m.fileIsDirectory(path));
    throw new CliError(m.fileNotReadable(path, error instanceof Error ? error.message : String(error)));
  }
}

/**
 * Parses JSON text; a syntax error becomes a message with the file, line and column
 * (`places.json:3:1: JSON syntax error: extra comma before “}”.`).
 *
 * @param text - the text
 * @param source - the file name or URL to name in the message
 * @param m - the messages of the chosen language
 * @returns the parsed value
 * @throws CliError on a syntax error
 * @example
 * parseJsonText('{"a":1,}', 'a.json', messages.en); // throws 'a.json:1:8: JSON syntax error: extra comma before “}”.'
 */
export function parseJsonText(text: string, source: string, m: Messages): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const found = jsonSyntaxError(text);
    if (!found) throw error;
    const { problem } = found;
    const what =
      problem.kind === 'unexpected-end'
        ? m.jsonUnexpectedEnd
        : problem.kind === 'trailing-comma'
          ? m.jsonTrailingComma(problem.char)
          : m.jsonUnexpectedChar(problem.char);
    throw new CliError(m.jsonSyntax(source, found.line, found.column, what));
  }
}

/**
 * Reads and parses a JSON file.
 *
 * @param path - the file
 * @param io - the command's I/O
 * @param m - the messages of the chosen language
 * @returns the parsed value
 * @throws CliError when the file cannot be read or is not JSON
 * @example
 * const region = await readJsonFile('region.json', io, messages.fi);
 */
export async function readJsonFile(path: string, io: CliIo, m: Messages): Promise<unknown> {
  return parseJsonText(await readTextFile(path, io, m), path, m);
}
