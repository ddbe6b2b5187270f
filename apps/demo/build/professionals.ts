/**
 * The professionals' page (ammattilaisille) content, computed at build time from core: every group
 * of the action plan (002) with who convenes it, how often it meets (`describeCadence`), its next
 * meetings (`scheduleFor`, which keeps one person's meetings apart) and a calendar file per group
 * (`meetingEvents` + `toICalendar`: the agenda items in each description).
 * Every text from the data goes through the escaping `html` tag.
 */
import {
  type DisplayText,
  describeCadence,
  displayText,
  formatTimeRange,
  type Group,
  type GroupLevel,
  type GroupOccurrence,
  type LocalizedText,
  meetingEvents,
  modesText,
  type Person,
  type Region,
  type RoleAssignment,
  scheduleFor,
  toICalendar,
  type Vocabulary,
  vocabularyLabel,
} from '@perhekeskus/core';
import { html, type RawHtml } from './escapeHtml.js';

/** The part of a region this page reads. */
export interface GroupSource {
  readonly groups: readonly Group[];
  /** The people and region-wide roles, so that one person's meetings do not clash (`scheduleFor`). */
  readonly people?: readonly Person[];
  readonly roleAssignments?: readonly RoleAssignment[];
  /** The kinds and roles the region declares, for their labels. */
  readonly vocabulary?: Vocabulary;
}

/**
 * Text shown on this Finnish page: by the one display rule, and marked with its language when the
 * rule had to pick another one (WCAG 2.1, 3.1.2 Language of Parts), e.g. a Swedish-only name.
 *
 * @param text - a text of the data, or a label already picked (`vocabularyLabel`)
 * @returns the escaped markup
 * @example
 * shownFi({ sv: 'Familjerådet' }).value; // '<span lang="sv">Familjerådet</span>'
 * shownFi({ fi: 'Johtoryhmä', sv: 'Ledningsgruppen' }).value; // 'Johtoryhmä'
 */
export function shownFi(text: LocalizedText | DisplayText): RawHtml {
  const shown = 'lang' in text && 'text' in text ? (text as DisplayText) : displayText(text as LocalizedText, 'fi');
  return shown.lang === 'fi' ? html`${shown.text}` : html`<span lang="${shown.lang}">${shown.text}</span>`;
}

/** One `.ics` file to publish. */
export interface GroupCalendarFile {
  readonly groupId: string;
  /** The file's path from the site root without the leading slash: `ics/steering-group.ics`. */
  readonly fileName: string;
  readonly content: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SAFE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const weekdaysFi = ['sunnuntai', 'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai'];

const levelHeadings: readonly { level: GroupLevel; heading: string; id: string }[] = [
  { level: 'county', heading: 'Maakunnalliset ryhmät ja verkostot', id: 'maakunnalliset' },
  { level: 'area', heading: 'Perhekeskusalueiden kehittäjäryhmät', id: 'alueelliset' },
  { level: 'municipal', heading: 'Kuntien lasten, nuorten ja perheiden työryhmät', id: 'kunnalliset' },
  { level: 'national', heading: 'Kansalliset verkostot', id: 'kansalliset' },
];

function parseDay(date: string): [number, number, number] {
  const m = ISO_DAY.exec(date);
  if (!m) throw new Error(`Expected a YYYY-MM-DD date, got ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * The last day of the twelve months that start on a date: the day before the same date a year later.
 *
 * @param date - the first day, `YYYY-MM-DD`
 * @returns the last day, `YYYY-MM-DD`
 * @example
 * twelveMonthsFrom('2026-11-25'); // '2027-11-24'
 */
export function twelveMonthsFrom(date: string): string {
  const [y, m, d] = parseDay(date);
  return new Date(Date.UTC(y + 1, m - 1, d - 1)).toISOString().slice(0, 10);
}

/**
 * A date in Finnish for people: `25.11.2026`.
 *
 * @param date - `YYYY-MM-DD`
 * @returns the day, month and year without leading zeros
 * @example
 * formatDateFi('2026-03-05'); // '5.3.2026'
 */
export function formatDateFi(date: string): string {
  const [y, m, d] = parseDay(date);
  return `${d}.${m}.${y}`;
}

/**
 * One meeting in Finnish: weekday, date, Helsinki time, mode (or the modes the group chooses between:
 * "etäkokous tai hybridikokous"), and why it moved if it did.
 * The occurrence's times carry Helsinki's own offset, so their wall-clock digits are Helsinki time.
 *
 * @param occurrence - a scheduled meeting
 * @returns e.g. `tiistai 8.12.2026 klo 13.00–15.00, etäkokous`
 * @example
 * formatMeetingFi({ start: '2026-12-08T13:00:00+02:00', end: '2026-12-08T15:00:00+02:00', mode: 'remote' });
 * // 'tiistai 8.12.2026 klo 13.00–15.00, etäkokous'
 */
export function formatMeetingFi(
  occurrence: Pick<GroupOccurrence, 'start' | 'end' | 'mode' | 'modes' | 'moved'>,
): string {
  const day = occurrence.start.slice(0, 10);
  const [y, m, d] = parseDay(day);
  const weekday = weekdaysFi[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  const time = formatTimeRange(occurrence.start.slice(11, 16), occurrence.end.slice(11, 16), 'fi');
  const moved = occurrence.moved
    ? ` (siirretty päivältä ${formatDateFi(occurrence.moved.from)}: ${movedReasonFi[occurrence.moved.reason]})`
    : '';
  return `${weekday} ${formatDateFi(day)} ${time}, ${modesText(occurrence.modes ?? occurrence.mode, 'fi')}${moved}`;
}

const movedReasonFi = {
  weekend: 'viikonloppu',
  holiday: 'pyhäpäivä',
  'day-off': 'vapaapäivä',
  conflict: 'saman vetäjän tai sihteerin toinen kokous',
} as const;

/**
 * Who convenes a group, in Finnish: the role (one the region declares too) and, when the group names
 * it, the post (`koordinaattori (perhekeskuskoordinaattori)`), each marked with its language when it
 * is not Finnish. People are not named on the page, only posts.
 *
 * @param group - the group
 * @param vocabulary - the region's own roles, if any
 * @returns the markup
 * @example
 * convenerFi({ convener: 'chair', members: [] } as unknown as Group).value; // 'puheenjohtaja'
 */
export function convenerFi(group: Pick<Group, 'convener' | 'members'>, vocabulary?: Vocabulary): RawHtml {
  const role = vocabularyLabel('role', group.convener, 'fi', vocabulary);
  const seen = new Set<string>([role.text]);
  const titles: DisplayText[] = [];
  for (const member of group.members) {
    if (member.role !== group.convener || member.title === undefined) continue;
    const title = displayText(member.title, 'fi');
    if (seen.has(title.text)) continue;
    seen.add(title.text);
    titles.push(title);
  }
  return titles.length
    ? html`${shownFi(role)} (${titles.map((t, i) => html`${i > 0 ? ', ' : ''}${shownFi(t)}`)})`
    : shownFi(role);
}

/**
 * The path of a group's calendar file from the site root, checked to be a plain file name.
 *
 * @param groupId - the group's id
 * @returns `ics/<groupId>.ics`
 * @throws Error when the id is not lowercase letters, digits and hyphens
 * @example
 * calendarFileName('steering-group'); // 'ics/steering-group.ics'
 */
export function calendarFileName(groupId: string): string {
  if (!SAFE_ID.test(groupId)) throw new Error(`Not a safe file name for a group id: ${groupId}`);
  return `ics/${groupId}.ics`;
}

/**
 * The calendar file of every group that has meetings in a period.
 *
 * @param region - the region
 * @param period - `from` and `to`, inclusive (`YYYY-MM-DD`)
 * @returns one file per group with meetings, in the order of the groups
 * @example
 * groupCalendarFiles(etelaSavo, { from: '2026-11-25', to: '2029-12-31' })[0].fileName; // 'ics/steering-group.ics'
 */
export function groupCalendarFiles(region: Region, period: { from: string; to: string }): GroupCalendarFile[] {
  const files: GroupCalendarFile[] = [];
  for (const group of region.groups) {
    if (!group.cadence) continue;
    // The agenda items and, where work e-mails are known, the organiser and attendees come with them.
    const events = meetingEvents(region, { ...period, groups: [group.id], locale: 'fi' });
    if (events.length === 0) continue;
    const name = displayText(group.name, 'fi').text;
    const content = toICalendar(events, { name, description: describeCadence(group.cadence, 'fi') });
    files.push({ groupId: group.id, fileName: calendarFileName(group.id), content });
  }
  return files;
}

/** Options of {@link renderGroupsSection}. */
export interface GroupsSectionOptions {
  /** The first day of the listed meetings: the build date (`YYYY-MM-DD`). */
  readonly from: string;
  /** The last day of the listed meetings (`YYYY-MM-DD`). */
  readonly to: string;
  /** The link to a group's calendar file, or `undefined` when it has none. */
  readonly calendarHref: (groupId: string) => string | undefined;
}

/**
 * The professionals' page section: a contents list by level, then every group with its kind, its
 * convener, its cadence (or what the sources say instead), its meetings in the period and its
 * calendar link. Headings start at `<h2>`.
 * @param source - the region (its groups, and its people and roles for the schedule)
 * @param source - the region (only `groups` is read)
 * @param options - the period and the calendar links
 * @returns the markup
 * @example
 * renderGroupsSection(etelaSavo, { from: '2026-11-25', to: '2027-11-24', calendarHref }).value;
 * // '<nav class="toc" …>…<h3 id="ryhma-steering-group">Etelä-Savon lasten, nuorten ja perheiden johtoryhmä</h3>…'
 */
export function renderGroupsSection(source: GroupSource, options: GroupsSectionOptions): RawHtml {
  const meetings = scheduleFor(
    {
      groups: [...source.groups],
      people: [...(source.people ?? [])],
      roleAssignments: [...(source.roleAssignments ?? [])],
    },
    { from: options.from, to: options.to },
  );
  const byGroup = new Map<string, GroupOccurrence[]>();
  for (const meeting of meetings) {
    const list = byGroup.get(meeting.groupId) ?? [];
    list.push(meeting);
    byGroup.set(meeting.groupId, list);
  }
  const levels = levelHeadings
    .map((l) => ({ ...l, groups: source.groups.filter((g) => g.level === l.level) }))
    .filter((l) => l.groups.length > 0);
  const toc = levels.map((l) => html`<li><a href="#${l.id}">${l.heading}</a> (${l.groups.length})</li>`);
  const sections = levels.map(
    (l) => html`<section class="group-level" aria-labelledby="${l.id}">
<h2 id="${l.id}">${l.heading}</h2>
${l.groups.map((g) => renderGroup(g, byGroup.get(g.id) ?? [], options.calendarHref(g.id), source.vocabulary))}
</section>`,
  );
  return html`<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">Ryhmät tasoittain</h2>
<ul>${toc}</ul>
</nav>
${sections}`;
}

function renderGroup(
  group: Group,
  meetings: readonly GroupOccurrence[],
  calendarHref: string | undefined,
  vocabulary: Vocabulary | undefined,
): RawHtml {
  const headingId = `ryhma-${group.id}`;
  const name = shownFi(group.name);
  const cadence = group.cadence
    ? describeCadence(group.cadence, 'fi')
    : group.cadenceNote
      ? shownFi(group.cadenceNote)
      : 'Kokoontumistiheyttä ei ole kerrottu lähteissä.';
  const list = meetings.length
    ? html`<ol class="meetings">${meetings.map(
        (m) =>
          html`<li><time datetime="${m.start}">${formatMeetingFi(m)}</time>${m.title ? html`<br /><span class="meeting-title">${shownFi(m.title)}</span>` : ''}</li>`,
      )}</ol>`
    : html`<p class="no-meetings">Ei laskettuja kokouksia tällä jaksolla: lähteet eivät kerro kokousaikoja.</p>`;
  const calendar = calendarHref
    ? html`<p class="calendar-link"><a href="${calendarHref}" type="text/calendar">Tilaa kokoukset kalenteriin (.ics)<span class="visually-hidden">: ${name}</span></a></p>`
    : '';
  return html`<article class="group" aria-labelledby="${headingId}">
<h3 id="${headingId}">${name}</h3>
<p class="group-kind">${shownFi(vocabularyLabel('groupKind', group.kind, 'fi', vocabulary))}</p>
<dl class="facts">
<div><dt>Kutsuu koolle</dt><dd>${convenerFi(group, vocabulary)}</dd></div>
<div><dt>Kokoontuu</dt><dd>${cadence}</dd></div>
</dl>
<h4>Seuraavat kokoukset</h4>
${list}
${calendar}
</article>`;
}
