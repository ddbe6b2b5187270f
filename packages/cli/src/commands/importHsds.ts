import { join } from 'node:path';
import { ContentLanguage, type Locale } from '@perhekeskus/core';
import { hsdsTableNames } from '@perhekeskus/core/hsds';
import { fromHsds } from '@perhekeskus/core/import';
import { parseCommandLine } from '../args.js';
import { CliError, UsageError } from '../errors.js';
import { importOutput } from '../importOutput.js';
import { importOptions } from '../importRun.js';
import type { CliIo } from '../io.js';
import { parseJsonText, readJsonFile } from '../jsonFile.js';
import { type Messages, messages } from '../messages.js';
import { fileSystemOf, writeOutput } from '../writeFiles.js';

const COMMAND = 'import hsds';

/**
 * The HSDS input at `path`: a JSON file as it is (a `service_at_location_list` array or an object of
 * tables), or a folder's `<table>.json` files as one object of tables (`service_at_location_list.json`
 * too, when the folder has no `service_at_location.json`).
 */
async function readHsds(path: string, io: CliIo, m: Messages): Promise<unknown> {
  const fs = fileSystemOf(io);
  let kind: 'file' | 'directory' | undefined;
  try {
    kind = await fs.kind(path);
  } catch {
    kind = undefined;
  }
  if (kind !== 'directory') return readJsonFile(path, io, m);
  // The folder's files are read through the file system the folder was listed with.
  const read = async (name: string) => {
    const file = join(path, name);
    let text: string;
    try {
      text = await fs.readFile(file);
    } catch (error) {
      throw new CliError(m.importFailed(`${file}: ${error instanceof Error ? error.message : String(error)}`));
    }
    return parseJsonText(text, file, m);
  };
  const names = new Set(await fs.readdir(path));
  const tables: Record<string, unknown> = {};
  for (const table of hsdsTableNames) {
    if (names.has(`${table}.json`)) tables[table] = await read(`${table}.json`);
  }
  if (Object.keys(tables).length > 0) return tables;
  if (names.has('service_at_location_list.json')) return read('service_at_location_list.json');
  throw new CliError(m.hsds.noTables(path));
}

/**
 * `perhekeskus import hsds FILE-OR-DIR`: an Open Referral HSDS 3.0 directory (the nested
 * `service_at_location_list`, an object of tables, or a folder of `<table>.json` files as `export hsds`
 * writes them) as a meeting-place list, through core's `fromHsds` and `checkPlaces`, on standard output
 * or, with `--out`, in a file replaced only when the import succeeds; the report of what was skipped goes
 * to standard error, as for the other importers.
 *
 * @param args - the arguments after `import hsds`
 * @param io - the command's I/O
 * @param lang - the language of the report
 * @returns 0, or 1 with `--strict` when anything was skipped
 * @throws UsageError for a wrong command line; CliError when reading, importing or writing fails
 * @example
 * await importHsdsCommand(['hsds/', '--out', 'places.json'], io, 'fi');
 */
export async function importHsdsCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { lang: _lang, help, out, strict } = importOptions;
  const { values, positionals } = parseCommandLine(
    {
      args,
      options: {
        lang: _lang,
        help,
        out,
        strict,
        'text-lang': { type: 'string' },
        municipality: { type: 'string' },
        example: { type: 'boolean' },
      },
      allowPositionals: true,
    },
    m,
    COMMAND,
  );
  if (values.help) {
    io.stdout.write(m.help.importHsds);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw new UsageError(m.hsds.missingInput, COMMAND);
  if (extra.length > 0) throw new UsageError(m.tooManyFiles, COMMAND);
  if (values.out === '') throw new UsageError(m.missingValue('--out'), COMMAND);
  const textLang = values['text-lang'] ?? 'fi';
  if (!ContentLanguage.safeParse(textLang).success) throw new UsageError(m.hsds.invalidTextLanguage(textLang), COMMAND);
  const municipality = values.municipality;
  if (municipality !== undefined && !/^\d{3}$/.test(municipality)) {
    throw new UsageError(m.invalidMunicipality(municipality), COMMAND);
  }

  const input = await readHsds(path, io, m);
  let result: ReturnType<typeof fromHsds>;
  try {
    result = fromHsds(input, {
      language: textLang as ContentLanguage,
      ...(municipality === undefined ? {} : { municipalityCode: municipality }),
      ...(values.example ? { example: true } : {}),
    });
  } catch (error) {
    throw new CliError(m.importFailed(error instanceof Error ? error.message : String(error)));
  }
  const output = importOutput('places', { items: result.list.places, issues: result.issues }, lang, 'hsds');
  await writeOutput(io, values.out, output.text, m);
  io.stderr.write(output.report);
  return values.strict && output.dropped > 0 ? 1 : 0;
}
