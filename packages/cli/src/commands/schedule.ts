import {
  displayText,
  evaluationCalendar,
  formatTime,
  holderChoices,
  holderSchedule,
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
import { type Messages, messages } from '../messages.js';
import { regionFileOption } from '../regionFile.js';

const MAX_MONTHS = 120;

/** A heading underlined to its length. */
const heading = (title: string) => `${title}\n${'─'.repeat(title.length)}\n`;

/**
 * `perhekeskus schedule [FILE]`: the coming meetings month by month and the evaluation calendar, as
 * a summary a person reads (`npm run schedule` at the repository root runs it with the built-in
 * data; a region file is given as `FILE` or `--region FILE`). Times are Helsinki wall-clock times; a
 * meeting moved off a weekend, holiday or day off says so; a group that chooses between modes shows
 * them all ("remote or hybrid"). Names follow the display rule (`displayText`). The meetings are core's
 * `scheduleFor`: nobody who convenes, leads or takes minutes has two on a day or more than two in a week.
 * With `--person ROLE|PERSON` (a role held region-wide, such as `coordinator`, or a person id) it
 * prints that person's meetings instead, with their duties at each, and the meetings per month.
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
        person: { type: 'string' },
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
  if (values.person !== undefined) {
    const { roles, people } = holderChoices(region);
    if (!roles.includes(values.person) && !people.includes(values.person)) {
      throw new UsageError(m.unknownPerson(values.person, roles, people), 'schedule');
    }
    const title = (value: LocalizedText) => displayText(value, lang).text;
    const source = file === undefined ? m.builtInRegion : file;
    const top = `${title(region.name)} — ${title(region.county.name)} (${source})\n\n`;
    io.stdout.write(top + personYear(region, values.person, from, to, chosen, m, lang));
    return 0;
  }

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

/** One person's meetings month by month, with their duties at each, and the number of meetings per month. */
function personYear(
  region: Parameters<typeof holderSchedule>[0] & { people: { id: string; name: string }[] },
  who: string,
  from: string,
  to: string,
  groups: readonly string[],
  m: Messages,
  lang: Locale,
): string {
  const text = (value: LocalizedText | undefined) => (value ? displayText(value, lang).text : '');
  const { holder, meetings: all } = holderSchedule(region, { holder: who, from, to });
  const meetings = groups.length === 0 ? all : all.filter((o) => groups.includes(o.groupId));
  const person = region.people.find((p) => p.id === holder.personId);
  const name = person ? (person.name === who ? who : `${person.name} (${who})`) : who;
  const out: string[] = [heading(m.personHeading(name, from, to, meetings.length))];
  if (meetings.length === 0) out.push(`  ${m.noMeetings}\n`);
  const perMonth = new Map<string, number>();
  let month = '';
  for (const o of meetings) {
    const key = o.start.slice(0, 7);
    perMonth.set(key, (perMonth.get(key) ?? 0) + 1);
    if (key !== month) {
      month = key;
      out.push(`  ${monthNames[lang][Number(month.slice(5)) - 1]} ${month.slice(0, 4)}\n`);
    }
    const time = formatTime(o.start.slice(11, 16), lang);
    const duties = o.duties.map((d) => m.duties[d]).join(', ');
    const notes = [
      ...(o.moved ? [m.moved(o.moved.from, o.moved.reason)] : []),
      ...(o.clash ? [m.clash(o.clash.holders)] : []),
    ];
    const note = notes.length > 0 ? ` (${notes.join('; ')})` : '';
    out.push(`    ${m.date(o.start).padEnd(11)} ${time.padEnd(10)} ${text(o.groupName)} — ${duties}${note}\n`);
  }
  out.push(`\n${heading(m.loadHeading)}`);
  // Every month of the period, a month without meetings too: the load is the point.
  const last = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1;
  for (let n = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1; n <= last; n++) {
    const year = Math.floor(n / 12);
    const key = `${year}-${String((n % 12) + 1).padStart(2, '0')}`;
    const label = `${monthNames[lang][n % 12]} ${year}`;
    out.push(`  ${label.padEnd(16)} ${m.load(perMonth.get(key) ?? 0)}\n`);
  }
  return out.join('');
}
