import type { Locale } from '@perhekeskus/core';
import { splitCommand } from '../args.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { messages } from '../messages.js';
import { importHsdsCommand } from './importHsds.js';
import { importLinkedEventsCommand } from './importLinkedEvents.js';
import { importPtvCommand } from './importPtv.js';

/**
 * `perhekeskus import <source>`: hands the rest of the command line to the source's command.
 *
 * @param args - the arguments after `import`
 * @param io - the command's I/O
 * @param lang - the language of the output
 * @returns the source command's exit code (0 for `--help`)
 * @throws UsageError for a missing or unknown source
 * @example
 * await importCommand(['ptv', '--municipality', '681'], io, 'fi');
 */
export async function importCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { command: source, rest } = splitCommand(args);
  if (source === 'ptv') return importPtvCommand(rest, io, lang);
  if (source === 'linked-events') return importLinkedEventsCommand(rest, io, lang);
  if (source === 'hsds') return importHsdsCommand(rest, io, lang);
  if (source !== undefined) throw new UsageError(m.unknownImportSource(source), 'import');
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(m.help.import);
    return 0;
  }
  throw new UsageError(m.missingImportSource, 'import');
}
