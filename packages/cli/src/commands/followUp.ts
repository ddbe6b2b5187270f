import {
  displayText,
  type Locale,
  type LocalizedText,
  type MeetingPlaceEvaluationDue,
  type Municipality,
  meetingPlaceCoverage,
  meetingPlaceEvaluationsDue,
  personalDataDeletionDates,
  SCHEDULE_YEARS,
  vocabularyLabel,
} from '@perhekeskus/core';
import { commonOptions, parseCommandLine } from '../args.js';
import { dateOption } from '../dates.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { loadRegion } from '../loadRegion.js';
import { messages } from '../messages.js';
import { regionFileOption } from '../regionFile.js';

const COMMAND = 'follow-up';

/** A heading underlined to its length. */
const heading = (title: string) => `${title}\n${'─'.repeat(title.length)}\n`;

/** A year of the command line: four digits within the years a schedule may cover. */
function yearOption(value: string, lang: Locale): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < SCHEDULE_YEARS.from || year > SCHEDULE_YEARS.to) {
    throw new UsageError(messages[lang].followUp.invalidYear(value, SCHEDULE_YEARS.from, SCHEDULE_YEARS.to), COMMAND);
  }
  return year;
}

/**
 * The year and day asked about: `--year` and `--date` as given; a missing year is the day's, and a
 * missing day is today, or 1 January of `--year` when today is another year.
 */
function yearAndDate(values: { year?: string; date?: string }, now: Date, lang: Locale): [number, string] {
  const m = messages[lang];
  const year = values.year === undefined ? undefined : yearOption(values.year, lang);
  let date = dateOption(values.date, '--date', now, m, COMMAND);
  if (values.date === undefined && year !== undefined && Number(date.slice(0, 4)) !== year) date = `${year}-01-01`;
  const dateYear = Number(date.slice(0, 4));
  if (dateYear < SCHEDULE_YEARS.from || dateYear > SCHEDULE_YEARS.to) {
    throw new UsageError(m.yearRange('--date', date, SCHEDULE_YEARS.from, SCHEDULE_YEARS.to), COMMAND);
  }
  return [year ?? dateYear, date];
}

/**
 * `perhekeskus follow-up [FILE]`: the coordinator's follow-up of a year from core's rules: the
 * meeting places' evaluations due (`meetingPlaceEvaluationsDue`: peer or self, the window, done or
 * not, late once the window has passed on `--date`), the municipalities with and without a meeting
 * place on `--date` (`meetingPlaceCoverage`) and the day unnecessary personal data is deleted after
 * the annual report (`personalDataDeletionDates`, 001 §19). A region without a meeting-place
 * evaluation or an annual report is told so. `--json` prints core's three results as they are.
 *
 * @param args - the arguments after `follow-up`
 * @param io - the command's I/O
 * @param lang - the language of the output
 * @returns 0
 * @throws UsageError for a wrong command line; CliError for an unusable region file
 * @example
 * await followUpCommand(['--year', '2026', '--date', '2026-01-01', '--lang', 'en'], io, 'en');
 * // stdout: 'Etelä-Savo — … \nFollow-up 2026 · as of 1 Jan 2026\n\nMeeting places' evaluations 2026: 0 of 12 done\n…'
 */
export async function followUpCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const t = m.followUp;
  const { values, positionals } = parseCommandLine(
    {
      args,
      options: {
        ...commonOptions,
        year: { type: 'string' },
        date: { type: 'string' },
        json: { type: 'boolean' },
        region: { type: 'string' },
      },
      allowPositionals: true,
    },
    m,
    COMMAND,
  );
  if (values.help) {
    io.stdout.write(m.help.followUp);
    return 0;
  }
  const [year, date] = yearAndDate(values, io.now(), lang);
  const file = regionFileOption(positionals, values.region, m, COMMAND);
  const region = await loadRegion(file, io, lang);

  const evaluations = meetingPlaceEvaluationsDue(region, year);
  const coverage = meetingPlaceCoverage(region, date);
  const personalData = personalDataDeletionDates(region, { from: `${year}-01-01`, to: `${year}-12-31` });
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ region: region.id, year, date, evaluations, coverage, personalData }, null, 2)}\n`,
    );
    return 0;
  }

  const text = (value: LocalizedText | undefined) => (value ? displayText(value, lang).text : '');
  const municipalityNames = new Map<string, string>(
    [...coverage.with.municipalities, ...coverage.without.municipalities].map((mu) => [mu.code, text(mu.name)]),
  );
  const names = (list: Municipality[]) => (list.length === 0 ? t.none : list.map((mu) => text(mu.name)).join(', '));
  const source = file === undefined ? m.builtInRegion : file;
  const out: string[] = [
    `${text(region.name)} — ${text(region.county.name)} (${source})\n`,
    `${t.title(year, date)}\n\n`,
  ];

  const done = evaluations.due.filter((row) => row.done).length;
  out.push(heading(t.evaluationsHeading(year, evaluations.due.length, done)));
  if (evaluations.activityIds.length === 0) out.push(`  ${t.noEvaluationActivity}\n`);
  else if (evaluations.due.length === 0) out.push(`  ${t.noEvaluationsDue(year)}\n`);
  // One block per evaluation (activity, kind and window), its places below it.
  const blocks = new Map<string, MeetingPlaceEvaluationDue[]>();
  for (const row of evaluations.due) {
    const key = `${row.activityId} ${row.kind} ${row.window.start}`;
    blocks.set(key, [...(blocks.get(key) ?? []), row]);
  }
  const activityName = (id: string) => text(region.evaluationActivities.find((a) => a.id === id)?.name);
  for (const rows of blocks.values()) {
    const first = rows[0]!;
    const kind = vocabularyLabel('evaluationKind', first.kind, lang, region.vocabulary).text;
    const window = `${m.date(first.window.start)}–${m.date(first.window.end)}`;
    out.push(`  ${kind} ${window} — ${activityName(first.activityId)}\n`);
    const statuses = rows.map((row) =>
      row.done ? t.done : date > row.window.end ? `${t.notDone}, ${t.late}` : t.notDone,
    );
    const width = Math.max(...statuses.map((s) => s.length));
    rows.forEach((row, i) => {
      const where = municipalityNames.get(row.municipalityCode) ?? row.municipalityCode;
      const example = row.example ? ` (${t.example})` : '';
      out.push(`    ${statuses[i]!.padEnd(width)}  ${text(row.placeName)} — ${where}${example}\n`);
    });
  }

  out.push(`\n${heading(t.coverageHeading(date, coverage.with.count, coverage.total))}`);
  out.push(`  ${t.withPlace(coverage.with.count)}: ${names(coverage.with.municipalities)}\n`);
  out.push(`  ${t.withoutPlace(coverage.without.count)}: ${names(coverage.without.municipalities)}\n`);

  out.push(`\n${heading(t.deletionHeading(year))}`);
  if (personalData.activityIds.length === 0) out.push(`  ${t.noAnnualReport}\n`);
  else if (personalData.deletions.length === 0) out.push(`  ${t.noDeletion(year)}\n`);
  for (const d of personalData.deletions) out.push(`  ${t.deletion(d.deleteOn, text(d.name), d.annualReportDate)}\n`);
  io.stdout.write(out.join(''));
  return 0;
}
