import type { Locale } from '@perhekeskus/core';
import { importLinkedEvents } from '@perhekeskus/core/import';
import { parseCommandLine, urlOption } from '../args.js';
import { dateOption } from '../dates.js';
import { UsageError } from '../errors.js';
import { pageReporter } from '../http.js';
import { importOptions, runImport } from '../importRun.js';
import type { CliIo } from '../io.js';
import { fetchLinkedEvents, linkedEventsRecordsOf } from '../linkedEventsSource.js';
import { messages } from '../messages.js';

const COMMAND = 'import linked-events';

/**
 * `perhekeskus import linked-events`: events from a Linked Events API (or a saved response,
 * `--from-file`) as calendar entries on standard output or, with `--out`, in a file replaced only when
 * the import succeeds, through core's `importLinkedEvents` and `checkCalendarEntries`; the report goes
 * to standard error.
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
export async function importLinkedEventsCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { values } = parseCommandLine(
    {
      args,
      options: {
        ...importOptions,
        keyword: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
      },
    },
    m,
    COMMAND,
  );
  if (values.help) {
    io.stdout.write(m.help.importLinkedEvents);
    return 0;
  }
  if (values.out === '') throw new UsageError(m.missingValue('--out'), COMMAND);
  const now = io.now();
  const from = values.from === undefined ? undefined : dateOption(values.from, '--from', now, m, COMMAND);
  const to = values.to === undefined ? undefined : dateOption(values.to, '--to', now, m, COMMAND);
  if (from !== undefined && to !== undefined && to < from) throw new UsageError(m.dateOrder(from, to), COMMAND);
  const filters = {
    ...(values.keyword !== undefined ? { keyword: values.keyword } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
  // Only a request needs the API's address; a saved response does not.
  const fetchRecords = () => {
    if (values.base === undefined) throw new UsageError(m.missingOption('--base'), COMMAND);
    const base = urlOption(values.base, '--base', lang, COMMAND);
    return fetchLinkedEvents({ base, ...filters }, io, m, pageReporter(values.progress === true, io, lang));
  };
  return runImport(
    {
      kind: 'entries',
      recordsOf: linkedEventsRecordsOf,
      shape: '{ meta, data }',
      fetchRecords,
      importRecords: (events) => importLinkedEvents(events, filters),
    },
    { fromFile: values['from-file'], out: values.out, progress: values.progress, strict: values.strict },
    io,
    lang,
  );
}
