import {
  displayText,
  formatTimeRange,
  type GroupParticipant,
  groupRoleHolder,
  invitationList,
  type Locale,
  type MeetingAgenda,
  meetingAgendas,
  modesText,
  participantName,
  type Region,
  SCHEDULE_YEARS,
  vocabularyLabel,
} from '@perhekeskus/core';
import { commonOptions, parseCommandLine } from '../args.js';
import { dateOption } from '../dates.js';
import { CliError, UsageError } from '../errors.js';
import { chosenGroups } from '../groupOption.js';
import type { CliIo } from '../io.js';
import { loadRegion } from '../loadRegion.js';
import { type Messages, messages } from '../messages.js';
import { regionFileOption } from '../regionFile.js';

const COMMAND = 'agenda';
const FORMATS = ['text', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** A printable agenda as blocks, so that each format writes the same content. */
interface AgendaDocument {
  lang: Locale;
  title: string;
  meta: string[];
  itemsHeading: string;
  items: { title: string; reason: string }[];
  noItems: string;
  reasonLabel: string;
  inviteesHeading: string;
  invitees: string[];
  noInvitees: string;
}

/**
 * The meeting the command line asks for: the group's meeting on `date`, or with no `--date` the first
 * meeting on or after today. Another day is an error naming the nearest meetings before and after it.
 */
function chosenMeeting(
  region: Region,
  groupId: string,
  groupName: string,
  date: string | undefined,
  today: string,
  m: Messages,
): MeetingAgenda {
  const day = date ?? today;
  const year = Number(day.slice(0, 4));
  const from = `${Math.max(SCHEDULE_YEARS.from, year - 1)}-01-01`;
  const to = `${Math.min(SCHEDULE_YEARS.to, year + 1)}-12-31`;
  const agendas = meetingAgendas(region, { groupId, from, to });
  const found = date === undefined ? agendas.find((a) => a.date >= day) : agendas.find((a) => a.date === day);
  if (found !== undefined) return found;
  if (agendas.length === 0 || date === undefined) throw new CliError(m.agenda.noMeetings(groupName));
  const before = agendas.filter((a) => a.date < day).at(-1);
  const after = agendas.find((a) => a.date > day);
  const nearest = [before, after].flatMap((a) => (a === undefined ? [] : [a.date]));
  throw new UsageError(m.agenda.notAMeeting(groupName, day, nearest), COMMAND);
}

/** One line about a participant: role, name or post, the post and party of a named person, work e-mail, whom a deputy stands in for. */
function participantLine(p: GroupParticipant, region: Region, lang: Locale, m: Messages, withRole = true): string {
  const text = (value: Parameters<typeof displayText>[0]) => displayText(value, lang).text;
  const role = vocabularyLabel('role', p.role, lang, region.vocabulary).text;
  const about =
    p.name === undefined ? [] : [p.title, p.party].flatMap((value) => (value === undefined ? [] : [text(value)]));
  const deputy = p.deputyOf;
  const deputyFor =
    deputy === undefined
      ? ''
      : ` — ${m.agenda.deputyOf(deputy.name ?? (deputy.title === undefined ? (deputy.personId ?? '') : text(deputy.title)))}`;
  const email = p.workEmail === undefined ? '' : ` <${p.workEmail}>`;
  return `${withRole ? `${role}: ` : ''}${participantName(p, lang)}${about.length > 0 ? ` (${about.join(', ')})` : ''}${email}${deputyFor}`;
}

function renderText(doc: AgendaDocument): string {
  const underline = (title: string, char: string) => `${title}\n${char.repeat(title.length)}\n`;
  const out = [
    underline(doc.title, '═'),
    ...doc.meta.map((line) => `${line}\n`),
    '\n',
    underline(doc.itemsHeading, '─'),
  ];
  if (doc.items.length === 0) out.push(`${doc.noItems}\n`);
  doc.items.forEach((item, i) => {
    out.push(`${i + 1}. ${item.title}\n   ${doc.reasonLabel}: ${item.reason}\n`);
  });
  out.push('\n', underline(doc.inviteesHeading, '─'));
  if (doc.invitees.length === 0) out.push(`${doc.noInvitees}\n`);
  for (const line of doc.invitees) out.push(`- ${line}\n`);
  return out.join('');
}

/** Markdown with every character that could start markup in data text escaped, so data stays text. */
function renderMarkdown(doc: AgendaDocument): string {
  // Data text only ever follows our own words on a line, so only inline markup needs escaping.
  const md = (text: string) => text.replace(/[\\`*_{}[\]<>|~&]/g, (c) => `\\${c}`);
  const out = [
    `# ${md(doc.title)}\n\n`,
    ...doc.meta.map((line) => `${md(line)}  \n`),
    '\n',
    `## ${md(doc.itemsHeading)}\n\n`,
  ];
  if (doc.items.length === 0) out.push(`${md(doc.noItems)}\n`);
  doc.items.forEach((item, i) => {
    out.push(`${i + 1}. **${md(item.title)}**  \n   ${md(doc.reasonLabel)}: ${md(item.reason)}\n`);
  });
  out.push('\n', `## ${md(doc.inviteesHeading)}\n\n`);
  if (doc.invitees.length === 0) out.push(`${md(doc.noInvitees)}\n`);
  for (const line of doc.invitees) out.push(`- ${md(line)}\n`);
  return out.join('');
}

/** A whole HTML page to print; every text is escaped, nothing from the data is markup. */
function renderHtml(doc: AgendaDocument): string {
  const h = (text: string) =>
    text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  const items =
    doc.items.length === 0
      ? `<p>${h(doc.noItems)}</p>`
      : `<ol>\n${doc.items.map((item) => `<li><strong>${h(item.title)}</strong><br>${h(doc.reasonLabel)}: ${h(item.reason)}</li>`).join('\n')}\n</ol>`;
  const invitees =
    doc.invitees.length === 0
      ? `<p>${h(doc.noInvitees)}</p>`
      : `<ul>\n${doc.invitees.map((line) => `<li>${h(line)}</li>`).join('\n')}\n</ul>`;
  return [
    '<!doctype html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(doc.title)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${h(doc.title)}</h1>`,
    ...doc.meta.map((line) => `<p>${h(line)}</p>`),
    `<h2>${h(doc.itemsHeading)}</h2>`,
    items,
    `<h2>${h(doc.inviteesHeading)}</h2>`,
    invitees,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * `perhekeskus agenda [FILE] --group ID [--date DATE]`: a printable agenda of one meeting of a group
 * (`meetingAgendas` of core): the meeting's day, time and format, who convenes it and the secretary
 * (`groupRoleHolder`), the items numbered with the reason for each, and the invitation list — members
 * and deputy members (001 §13, `invitationList`) with their work e-mails where the region records
 * them. `--date` must be a meeting of the group; another day is a usage error naming the nearest
 * meetings; without it, the next meeting from today. `--format text|markdown|html`: HTML and Markdown
 * escape every character of the data that could be markup.
 *
 * @param args - the arguments after `agenda`
 * @param io - the command's I/O
 * @param lang - the language of the output
 * @returns 0
 * @throws UsageError for a wrong command line, an unknown group or a day with no meeting; CliError for an
 *   unusable region file or a group without meetings
 * @example
 * await agendaCommand(['--group', 'steering-group', '--date', '2026-03-10', '--lang', 'en'], io, 'en');
 * // stdout: 'Agenda: Etelä-Savo steering group for children, young people and families\n═══…\nMeeting 10 Mar 2026 13:00–15:00 · …'
 */
export async function agendaCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { values, positionals } = parseCommandLine(
    {
      args,
      options: {
        ...commonOptions,
        group: { type: 'string' },
        date: { type: 'string' },
        format: { type: 'string' },
        region: { type: 'string' },
      },
      allowPositionals: true,
    },
    m,
    COMMAND,
  );
  if (values.help) {
    io.stdout.write(m.help.agenda);
    return 0;
  }
  if (values.group === undefined || values.group === '') throw new UsageError(m.missingOption('--group'), COMMAND);
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(m.agenda.invalidFormat(String(values.format)), COMMAND);
  const today = dateOption(undefined, '--date', io.now(), m, COMMAND);
  const date = values.date === undefined ? undefined : dateOption(values.date, '--date', io.now(), m, COMMAND);
  if (date !== undefined) {
    const year = Number(date.slice(0, 4));
    if (year < SCHEDULE_YEARS.from || year > SCHEDULE_YEARS.to)
      throw new UsageError(m.yearRange('--date', date, SCHEDULE_YEARS.from, SCHEDULE_YEARS.to), COMMAND);
  }
  const region = await loadRegion(regionFileOption(positionals, values.region, m, COMMAND), io, lang);
  const [group] = chosenGroups([values.group], region, m, COMMAND);
  const text = (value: Parameters<typeof displayText>[0]) => displayText(value, lang).text;
  const groupName = text(group!.name);

  const agenda = chosenMeeting(region, group!.id, groupName, date, today, m);
  const on = agenda.date;
  const who = (p: GroupParticipant | undefined) =>
    p === undefined ? m.agenda.nobody : participantLine(p, region, lang, m, false);
  const convener = groupRoleHolder(region, { groupId: group!.id, on });
  const secretary = groupRoleHolder(region, { groupId: group!.id, role: 'secretary', on });
  const meeting = agenda.meeting;
  const time = formatTimeRange(meeting.start.slice(11, 16), meeting.end.slice(11, 16), lang);
  const meta = [
    m.agenda.meeting(on, time, modesText(meeting.modes ?? meeting.mode, lang)) +
      (meeting.moved ? ` (${m.moved(meeting.moved.from, meeting.moved.reason)})` : ''),
    m.agenda.convener(vocabularyLabel('role', group!.convener, lang, region.vocabulary).text, who(convener)),
    m.agenda.secretary(who(secretary)),
  ];
  if (region.example) meta.unshift(m.agenda.example);
  const doc: AgendaDocument = {
    lang,
    title: m.agenda.title(groupName),
    meta,
    itemsHeading: m.agenda.itemsHeading,
    items: agenda.items.map((item) => ({ title: item.title[lang], reason: item.reason[lang] })),
    noItems: m.agenda.noItems,
    reasonLabel: m.agenda.reason,
    inviteesHeading: m.agenda.inviteesHeading,
    invitees: invitationList(region, { groupId: group!.id, on }).map((p) => participantLine(p, region, lang, m)),
    noInvitees: m.agenda.noInvitees,
  };
  io.stdout.write(format === 'html' ? renderHtml(doc) : format === 'markdown' ? renderMarkdown(doc) : renderText(doc));
  return 0;
}
