import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluationCalendar, scheduleFor } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import { run } from '../test/harness.js';
import { pohjanmaa, regionFile } from '../test/pohjanmaa.js';

/** The content lines of an iCalendar text: unfolded (RFC 5545 §3.1), without the CRLF line ends. */
function contentLines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

/** The content lines inside VEVENTs (not those of the VTIMEZONE). */
function eventLines(ics: string): string[] {
  const lines: string[] = [];
  let inEvent = false;
  for (const line of contentLines(ics)) {
    if (line === 'BEGIN:VEVENT') inEvent = true;
    else if (line === 'END:VEVENT') inEvent = false;
    else if (inEvent) lines.push(line);
  }
  return lines;
}

/** The value of each `NAME…:value` line inside VEVENTs, event by event. */
function eventValues(ics: string, name: string): string[] {
  return eventLines(ics)
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    .map((line) => line.slice(line.indexOf(':') + 1));
}

/** `2026-03-10T13:00:00+02:00` → `20260310T130000`, the Helsinki wall-clock time as the .ics writes it. */
const localStamp = (zoned: string) => zoned.slice(0, 19).replaceAll('-', '').replaceAll(':', '');

describe('perhekeskus ics', () => {
  it('writes one VEVENT per meeting of the group, in Helsinki time, with CRLF line ends', async () => {
    const result = await run(['ics', '--group', 'steering-group', '--from', '2026-01-01', '--to', '2026-12-31']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const ics = result.stdout;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toContain('\n');

    const meetings = scheduleFor(etelaSavo, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] });
    expect(meetings.length).toBeGreaterThan(0);
    const lines = contentLines(ics);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(meetings.length);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(meetings.length);
    expect(eventValues(ics, 'DTSTART')).toEqual(meetings.map((o) => localStamp(o.start)));
    const starts = eventLines(ics).filter((l) => l.startsWith('DTSTART'));
    expect(starts.every((l) => l.startsWith('DTSTART;TZID=Europe/Helsinki:'))).toBe(true);
    // UIDs carry the region's id, not the library's name, as the widgets' files do.
    expect(eventValues(ics, 'UID').every((uid) => /^steering-group-2026\d{4}@etela-savo$/.test(uid))).toBe(true);
    expect(lines).toContain(`X-WR-CALNAME:${etelaSavo.groups[0]!.name.fi!.replaceAll(',', '\\,')}`);
  });

  it('writes titles in the chosen language', async () => {
    const args = ['ics', '--group', 'steering-group', '--from', '2026-01-01', '--to', '2026-03-31'];
    const en = await run([...args, '--lang', 'en']);
    const summaries = eventValues(en.stdout, 'SUMMARY');
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.every((s) => s === etelaSavo.groups[0]!.name.en!.replaceAll(',', '\\,'))).toBe(true);
  });

  it('writes every group’s meetings when no group is chosen', async () => {
    const result = await run(['ics', '--from', '2026-03-01', '--to', '2026-03-31']);
    const meetings = scheduleFor(etelaSavo, { from: '2026-03-01', to: '2026-03-31' });
    expect(contentLines(result.stdout).filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(meetings.length);
  });

  it('writes the evaluation calendar as all-day events: the window’s days as dates, the end exclusive', async () => {
    const result = await run(['ics', '--evaluation', '--from', '2027-01-01', '--to', '2027-12-31', '--lang', 'en']);
    expect(result.code).toBe(0);
    const tasks = evaluationCalendar(etelaSavo, { from: '2027-01-01', to: '2027-12-31' });
    expect(tasks.length).toBeGreaterThan(0);
    const starts = eventLines(result.stdout).filter((l) => l.startsWith('DTSTART'));
    const ends = eventLines(result.stdout).filter((l) => l.startsWith('DTEND'));
    const basic = (iso: string) => iso.replaceAll('-', '');
    const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(starts).toEqual(tasks.map((t) => `DTSTART;VALUE=DATE:${basic(t.window.start)}`));
    expect(ends).toEqual(tasks.map((t) => `DTEND;VALUE=DATE:${basic(dayAfter(t.window.end))}`));
    // The same UIDs as the calendar entries' ids, with the region's id.
    expect(eventValues(result.stdout, 'UID')[0]).toMatch(/^[a-z0-9-]+-2027\d{4}@etela-savo$/);
    expect(contentLines(result.stdout)).toContain('X-WR-CALNAME:Etelä-Savo: evaluation calendar');
  });

  it('writes --out into a folder as <region id>-<group id>.ics, and to a file as named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perhekeskus-ics-'));
    try {
      const args = ['ics', '--group', 'steering-group', '--from', '2026-01-01', '--to', '2026-03-31', '--lang', 'en'];
      const toStdout = await run(args);
      const inFolder = await run([...args, '--out', dir]);
      expect(inFolder).toMatchObject({ code: 0, stdout: '' });
      const file = join(dir, 'etela-savo-steering-group.ics');
      expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
      const count = contentLines(toStdout.stdout).filter((l) => l === 'BEGIN:VEVENT').length;
      expect(inFolder.stderr).toBe(`Wrote ${file}: ${count} events.\n`);

      // A folder that does not exist yet, written with a trailing slash, is made.
      const evaluation = await run(['ics', '--evaluation', '--out', `${join(dir, 'new')}/`]);
      expect(evaluation.code).toBe(0);
      expect(readdirSync(join(dir, 'new'))).toEqual(['etela-savo-evaluation.ics']);
      const all = await run(['ics', '--out', dir]);
      expect(all.code).toBe(0);
      expect(readdirSync(dir)).toContain('etela-savo-meetings.ics');

      const named = await run([...args, '--out', join(dir, 'ohjausryhma.ics')]);
      expect(named.code).toBe(0);
      expect(readFileSync(join(dir, 'ohjausryhma.ics'), 'utf8')).toBe(toStdout.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and the UIDs by the id of a region read from a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perhekeskus-ics-'));
    try {
      const region = JSON.parse(JSON.stringify(etelaSavo));
      region.id = 'testialue';
      const result = await run(['ics', 'r.json', '--group', 'steering-group', '--out', dir], {
        files: { 'r.json': JSON.stringify(region) },
      });
      expect(result.code).toBe(0);
      const ics = readFileSync(join(dir, 'testialue-steering-group.ics'), 'utf8');
      const uids = eventValues(ics, 'UID');
      expect(uids.length).toBeGreaterThan(0);
      expect(uids.every((uid) => uid.endsWith('@testialue'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an empty --out', async () => {
    const result = await run(['ics', '--out=', '--lang', 'en']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('option --out needs a value.');
  });

  it('defaults to a year from today in Helsinki', async () => {
    const result = await run(['ics', '--group', 'steering-group'], { now: '2026-06-30T22:00:00Z' });
    const meetings = scheduleFor(etelaSavo, { from: '2026-07-01', to: '2027-06-30', groups: ['steering-group'] });
    expect(eventValues(result.stdout, 'DTSTART')).toEqual(meetings.map((o) => localStamp(o.start)));
  });

  it('reads another region from --region', async () => {
    const region = JSON.parse(JSON.stringify(etelaSavo));
    region.name = { fi: 'Testialue', sv: 'Testområde', en: 'Test region' };
    region.groups = region.groups.filter((g: { id: string }) => g.id === 'meeting-place-network');
    const result = await run(['ics', '--region', 'r.json', '--from', '2026-01-01', '--to', '2026-12-31'], {
      files: { 'r.json': JSON.stringify(region) },
    });
    expect(result.code).toBe(0);
    expect(contentLines(result.stdout)).toContain('X-WR-CALNAME:Testialue: tapaamiset');
    const uids = eventValues(result.stdout, 'UID');
    expect(uids.length).toBeGreaterThan(0);
    expect(uids.every((uid) => uid.startsWith('meeting-place-network-'))).toBe(true);
  });

  it('refuses a region file that is not a valid region, quoting its problems', async () => {
    const region = JSON.parse(JSON.stringify(etelaSavo));
    region.groups[0].cadence.time = '25:00';
    const result = await run(['ics', '--region', 'r.json', '--lang', 'en'], {
      files: { 'r.json': JSON.stringify(region) },
    });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain('region description r.json is not valid (1 error):');
    expect(result.stderr).toContain('groups[0] (steering-group): field cadence.time:');
    expect(result.stderr).toContain('All errors: perhekeskus validate r.json');
  });

  it('lists the valid group ids for an unknown group (exit 2)', async () => {
    const result = await run(['ics', '--group', 'steering-grup', '--lang', 'en']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(
      'unknown group “steering-grup”. The group ids are: steering-group, family-centre-actors,',
    );
    expect(result.stderr).toContain('Help: perhekeskus ics --help');
  });

  it('warns about a group without a cadence and writes an empty calendar', async () => {
    const result = await run(['ics', '--group', 'lape-juva', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('group lape-juva has no cadence');
    expect(result.stderr).toContain('no events in the chosen period.');
    expect(contentLines(result.stdout)).not.toContain('BEGIN:VEVENT');
    expect(result.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it('rejects bad dates and unknown options with exit code 2', async () => {
    const badDate = await run(['ics', '--from', '2026-02-30', '--lang', 'en']);
    expect(badDate).toMatchObject({ code: 2, stdout: '' });
    expect(badDate.stderr).toContain('--from: the date must be given as YYYY-MM-DD');
    const order = await run(['ics', '--from', '2026-12-01', '--to', '2026-01-01']);
    expect(order.code).toBe(2);
    const unknown = await run(['ics', '--groups', 'steering-group']);
    expect(unknown).toMatchObject({
      code: 2,
      stderr: 'perhekeskus: tuntematon valinta --groups.\nOhje: perhekeskus ics --help\n',
    });
  });

  it('prints its help with --help', async () => {
    const result = await run(['ics', '-h', '--lang', 'sv']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Användning: perhekeskus ics/);
    expect(result.requests).toHaveLength(0);
  });

  it("names the convener as ORGANIZER and members and deputies with work e-mails as ATTENDEEs (the example county)", async () => {
    const result = await run(
      ['ics', 'region.json', '--group', 'steering-group', '--from', '2026-01-01', '--to', '2026-03-31'],
      { files: { 'region.json': regionFile(pohjanmaa()) } },
    );
    expect(result.code).toBe(0);
    const lines = eventLines(result.stdout);
    const meetings = contentLines(result.stdout).filter((line) => line === 'BEGIN:VEVENT').length;
    expect(meetings).toBeGreaterThan(0);
    expect(lines.filter((line) => line === 'ORGANIZER;CN=Exempel Koordinator:mailto:koordinator@example.org')).toHaveLength(
      meetings,
    );
    expect(
      lines.filter((line) => line === 'ATTENDEE;CN=Exempel Ersättare;ROLE=OPT-PARTICIPANT:mailto:ersattare.narpes@example.org'),
    ).toHaveLength(meetings);
    expect(lines.filter((line) => line.startsWith('ATTENDEE;'))).toHaveLength(4 * meetings);
  });

  it('writes no ORGANIZER or ATTENDEE for the built-in data, which records no e-mails', async () => {
    const result = await run(['ics', '--group', 'steering-group', '--from', '2026-01-01', '--to', '2026-12-31']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/ORGANIZER|ATTENDEE/);
    expect(result.stdout.replace(/\r\n[ \t]/g, '')).toContain('Esityslista:\\n1. ');
  });
});
