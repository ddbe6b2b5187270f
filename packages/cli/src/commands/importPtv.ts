import { helsinkiToday, type Locale } from '@perhekeskus/core';
import { importPtvServiceLocations } from '@perhekeskus/core/import';
import { parseCommandLine, urlOption } from '../args.js';
import { UsageError } from '../errors.js';
import { pageReporter } from '../http.js';
import { importOptions, runImport } from '../importRun.js';
import type { CliIo } from '../io.js';
import { type Messages, messages } from '../messages.js';
import { fetchPtvChannels, PTV_DEFAULT_BASE, type PtvApi, ptvRecordsOf } from '../ptvSource.js';

const COMMAND = 'import ptv';

/**
 * `perhekeskus import ptv`: a municipality's service locations from PTV (or a saved response,
 * `--from-file`) as a meeting-place list on standard output or, with `--out`, in a file replaced only
 * when the import succeeds, through core's `importPtvServiceLocations` and `checkPlaces`; the report
 * goes to standard error.
 *
 * @param args - the arguments after `import ptv`
 * @param io - the command's I/O
 * @param lang - the language of the report
 * @returns 0, or 1 with `--strict` when anything was skipped
 * @throws UsageError for a wrong command line (no municipality, a bad code, v12 without a key);
 *   CliError when fetching, reading or importing fails
 * @example
 * await importPtvCommand(['--municipality', '681'], io, 'fi'); // stdout: '{ "$schema": …, "places": [ … ] }'
 */
export async function importPtvCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { values } = parseCommandLine(
    {
      args,
      options: {
        ...importOptions,
        municipality: { type: 'string' },
        'holiday-years': { type: 'string' },
        api: { type: 'string' },
        key: { type: 'string' },
      },
    },
    m,
    COMMAND,
  );
  if (values.help) {
    io.stdout.write(m.help.importPtv);
    return 0;
  }
  if (values.out === '') throw new UsageError(m.missingValue('--out'), COMMAND);
  const municipality = values.municipality;
  if (municipality !== undefined && !/^\d{3}$/.test(municipality)) {
    throw new UsageError(m.invalidMunicipality(municipality), COMMAND);
  }
  const api = values.api ?? 'v11';
  if (api !== 'v11' && api !== 'v12') throw new UsageError(m.invalidApi(api), COMMAND);
  const base = urlOption(values.base ?? PTV_DEFAULT_BASE, '--base', lang, COMMAND);
  const holidayYears = holidayYearsOption(values['holiday-years'], io.now(), m);
  // Only a request needs the municipality and (for v12) the key; a saved response does not.
  const fetchRecords = () => {
    if (municipality === undefined) throw new UsageError(m.missingOption('--municipality'), COMMAND);
    const key = values.key ?? io.env?.['PTV_API_KEY'];
    if (api === 'v12' && !key) throw new UsageError(m.missingKey, COMMAND);
    const query = { base, api: api as PtvApi, municipality, ...(api === 'v12' && key ? { key } : {}) };
    return fetchPtvChannels(query, io, m, pageReporter(values.progress === true, io, lang));
  };
  return runImport(
    {
      kind: 'places',
      recordsOf: ptvRecordsOf,
      shape: '{ itemList, pageCount }',
      fetchRecords,
      importRecords: (channels) =>
        importPtvServiceLocations(channels, { holidayYears, ...(municipality === undefined ? {} : { municipality }) }),
    },
    { fromFile: values['from-file'], out: values.out, progress: values.progress, strict: values.strict },
    io,
    lang,
  );
}

/**
 * The years in which PTV's named holiday hours (Midsummer Eve, Christmas Eve…) become dated
 * exceptions: `--holiday-years 2026,2027`, by default this year and next in Helsinki, so that a
 * published file covers the holidays a family will look up.
 */
function holidayYearsOption(value: string | undefined, now: Date, m: Messages): number[] {
  if (value === undefined) {
    const year = Number(helsinkiToday(now).slice(0, 4));
    return [year, year + 1];
  }
  const years = value.split(',').map((part) => part.trim());
  if (years.length === 0 || years.some((y) => !/^\d{4}$/.test(y) || Number(y) < 1900 || Number(y) > 2200)) {
    throw new UsageError(m.invalidHolidayYears(value), COMMAND);
  }
  return [...new Set(years.map(Number))];
}
