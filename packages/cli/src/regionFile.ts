import { UsageError } from './errors.js';
import type { Messages } from './messages.js';

/**
 * The region file a command reads: the one file given as an argument (`perhekeskus schedule
 * region.json`) or with `--region FILE`, not both; undefined for the built-in region.
 *
 * @param positionals - the command's arguments that are not options
 * @param option - the value of `--region`, if given
 * @param m - the messages of the chosen language
 * @param command - the command whose help an error points to
 * @returns the path, or undefined
 * @throws UsageError for more than one file
 * @example
 * regionFileOption(['region.json'], undefined, messages.en, 'schedule'); // 'region.json'
 * regionFileOption([], undefined, messages.en, 'schedule'); // undefined: the built-in region
 */
export function regionFileOption(
  positionals: readonly string[],
  option: string | undefined,
  m: Messages,
  command: string,
): string | undefined {
  const files = [...positionals, ...(option === undefined ? [] : [option])];
  if (files.length > 1) throw new UsageError(m.tooManyFiles, command);
  return files[0];
}
