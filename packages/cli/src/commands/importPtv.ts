import { parseArgs } from 'node:util';
import { importPtvServiceLocations } from '@perhekeskus/core/import';
import { urlOption, withUsageErrors } from '../args.js';
import { UsageError } from '../errors.js';
import { pageReporter } from '../http.js';
import { importOptions, runImport } from '../importRun.js';
import type { CliIo } from '../io.js';
import { type CliLanguage, messages } from '../messages.js';
import { fetchPtvChannels, PTV_DEFAULT_BASE, type PtvApi, ptvRecordsOf } from '../ptvSource.js';

const COMMAND = 'import ptv';

/**
 * `perhekeskus import ptv`: a municipality's service locations from PTV (or a saved response,
 * `--from-file`) as a meeting-place list on standard output, through core's
 * `importPtvServiceLocations` and `validatePlaces`; the report goes to standard error.
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
export async function importPtvCommand(args: string[], io: CliIo, lang: CliLanguage): Promise<number> {
  const m = messages[lang];
  const { values } = withUsageErrors(
    () =>
      parseArgs({
        args,
        options: {
          ...importOptions,
          municipality: { type: 'string' },
          api: { type: 'string' },
          key: { type: 'string' },
        },
        strict: true,
      }),
    m,
    COMMAND,
  );
  if (values.help) {
    io.stdout.write(m.help.importPtv);
    return 0;
  }
  const municipality = values.municipality;
  if (municipality !== undefined && !/^\d{3}$/.test(municipality)) {
    throw new UsageError(m.invalidMunicipality(municipality), COMMAND);
  }
  const api = values.api ?? 'v11';
  if (api !== 'v11' && api !== 'v12') throw new UsageError(m.invalidApi(api), COMMAND);
  const base = urlOption(values.base ?? PTV_DEFAULT_BASE, '--base', lang, COMMAND);
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
        importPtvServiceLocations(channels, municipality === undefined ? {} : { municipality }),
    },
    { fromFile: values['from-file'], progress: values.progress, strict: values.strict },
    io,
    lang,
  );
}
