import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { helsinkiToday, type Locale, publishedFileText, publishRegion, SCHEDULE_YEARS } from '@perhekeskus/core';
import { commonOptions, parseCommandLine } from '../args.js';
import { checkRegion } from '../checkRegion.js';
import { CliError, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { parseJsonText, readTextFile } from '../jsonFile.js';
import { type Messages, messages } from '../messages.js';
import { fileSystemOf, replaceDirectory } from '../writeFiles.js';

/** At most this many calendar years in one publish (core's limit too). */
const MAX_YEARS = 10;

/** The version of `@perhekeskus/core` that publishes, for the manifest. */
function coreVersion(): string {
  const manifest = createRequire(import.meta.url).resolve('@perhekeskus/core/package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** `--years 2026,2027`: 1–10 distinct years within the years a schedule may cover. */
function yearsOption(value: string | undefined, m: Messages): number[] | undefined {
  if (value === undefined) return undefined;
  const years = /^\d{4}(,\d{4})*$/.test(value) ? [...new Set(value.split(',').map(Number))] : [];
  const fits = years.every((y) => y >= SCHEDULE_YEARS.from && y <= SCHEDULE_YEARS.to);
  if (years.length === 0 || years.length > MAX_YEARS || !fits) throw new UsageError(m.invalidYears(value), 'publish');
  return years;
}

/**
 * The moment of publishing: `SOURCE_DATE_EPOCH` (whole seconds since 1970, the reproducible-builds
 * convention) when it is set, so that a build gives the same bytes whenever it runs; else the clock.
 */
function publishMoment(io: CliIo, m: Messages): Date {
  const epoch = io.env?.['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return io.now();
  const moment = new Date(Number(epoch) * 1000);
  const year = /^\d{1,12}$/.test(epoch) ? moment.getUTCFullYear() : Number.NaN;
  if (!(year >= SCHEDULE_YEARS.from && year <= SCHEDULE_YEARS.to))
    throw new UsageError(m.invalidSourceDateEpoch(epoch), 'publish');
  return moment;
}

/** Whether `--out` may be replaced: missing, empty, or holding an earlier publish (its `index.json`). */
async function checkOut(io: CliIo, dir: string, m: Messages): Promise<void> {
  try {
    await checkOutFolder(io, dir, m);
  } catch (error) {
    // A folder that cannot even be looked at (EACCES…) is a sentence, not a stack trace.
    if (error instanceof CliError) throw error;
    throw new CliError(m.writeFailed(dir, error instanceof Error ? error.message : String(error)));
  }
}

async function checkOutFolder(io: CliIo, dir: string, m: Messages): Promise<void> {
  const fs = fileSystemOf(io);
  const kind = await fs.kind(dir);
  if (kind === undefined) return;
  if (kind === 'file') throw new CliError(m.publishNotDirectory(dir));
  if ((await fs.readdir(dir)).length === 0) return;
  const index = await fs.readFile(join(dir, 'index.json')).catch(() => undefined);
  let format: unknown;
  try {
    format = index === undefined ? undefined : (JSON.parse(index) as { format?: unknown }).format;
  } catch {
    format = undefined;
  }
  if (format !== 'perhekeskus-published') throw new CliError(m.publishNotOurs(dir));
}

/**
 * `perhekeskus publish REGION.json --out DIR`: checks the region once as `validate` does (and on any
 * problem prints them, writes nothing and exits 1), then writes the static files of core's
 * `publishRegion` into `DIR` — `index.json`, `places.json`, `groups/<id>.json`, `year-clocks/<id>.json`,
 * `action-plan/<year>.json`, `evaluation.json` — each as `JSON.stringify(data, null, 2)` and a newline, and the HTML
 * fragments for pages without JavaScript (`html/<lang>/*.html`, `html/perhekeskus-fragments.css`) as their text, through a temporary
 * folder renamed into place so that a failed publish leaves the previous one intact. The manifest
 * names the source file and the SHA-256 of its bytes; `SOURCE_DATE_EPOCH` fixes the moment.
 *
 * @param args - the arguments after `publish`
 * @param io - the command's I/O
 * @param lang - the language of the messages
 * @returns 0 when the files were written, 1 when the region is invalid
 * @throws UsageError for a wrong command line; CliError when the file cannot be read or the folder written
 * @example
 * await publishCommand(['region.json', '--out', 'public/data/region'], io, 'en');
 * // stdout: 'Published public/data/region: 9 files (calendars 2026, 2027).\n  index.json  2001 B\n…'
 */
export async function publishCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { values, positionals } = parseCommandLine(
    {
      args,
      options: { ...commonOptions, out: { type: 'string' }, years: { type: 'string' } },
      allowPositionals: true,
    },
    m,
    'publish',
  );
  if (values.help) {
    io.stdout.write(m.help.publish);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw new UsageError(m.missingRegionFile, 'publish');
  if (extra.length > 0) throw new UsageError(m.tooManyFiles, 'publish');
  const out = values.out;
  if (out === undefined || out === '') throw new UsageError(m.missingOption('--out'), 'publish');
  const years = yearsOption(values.years, m);
  const now = publishMoment(io, m);

  const text = await readTextFile(path, io, m);
  // The digest is of the file as stored, byte-order mark included when it has one.
  const raw = await io.readFile(path);
  const data = parseJsonText(text, path, m);
  const { problems } = checkRegion(data, lang, helsinkiToday(now));
  if (problems.length > 0) {
    io.stderr.write(problems.map((problem) => `${path}: ${problem}\n`).join(''));
    io.stderr.write(`perhekeskus: ${m.publishRefused(path, problems.length)}\n`);
    return 1;
  }
  await checkOut(io, out, m);

  const { files } = publishRegion(data as Parameters<typeof publishRegion>[0], {
    now,
    sourceName: basename(path),
    sourceSha256: createHash('sha256').update(raw, 'utf8').digest('hex'),
    libraryVersion: coreVersion(),
    ...(years === undefined ? {} : { years }),
  });
  const written = files.map((file) => ({ path: file.path, text: publishedFileText(file) }));
  await replaceDirectory(io, out, written, m);

  const manifest = files[0]!.data as { years: number[]; example: boolean };
  const width = written.reduce((widest, file) => Math.max(widest, file.path.length), 0);
  const lines = [m.publishDone(out, written.length, manifest.years)];
  for (const file of written) lines.push(`  ${file.path.padEnd(width)}  ${Buffer.byteLength(file.text)} B`);
  if (manifest.example) lines.push(m.publishExample);
  io.stdout.write(lines.map((line) => `${line}\n`).join(''));
  return 0;
}
