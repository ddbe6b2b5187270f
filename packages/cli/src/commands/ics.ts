import { parseArgs } from 'node:util';
import {
  type CalendarEvent,
  displayText,
  entriesFromEvaluationCalendar,
  entriesToEvents,
  evaluationCalendar,
  occurrencesToEvents,
  scheduleFor,
  toICalendar,
} from '@perhekeskus/core';
import { commonOptions, withUsageErrors } from '../args.js';
import { checkSchedulePeriod, dateOption, periodEnd } from '../dates.js';
import { chosenGroups } from '../groupOption.js';
import type { CliIo } from '../io.js';
import { loadRegion } from '../loadRegion.js';
import { type CliLanguage, messages } from '../messages.js';
import { regionFileOption } from '../regionFile.js';

/**
 * `perhekeskus ics [FILE]`: the meetings of the chosen groups (all groups when none is chosen and
 * `--evaluation` is not given) and/or the evaluation calendar, from `--from` to `--to`, as one RFC 5545
 * calendar on standard output. One VEVENT per meeting (never a recurring series, so the file lists
 * exactly the schedule's meetings) with stable UIDs, so a calendar app updates rather than
 * duplicates events when the file is imported again.
 *
 * @param args - the arguments after `ics`
 * @param io - the command's I/O
 * @param lang - the language of event texts and messages
 * @returns 0
 * @throws UsageError for a wrong command line or an unknown group (listing the valid ids); CliError for an unusable region file
 * @example
 * await icsCommand(['--group', 'steering-group', '--from', '2026-01-01', '--to', '2026-12-31'], io, 'fi');
 * // stdout: 'BEGIN:VCALENDAR\r\n…'
 */
export async function icsCommand(args: string[], io: CliIo, lang: CliLanguage): Promise<number> {
  const m = messages[lang];
  const { values, positionals } = withUsageErrors(
    () =>
      parseArgs({
        args,
        options: {
          ...commonOptions,
          group: { type: 'string', multiple: true },
          evaluation: { type: 'boolean' },
          from: { type: 'string' },
          to: { type: 'string' },
          region: { type: 'string' },
        },
        strict: true,
        allowPositionals: true,
      }),
    m,
    'ics',
  );
  if (values.help) {
    io.stdout.write(m.help.ics);
    return 0;
  }
  const from = dateOption(values.from, '--from', io.now(), m, 'ics');
  const to = values.to === undefined ? periodEnd(from, 12) : dateOption(values.to, '--to', io.now(), m, 'ics');
  checkSchedulePeriod(from, to, m, 'ics');
  const region = await loadRegion(regionFileOption(positionals, values.region, m, 'ics'), io, lang);

  const groups = chosenGroups(values.group, region, m, 'ics');
  const chosen = groups.map((g) => g.id);

  const events: CalendarEvent[] = [];
  const meetings = chosen.length > 0 || !values.evaluation;
  if (meetings) {
    for (const g of groups) if (!g.cadence) io.stderr.write(`perhekeskus: ${m.noCadence(g.id)}\n`);
    const occurrences = scheduleFor(region, { from, to, ...(chosen.length > 0 ? { groups: chosen } : {}) });
    events.push(...occurrencesToEvents(occurrences, { locale: lang }));
  }
  if (values.evaluation) {
    const entries = entriesFromEvaluationCalendar(evaluationCalendar(region, { from, to }));
    events.push(...entriesToEvents(entries, { locale: lang }));
  }
  if (events.length === 0) io.stderr.write(`perhekeskus: ${m.noEvents}\n`);

  const regionName = displayText(region.name, lang).text;
  const only = groups.length === 1 && !values.evaluation ? groups[0] : undefined;
  const name = only
    ? displayText(only.name, lang).text
    : meetings
      ? m.meetingsCalendarName(regionName)
      : m.evaluationCalendarName(regionName);
  io.stdout.write(toICalendar(events, { name }));
  return 0;
}
