import { evaluationCalendar, holderSchedule, scheduleFor } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import { run } from '../test/harness.js';

const finnishDate = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d}.${m}.${y}`;
};

/** A region with one group meeting on the first Monday of each month: Easter Monday 6 April 2026 moves. */
function mondayRegion() {
  const region = JSON.parse(JSON.stringify(etelaSavo));
  region.groups = [
    {
      ...region.groups[0],
      id: 'monday-group',
      name: { fi: 'Maanantairyhmä', sv: 'Måndagsgruppen', en: 'Monday group' },
      cadence: { kind: 'monthly', weekday: 1, weekOfMonth: 1, time: '10:00', mode: 'remote' },
    },
  ];
  region.yearClocks = [];
  region.evaluationActivities = [];
  return region;
}

describe('perhekeskus schedule', () => {
  it('lists the meetings month by month and the evaluations, in Finnish by default', async () => {
    const result = await run(['schedule', '--from', '2026-01-01', '--months', '3']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = result.stdout;
    const meetings = scheduleFor(etelaSavo, { from: '2026-01-01', to: '2026-03-31' });
    const evaluations = evaluationCalendar(etelaSavo, { from: '2026-01-01', to: '2026-03-31' });
    expect(out.startsWith('Etelä-Savo — ')).toBe(true);
    expect(out).toContain('(sisäänrakennettu aineisto)');
    expect(out).toContain(`Tapaamiset 1.1.2026–31.3.2026: ${meetings.length} tapaamista\n`);
    expect(out).toContain(`Arviointikalenteri 1.1.2026–31.3.2026: ${evaluations.length} arviointia\n`);
    for (const month of ['tammikuu 2026', 'helmikuu 2026', 'maaliskuu 2026']) expect(out).toContain(`  ${month}\n`);
    const meetingLines = out.split('\n').filter((line) => /^ {4}\d/.test(line));
    expect(meetingLines).toHaveLength(meetings.length);
    meetings.forEach((o, i) => {
      expect(meetingLines[i]).toContain(finnishDate(o.start));
      expect(meetingLines[i]).toContain(o.groupName.fi);
    });
    for (const e of evaluations) expect(out).toContain(e.name.fi);
  });

  it('writes times and dates as each language writes them', async () => {
    const [first] = scheduleFor(etelaSavo, { from: '2026-01-01', to: '2026-01-31', groups: ['steering-group'] });
    const hour = String(Number(first!.start.slice(11, 13)));
    const minutes = first!.start.slice(14, 16);
    const en = await run(['schedule', '--from', '2026-01-01', '--months', '1', '--lang', 'en']);
    expect(en.stdout).toContain('  January 2026\n');
    expect(en.stdout).toMatch(new RegExp(`\\d+ Jan 2026 +${hour}:${minutes} +${first!.groupName.en}`));
    const fi = await run(['schedule', '--from', '2026-01-01', '--months', '1']);
    expect(fi.stdout).toMatch(new RegExp(`klo ${hour}\\.${minutes} +${first!.groupName.fi}`));
    const sv = await run(['schedule', '--from', '2026-01-01', '--months', '1', '--lang', 'sv']);
    expect(sv.stdout).toContain('  januari 2026\n');
    expect(sv.stdout).toContain(`kl. ${hour}.${minutes}`);
  });

  it('says when a meeting moved off a holiday, and why', async () => {
    const files = { 'r.json': JSON.stringify(mondayRegion()) };
    const fi = await run(['schedule', '--region', 'r.json', '--from', '2026-04-01', '--months', '1'], { files });
    expect(fi.code).toBe(0);
    expect(fi.stdout).toContain('(r.json)');
    expect(fi.stdout).toContain('Maanantairyhmä — etäkokous (siirretty 6.4.2026 → pyhäpäivä)');
    expect(fi.stdout).toContain('  ei arviointeja\n');
    const en = await run(['schedule', '--region', 'r.json', '--from', '2026-04-01', '--months', '1', '--lang', 'en'], {
      files,
    });
    expect(en.stdout).toContain('Monday group — remote (moved from 6 Apr 2026: public holiday)');
  });

  it('shows only the chosen groups with --group', async () => {
    const result = await run(['schedule', '--from', '2026-01-01', '--group', 'steering-group', '--lang', 'en']);
    const meetings = scheduleFor(etelaSavo, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] });
    const lines = result.stdout.split('\n').filter((line) => /^ {4}\d/.test(line));
    expect(lines).toHaveLength(meetings.length);
    expect(lines.every((line) => line.includes(etelaSavo.groups[0]!.name.en!))).toBe(true);
  });

  it('starts today in Helsinki and covers twelve months by default', async () => {
    const result = await run(['schedule', '--lang', 'en'], { now: '2026-02-28T22:30:00Z' });
    expect(result.stdout).toContain('Meetings 1 Mar 2026–28 Feb 2027:');
  });

  it('rejects a number of months that is not a whole number 1–120 (exit 2)', async () => {
    for (const months of ['0', '121', 'x', '1.5', '-1']) {
      const result = await run(['schedule', `--months=${months}`, '--lang', 'en']);
      expect(result.code, months).toBe(2);
      expect(result.stderr).toContain(`--months: give a whole number 1–120; got “${months}”.`);
    }
  });

  it('rejects an unknown group and unknown options (exit 2)', async () => {
    const group = await run(['schedule', '--group', 'nobody']);
    expect(group.code).toBe(2);
    expect(group.stderr).toContain('tuntematon ryhmä ”nobody”');
    const option = await run(['schedule', '--to', '2026-12-31']);
    expect(option).toMatchObject({
      code: 2,
      stderr: 'perhekeskus: tuntematon valinta --to.\nOhje: perhekeskus schedule --help\n',
    });
  });

  it('prints its help with --help', async () => {
    const result = await run(['schedule', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Käyttö: perhekeskus schedule/);
  });

  it('shows the coordinator’s year with --person coordinator: duties, moves and the meetings of every month', async () => {
    const result = await run(['schedule', '--person', 'coordinator', '--from', '2026-01-01', '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = result.stdout;
    const { meetings } = holderSchedule(etelaSavo, { holder: 'coordinator', from: '2026-01-01', to: '2026-12-31' });
    expect(out).toContain(
      `Hanna Kokkonen (coordinator): meetings 1 Jan 2026–31 Dec 2026: ${meetings.length} meetings\n`,
    );
    const lines = out.split('\n').filter((line) => /^ {4}\d/.test(line));
    expect(lines).toHaveLength(meetings.length);
    expect(lines[0]).toMatch(/^ {4}13 Jan 2026 +13:00 +Etelä-Savo steering group .* — secretary$/);
    // The trainers' February meeting left the coordinator's crowded week, and says so.
    expect(lines.find((l) => l.includes('trainers') && l.includes('Feb 2026'))).toContain(
      '— convenes (moved from 12 Feb 2026: clash with another meeting)',
    );
    expect(out).toContain('Meetings per month\n');
    expect(out).toMatch(/\n {2}July 2026 +0 meetings\n/);
    const february = meetings.filter((o) => o.start.startsWith('2026-02')).length;
    expect(out).toMatch(new RegExp(`\\n {2}February 2026 +${february} meetings\\n`));
  });

  it('takes a person id for --person, in Finnish by default', async () => {
    const result = await run(['schedule', '--person', 'elina-heiskanen', '--from', '2026-01-01']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Elina Heiskanen (elina-heiskanen): tapaamiset 1.1.2026–31.12.2026: 5 tapaamista');
    expect(result.stdout).toContain('— kutsuu koolle, vastuuhenkilö');
    expect(result.stdout).toContain('— vetovuoro');
  });

  it('rejects an unknown --person, listing the roles and people to choose from', async () => {
    const result = await run(['schedule', '--person', 'janitor', '--lang', 'sv']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--person: ”janitor” är varken en roll för hela området eller en person');
    expect(result.stderr).toContain('roller: coordinator, signatory');
    expect(result.stderr).toContain('hanna-kokkonen');
  });

  it('documents --person in its help', async () => {
    for (const lang of ['fi', 'sv', 'en']) {
      const result = await run(['schedule', '--help', '--lang', lang]);
      expect(result.stdout).toContain('--person');
      expect(result.stdout).toContain('schedule --person coordinator');
    }
  });
});
