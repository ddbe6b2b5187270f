import { ContentLanguage, type Locale } from '@perhekeskus/core';
import { hsdsFiles, hsdsTableNames, toHsds } from '@perhekeskus/core/hsds';
import { importIssueMessage } from '@perhekeskus/core/import';
import { commonOptions, parseCommandLine } from '../args.js';
import { CliError, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readJsonFile } from '../jsonFile.js';
import { type Messages, messages } from '../messages.js';
import { fileSystemOf, replaceDirectory } from '../writeFiles.js';

const COMMAND = 'export hsds';

/** The file names an HSDS export writes: a folder holding only these (or nothing) may be replaced. */
const HSDS_FILE_NAMES = new Set([...hsdsTableNames.map((name) => `${name}.json`), 'service_at_location_list.json']);

/** Whether `--out` may be replaced: missing, empty, or holding only the files of an earlier HSDS export. */
async function checkOut(io: CliIo, dir: string, m: Messages): Promise<void> {
  const fs = fileSystemOf(io);
  try {
    const kind = await fs.kind(dir);
    if (kind === undefined) return;
    if (kind === 'file') throw new CliError(m.publishNotDirectory(dir));
    const names = await fs.readdir(dir);
    if (names.some((name) => !HSDS_FILE_NAMES.has(name))) throw new CliError(m.hsds.notOurs(dir));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(m.writeFailed(dir, error instanceof Error ? error.message : String(error)));
  }
}

/**
 * `perhekeskus export hsds REGION-OR-PLACES.json --out DIR`: core's `toHsds` over a region file or
 * `places.json`, written as one JSON array per HSDS table (`organization.json`, `service.json`, …)
 * and `service_at_location_list.json`, through a temporary folder renamed into place (the folder is
 * replaced whole or not at all, and only when it is missing, empty or an earlier HSDS export). The
 * fields HSDS has no place for are listed on standard error, translated.
 *
 * @param args - the arguments after `export hsds`
 * @param io - the command's I/O
 * @param lang - the language of the messages
 * @returns 0 (1 comes as a thrown CliError or ValidationError: unreadable or invalid input)
 * @throws UsageError for a wrong command line; CliError when reading or writing fails
 * @example
 * await exportHsdsCommand(['region.json', '--out', 'hsds'], io, 'en'); // stdout: 'Wrote 13 HSDS files to hsds.'
 */
export async function exportHsdsCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { values, positionals } = parseCommandLine(
    {
      args,
      options: {
        ...commonOptions,
        out: { type: 'string' },
        'text-lang': { type: 'string' },
        'region-id': { type: 'string' },
      },
      allowPositionals: true,
    },
    m,
    COMMAND,
  );
  if (values.help) {
    io.stdout.write(m.help.exportHsds);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw new UsageError(m.hsds.missingInput, COMMAND);
  if (extra.length > 0) throw new UsageError(m.tooManyFiles, COMMAND);
  const out = values.out;
  if (out === undefined || out === '') throw new UsageError(m.missingOption('--out'), COMMAND);
  const textLang = values['text-lang'] ?? 'fi';
  if (!ContentLanguage.safeParse(textLang).success) throw new UsageError(m.hsds.invalidTextLanguage(textLang), COMMAND);
  const regionId = values['region-id'];

  const data = await readJsonFile(path, io, m);
  const hsds = toHsds(data, {
    language: textLang as ContentLanguage,
    ...(regionId === undefined ? {} : { regionId }),
  });
  await checkOut(io, out, m);
  const files = Object.entries(hsdsFiles(hsds)).map(([name, text]) => ({ path: name, text }));
  await replaceDirectory(io, out, files, m);

  if (hsds.issues.length > 0) {
    const lines = hsds.issues.map((issue) => `  - ${importIssueMessage(issue, lang, 'hsds-export')} (${issue.code})\n`);
    io.stderr.write(`${m.hsds.notExportedHeading(hsds.issues.length)}\n${lines.join('')}`);
  }
  io.stdout.write(`${m.hsds.done(out, files.length)}\n`);
  const width = files.reduce((widest, file) => Math.max(widest, file.path.length), 0);
  io.stdout.write(files.map((f) => `  ${f.path.padEnd(width)}  ${Buffer.byteLength(f.text)} B\n`).join(''));
  return 0;
}
