import { parseArgs } from 'node:util';
import { importLinkedEvents } from '@perhekeskus/core/import';
import { commonOptions, urlOption, withUsageErrors } from '../args.js';
import { dateOption } from '../dates.js';
import { CliError, UsageError } from '../errors.js';
import { pageReporter } from '../http.js';
import { writeImport } from '../importOutput.js';
import type { CliIo } from '../io.js';
import { readJsonFile } from '../jsonFile.js';
import { fetchLinkedEvents, linkedEventsRecordsOf } from '../linkedEventsSource.js';
import { type CliLanguage, messages } from '../messages.js';

const COMMAND = 'import linked-events';

/**
 * `perhekeskus import linked-events`: events from a Linked Events API (or a saved response,
 * `--from-file`) as calendar entries on standard output, through core's `importLinkedEvents` and
 * `validateCalendarEntries`; the report goes to standard error.
 *
 * @param args - the arguments after `import linked-events`
 * @param io - the command's I/O
 * @param lang - the language of the report
 * @returns 0, or 1 with `--strict` when anything was skipped
 * @throws UsageError for a wrong command line (no `--base`, a bad date); CliError when fetching,
 *   reading or importing fails
 * @example
 * await importLinkedEventsCommand(['--base', 'https://api.hel.fi/linkedevents/v1', '--keyword', 'yso:p4354'], io, 'en');
 */
export async function importLinkedEventsCommand(args: string[], io: CliIo, lang: CliLanguage): Promise<number> {
  const m = messages[lang];
  const { values } = withUsageErrors(
    () =>
      parseArgs({
        args,
        options: {
          ...commonOptions,
          base: { type: 'string' },
          keyword: { type: 'string' },
          from: { type: 'string' },
          to: { type: 'string' },
          'from-file': { type: 'string' },
          progress: { type: 'boolean' },
          strict: { type: 'boolean' },
        },
        strict: true,
      }),
    m,
    COMMAND,
  );
  if (values.help) {
    io.stdout.write(m.help.importLinkedEvents);
    return 0;
  }
  const now = io.now();
  const from = values.from === undefined ? undefined : dateOption(values.from, '--from', now, m, COMMAND);
  const to = values.to === undefined ? undefined : dateOption(values.to, '--to', now, m, COMMAND);
  if (from !== undefined && to !== undefined && to < from) throw new UsageError(m.dateOrder(from, to), COMMAND);
  const filters = {
    ...(values.keyword !== undefined ? { keyword: values.keyword } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
  const fromFile = values['from-file'];

  let events: unknown[];
  if (fromFile !== undefined) {
    const records = linkedEventsRecordsOf(await readJsonFile(fromFile, io, m));
    if (records === undefined) throw new CliError(m.unexpectedResponse(fromFile, '{ meta, data }'));
    events = records;
    if (values.progress || io.stderr.isTTY)
      io.stderr.write(`perhekeskus: ${m.readFromFile(fromFile, events.length)}\n`);
  } else {
    if (values.base === undefined) throw new UsageError(m.missingOption('--base'), COMMAND);
    const base = urlOption(values.base, '--base', lang, COMMAND);
    events = await fetchLinkedEvents({ base, ...filters }, io, m, pageReporter(values.progress === true, io, lang));
  }

  let result: ReturnType<typeof importLinkedEvents>;
  try {
    result = importLinkedEvents(events, filters);
  } catch (error) {
    throw new CliError(m.importFailed(error instanceof Error ? error.message : String(error)));
  }
  const dropped = writeImport('entries', result, io, lang);
  return values.strict && dropped > 0 ? 1 : 0;
}
