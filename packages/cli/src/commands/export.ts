import type { Locale } from '@perhekeskus/core';
import { splitCommand } from '../args.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { messages } from '../messages.js';
import { exportHsdsCommand } from './exportHsds.js';

/**
 * `perhekeskus export <format>`: hands the rest of the command line to the format's command (`hsds`).
 *
 * @param args - the arguments after `export`
 * @param io - the command's I/O
 * @param lang - the language of the output
 * @returns the format command's exit code (0 for `--help`)
 * @throws UsageError for a missing or unknown format
 * @example
 * await exportCommand(['hsds', 'region.json', '--out', 'hsds'], io, 'fi');
 */
export async function exportCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { command: format, rest } = splitCommand(args);
  if (format === 'hsds') return exportHsdsCommand(rest, io, lang);
  if (format !== undefined) throw new UsageError(m.hsds.unknownFormat(format), 'export');
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(m.help.export);
    return 0;
  }
  throw new UsageError(m.hsds.missingFormat, 'export');
}
