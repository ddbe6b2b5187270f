import { join } from 'node:path';
import {
  type CalendarEvent,
  displayText,
  entriesFromEvaluationCalendar,
  entriesToEvents,
  evaluationCalendar,
  type Locale,
  meetingEvents,
  toICalendar,
} from '@perhekeskus/core';
import { commonOptions, parseCommandLine } from '../args.js';
import { checkSchedulePeriod, dateOption, periodEnd } from '../dates.js';
import { CliError, UsageError } from '../errors.js';
import { chosenGroups } from '../groupOption.js';
import { icsFileName } from '../icsFileName.js';
import type { CliIo } from '../io.js';
import { loadRegion } from '../loadRegion.js';
import { type Messages, messages } from '../messages.js';
import { regionFileOption } from '../regionFile.js';
import { fileSystemOf, writeFileAtomic } from '../writeFiles.js';

/** Where `--out` writes: into a folder (one that exists, or any path ending in `/`) under the default name, else the file named. */
async function outputFile(io: CliIo, out: string, name: string, m: Messages): Promise<string> {
  const fs = fileSystemOf(io);
  try {
    const folder = /[/\\]$/.test(out) || (await fs.kind(out)) === 'directory';
    if (!folder) return out;
    await fs.mkdir(out);
  } catch (error) {
    throw new CliError(m.writeFailed(out, error instanceof Error ? error.message : String(error)));
  }
  return join(out, name);
}

/**
 * `perhekeskus ics [FILE]`: the meetings of the chosen groups (all groups when none is chosen and
 * `--evaluation` is not given) and/or the evaluation calendar, from `--from` to `--to`, as one RFC 5545
 * calendar on standard output, or with `--out` in a file (in a folder: `<region id>-<group id>.ics`,
 * see {@link icsFileName}). One VEVENT per meeting (never a recurring series, so the file lists
 * exactly the schedule's meetings; core's `meetingEvents`), with the group's convener as `ORGANIZER`,
 * its members and deputy members as `ATTENDEE`s where the region records their work e-mails (nobody
 * without one), and the meeting's agenda in the description; each evaluation task an all-day event
 * over its window. UIDs are
 * stable and carry the region's id (`steering-group-20260310@etela-savo`), so a calendar app updates
 * rather than duplicates events when the file is imported again, and keeps two counties' files apart.
 *
 * @param args - the arguments after `ics`
 * @param io - the command's I/O
 * @param lang - the language of event texts and messages
 * @returns 0
 * @throws UsageError for a wrong command line or an unknown group (listing the valid ids); CliError for an
 *   unusable region file or a file that cannot be written
 * @example
 * await icsCommand(['--group', 'steering-group', '--from', '2026-01-01', '--to', '2026-12-31'], io, 'fi');
 * // stdout: 'BEGIN:VCALENDAR\r\n…'
 */
export async function icsCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { values, positionals } = parseCommandLine(
    {
      args,
      options: {
        ...commonOptions,
        group: { type: 'string', multiple: true },
        evaluation: { type: 'boolean' },
        from: { type: 'string' },
        to: { type: 'string' },
        region: { type: 'string' },
        out: { type: 'string' },
      },
      allowPositionals: true,
    },
    m,
    'ics',
  );
  if (values.help) {
    io.stdout.write(m.help.ics);
    return 0;
  }
  if (values.out === '') throw new UsageError(m.missingValue('--out'), 'ics');
  const from = dateOption(values.from, '--from', io.now(), m, 'ics');
  const to = values.to === undefined ? periodEnd(from, 12) : dateOption(values.to, '--to', io.now(), m, 'ics');
  checkSchedulePeriod(from, to, m, 'ics');
  const region = await loadRegion(regionFileOption(positionals, values.region, m, 'ics'), io, lang);

  const groups = chosenGroups(values.group, region, m, 'ics');
  const chosen = groups.map((g) => g.id);
  // The region's id, not the library's name: two counties' meetings never share a UID.
  const uidDomain = region.id;

  const events: CalendarEvent[] = [];
  const meetings = chosen.length > 0 || !values.evaluation;
  if (meetings) {
    for (const g of groups) if (!g.cadence) io.stderr.write(`perhekeskus: ${m.noCadence(g.id)}\n`);
    const options = { from, to, locale: lang, uidDomain, ...(chosen.length > 0 ? { groups: chosen } : {}) };
    for (const event of meetingEvents(region, options)) events.push(event);
  }
  if (values.evaluation) {
    const entries = entriesFromEvaluationCalendar(evaluationCalendar(region, { from, to }));
    for (const event of entriesToEvents(entries, { locale: lang, uidDomain })) events.push(event);
  }
  if (events.length === 0) io.stderr.write(`perhekeskus: ${m.noEvents}\n`);

  const regionName = displayText(region.name, lang).text;
  const only = groups.length === 1 && !values.evaluation ? groups[0] : undefined;
  const name = only
    ? displayText(only.name, lang).text
    : meetings
      ? m.meetingsCalendarName(regionName)
      : m.evaluationCalendarName(regionName);
  const ics = toICalendar(events, { name });
  if (values.out === undefined) {
    io.stdout.write(ics);
    return 0;
  }
  const file = await outputFile(
    io,
    values.out,
    icsFileName(region.id, { groups: chosen, meetings, evaluation: values.evaluation === true }),
    m,
  );
  await writeFileAtomic(io, file, ics, m);
  io.stderr.write(`${m.icsWrote(file, events.length)}\n`);
  return 0;
}
