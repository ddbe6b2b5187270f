import type { Locale } from '@perhekeskus/core';
import type { CalendarEntry, MeetingPlace } from '@perhekeskus/core';
import type { ImportResult } from '@perhekeskus/core/import';
import { commonOptions } from './args.js';
import { CliError } from './errors.js';
import { importOutput } from './importOutput.js';
import type { CliIo } from './io.js';
import { readJsonFile } from './jsonFile.js';
import { messages } from './messages.js';
import { writeOutput } from './writeFiles.js';

/** The options every `import` command takes, besides its own. */
export const importOptions = {
  ...commonOptions,
  base: { type: 'string' },
  'from-file': { type: 'string' },
  out: { type: 'string' },
  progress: { type: 'boolean' },
  strict: { type: 'boolean' },
} as const;

/** What differs between the import commands; the steps around it are {@link runImport}'s. */
export interface ImportSource<T extends MeetingPlace | CalendarEntry> {
  /** `places` or `entries`: the file `import` writes. */
  kind: T extends MeetingPlace ? 'places' : 'entries';
  /** The records of a saved API response, or undefined when the file is not such a response. */
  recordsOf: (json: unknown) => unknown[] | undefined;
  /** The response shape named in the error for a file that is not one, `{ itemList, pageCount }`. */
  shape: string;
  /** Fetches every page from the API (used without `--from-file`). */
  fetchRecords: () => Promise<unknown[]>;
  /** Core's importer over the records. */
  importRecords: (records: unknown[]) => ImportResult<T>;
}

/**
 * The steps every `import` command shares: the records come from `--from-file` or the API, core's
 * importer maps them, {@link importOutput} validates them and prepares the file and the report. The
 * file is written only when all of it is ready: to standard output, or with `out` to a temporary file
 * beside the target renamed over it, so that a failed import leaves the previous file as it was.
 *
 * @param source - the command's source of records and its importer
 * @param options - `fromFile`, `out` (the file to write instead of standard output), `progress` (say
 *   what was read) and `strict` (exit 1 when anything was skipped)
 * @param io - the command's I/O
 * @param lang - the language of the report
 * @returns the exit code: 0, or 1 with `strict` when anything was skipped or rejected
 * @throws CliError when reading, fetching, importing or writing fails (nothing is written then)
 * @example
 * await runImport({ kind: 'places', recordsOf: ptvRecordsOf, shape: '{ itemList, pageCount }', fetchRecords, importRecords }, { fromFile: 'saved.json' }, io, 'fi');
 */
export async function runImport<T extends MeetingPlace | CalendarEntry>(
  source: ImportSource<T>,
  options: {
    fromFile?: string | undefined;
    out?: string | undefined;
    progress?: boolean | undefined;
    strict?: boolean | undefined;
  },
  io: CliIo,
  lang: Locale,
): Promise<number> {
  const m = messages[lang];
  let records: unknown[];
  if (options.fromFile !== undefined) {
    const saved = source.recordsOf(await readJsonFile(options.fromFile, io, m));
    if (saved === undefined) throw new CliError(m.unexpectedResponse(options.fromFile, source.shape));
    records = saved;
    if (options.progress || io.stderr.isTTY) {
      io.stderr.write(`perhekeskus: ${m.readFromFile(options.fromFile, records.length)}\n`);
    }
  } else {
    records = await source.fetchRecords();
  }
  let result: ImportResult<T>;
  try {
    result = source.importRecords(records);
  } catch (error) {
    throw new CliError(m.importFailed(error instanceof Error ? error.message : String(error)));
  }
  const output = importOutput(source.kind, result as ImportResult<MeetingPlace> | ImportResult<CalendarEntry>, lang);
  await writeOutput(io, options.out, output.text, m);
  io.stderr.write(output.report);
  return options.strict && output.dropped > 0 ? 1 : 0;
}
