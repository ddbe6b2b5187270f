import {
  displayText,
  evaluationCalendar,
  formatTime,
  type Locale,
  type LocalizedText,
  modesText,
  monthNames,
  scheduleFor,
  vocabularyLabel,
} from '@perhekeskus/core';
import { commonOptions, parseCommandLine } from '../args.js';
import { checkSchedulePeriod, dateOption, periodEnd } from '../dates.js';
import { UsageError } from '../errors.js';
import { chosenGroups } from '../groupOption.js';
import type { CliIo } from '../io.js';
import { loadRegion } from '../loadRegion.js';
import { messages } from '../messages.js';
import { regionFileOption } from '../regionFile.js';

const MAX_MONTHS = 120;

/** A heading underlined to its length. */
const heading = (title: string) => `${title}\n${'─'.repeat(title.length)}\n`;

/**
 * `perhekeskus schedule [FILE]`: the coming meetings month by month and the evaluation calendar, as
 * a summary a person reads (`npm run schedule` at the repository root runs it with the built-in
 * data; a region file is given as `FILE` or `--region FILE`). Times are Helsinki wall-clock times; a
 * meeting moved off a weekend, holiday or day off says so; a group that chooses between modes shows
 * them all ("remote or hybrid"). Names follow the display rule (`displayText`).
 *
 * @param args - the arguments after `schedule`
 * @param io - the command's I/O
 * @param lang - the language of the output
 * @returns 0
 * @throws UsageError for a wrong command line or an unknown group; CliError for an unusable region file
 * @example
 * await scheduleCommand(['--from', '2026-01-01', '--months', '1', '--lang', 'en'], io, 'en');
 * // stdout: 'Etelä-Savo — …\n\nMeetings 1 Jan 2026–31 Jan 2026: 4 meetings\n…'
 */
export async function scheduleCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { values, positionals } = parseCommandLine(
    {
      args,
      options: {
        ...commonOptions,
        from: { type: 'string' },
        months: { type: 'string' },
        group: { type: 'string', multiple: true },
        region: { type: 'string' },
      },
      allowPositionals: true,
    },
    m,
    'schedule',
  );
  if (values.help) {
    io.stdout.write(m.help.schedule);
    return 0;
  }
  const from = dateOption(values.from, '--from', io.now(), m, 'schedule');
  const monthsText = values.months ?? '12';
  const months = Number(monthsText);
  if (!/^\d{1,3}$/.test(monthsText) || months < 1 || months > MAX_MONTHS) {
    throw new UsageError(m.invalidMonths(monthsText), 'schedule');
  }
  const to = periodEnd(from, months);
  checkSchedulePeriod(from, to, m, 'schedule');
  const file = regionFileOption(positionals, values.region, m, 'schedule');
  const region = await loadRegion(file, io, lang);
  const chosen = chosenGroups(values.group, region, m, 'schedule').map((g) => g.id);

  // The one display rule: the language asked for, else the other national language, English, any.
  const text = (value: LocalizedText | undefined) => (value ? displayText(value, lang).text : '');
  const out: string[] = [];
  const source = file === undefined ? m.builtInRegion : file;
  out.push(`${text(region.name)} — ${text(region.county.name)} (${source})\n\n`);

  const meetings = scheduleFor(region, { from, to, ...(chosen.length > 0 ? { groups: chosen } : {}) });
  out.push(heading(m.meetingsHeading(from, to, meetings.length)));
  if (meetings.length === 0) out.push(`  ${m.noMeetings}\n`);
  let month = '';
  for (const o of meetings) {
    if (o.start.slice(0, 7) !== month) {
      month = o.start.slice(0, 7);
      out.push(`  ${monthNames[lang][Number(month.slice(5)) - 1]} ${month.slice(0, 4)}\n`);
    }
    const time = formatTime(o.start.slice(11, 16), lang);
    const moved = o.moved ? ` (${m.moved(o.moved.from, o.moved.reason)})` : '';
    out.push(
      `    ${m.date(o.start).padEnd(11)} ${time.padEnd(10)} ${text(o.groupName)} — ${modesText(o.modes ?? o.mode, lang)}${moved}\n`,
    );
  }

  const evaluations = evaluationCalendar(region, { from, to });
  out.push(`\n${heading(m.evaluationHeading(from, to, evaluations.length))}`);
  if (evaluations.length === 0) out.push(`  ${m.noEvaluations}\n`);
  for (const e of evaluations) {
    const { start, end } = e.window;
    const window = start === end ? m.date(start) : `${m.date(start)}–${m.date(end)}`;
    const kind = e.variantKind
      ? ` — ${vocabularyLabel('evaluationKind', e.variantKind, lang, region.vocabulary).text}`
      : '';
    out.push(`  ${window.padEnd(24)} ${text(e.name)}${kind}\n`);
  }
  io.stdout.write(out.join(''));
  return 0;
}
