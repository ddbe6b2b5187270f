import { helsinkiToday, type Locale, type Region } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { checkRegion } from './checkRegion.js';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { readJsonFile } from './jsonFile.js';
import { messages } from './messages.js';

/** At most this many problems are quoted when a region file cannot be used. */
const SHOWN = 10;

/**
 * The region a command works on: the built-in Etelä-Savo region, or a region description file
 * (`FILE` or `--region FILE`) that must match the `Region` schema and whose cadences can all be
 * scheduled. Broken references do not stop a schedule; `perhekeskus validate` reports them.
 *
 * @param path - the file, or undefined for the built-in region
 * @param io - the command's I/O
 * @param lang - the language of messages
 * @returns the region
 * @throws CliError when the file cannot be read, is not JSON, not a valid region or cannot be scheduled
 *   (quoting the first problems)
 * @example
 * (await loadRegion(undefined, io, 'fi')).id; // 'etela-savo'
 */
export async function loadRegion(path: string | undefined, io: CliIo, lang: Locale): Promise<Region> {
  if (path === undefined) return etelaSavo;
  const m = messages[lang];
  const { region, problems, schedulable } = checkRegion(await readJsonFile(path, io, m), lang, helsinkiToday(io.now()));
  if (region && schedulable) return region;
  const lines = [m.regionInvalid(path, problems.length), ...problems.slice(0, SHOWN).map((p) => `  ${p}`)];
  if (problems.length > SHOWN) lines.push(`  ${m.moreProblems(problems.length - SHOWN)}`);
  lines.push(m.regionHint(path));
  throw new CliError(lines.join('\n'));
}
