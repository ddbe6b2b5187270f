import { groupRoleHolder, invitationList, meetingAgendas, scheduleFor } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import { run } from '../test/harness.js';
import { pohjanmaa, regionFile } from '../test/pohjanmaa.js';

const steering2026 = () =>
  scheduleFor(etelaSavo, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] }).map((o) =>
    o.start.slice(0, 10),
  );

describe('perhekeskus agenda', () => {
  it("prints the steering group's agenda for 10 March 2026 with numbered items, reasons and the invitation list", async () => {
    expect(steering2026()).toContain('2026-03-10');
    const result = await run(['agenda', '--group', 'steering-group', '--date', '2026-03-10']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = result.stdout;
    const [agenda] = meetingAgendas(etelaSavo, { groupId: 'steering-group', from: '2026-03-10', to: '2026-03-10' });
    expect(out.startsWith(`Esityslista: ${etelaSavo.groups[0]!.name.fi}\n`)).toBe(true);
    expect(out).toContain('Kokous 10.3.2026 klo 13.00–15.00');
    expect(out).toContain('Koollekutsuja (puheenjohtaja): sopimuskaudeksi valittu puheenjohtaja');
    expect(out).toContain('Sihteeri: Hanna Kokkonen (perhekeskuskoordinaattori, ');
    expect(agenda!.items.length).toBeGreaterThan(0);
    agenda!.items.forEach((item, i) => {
      expect(out).toContain(`${i + 1}. ${item.title.fi}\n   Peruste: ${item.reason.fi}\n`);
    });
    const invited = invitationList(etelaSavo, { groupId: 'steering-group', on: '2026-03-10' });
    expect(out.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(invited.length);
    expect(out).toContain('- edustaja: hyvinvointijohtaja (Rantasalmen kunta)\n');
  });

  it('names the nearest meetings when the day is not a meeting of the group, in the chosen language', async () => {
    const dates = steering2026();
    const result = await run(['agenda', '--group', 'steering-group', '--date', '2026-03-11', '--lang', 'en']);
    expect(result.code).toBe(2);
    const before = dates.filter((d) => d < '2026-03-11').at(-1)!;
    const after = dates.find((d) => d > '2026-03-11')!;
    const en = (iso: string) =>
      new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
    expect(result.stderr).toContain(
      `has no meeting on 11 Mar 2026. The nearest meetings: ${en(before)}, ${en(after)}.`,
    );
    const fi = await run(['agenda', '--group', 'steering-group', '--date', '2026-03-11']);
    expect(fi.stderr).toContain('ei ole kokousta 11.3.2026. Lähimmät kokoukset: 10.3.2026, ');
  });

  it('prints the next meeting from today without --date', async () => {
    const result = await run(['agenda', '--group', 'steering-group', '--lang', 'sv'], { now: '2026-03-11T10:00:00Z' });
    expect(result.code).toBe(0);
    const next = steering2026().find((d) => d >= '2026-03-11')!;
    const [, m, d] = next.split('-').map(Number);
    expect(result.stdout).toContain(`Möte ${d}.${m}.2026 kl. 13.00–15.00`);
  });

  it("lists the example county's members and deputies with their work e-mails and marks the data as an example", async () => {
    const region = pohjanmaa();
    const [first] = scheduleFor(region, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] });
    const date = first!.start.slice(0, 10);
    const result = await run(['agenda', 'region.json', '--group', 'steering-group', '--date', date, '--lang', 'sv'], {
      files: { 'region.json': regionFile(region) },
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Exempeldata: påhittade, inte verkliga.');
    expect(result.stdout).toContain('Sammankallare (koordinator): Exempel Koordinator');
    expect(result.stdout).toContain('<ersattare.narpes@example.org> — ersättare för socialdirektören');
    expect(result.stdout).toContain('<varajasen.vaasa@example.org> — ersättare för Esimerkki Jäsen');
    const convener = groupRoleHolder(region, { groupId: 'steering-group' });
    expect(convener?.workEmail).toBe('koordinator@example.org');
  });

  it('escapes everything in HTML and Markdown', async () => {
    const region = pohjanmaa();
    region.people.find((p: { id: string }) => p.id === 'example-chair').name = '<script>alert(1)</script> *Ö* & "x"';
    const [first] = scheduleFor(region, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] });
    const args = ['agenda', 'region.json', '--group', 'steering-group', '--date', first!.start.slice(0, 10)];
    const files = { 'region.json': regionFile(region) };
    const html = await run([...args, '--format', 'html', '--lang', 'en'], { files });
    expect(html.code).toBe(0);
    expect(html.stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.stdout).not.toContain('<script>');
    expect(html.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; *Ö* &amp; &quot;x&quot;');
    const md = await run([...args, '--format', 'markdown'], { files });
    expect(md.stdout).toContain('\\<script\\>alert(1)\\</script\\> \\*Ö\\* \\& "x"');
    expect(md.stdout).toMatch(/^# Esityslista: /);
  });

  it('checks its arguments', async () => {
    expect((await run(['agenda'])).stderr).toContain('--group');
    const format = await run(['agenda', '--group', 'steering-group', '--date', '2026-03-10', '--format', 'pdf']);
    expect(format).toMatchObject({ code: 2 });
    expect(format.stderr).toContain('--format on text, markdown tai html, ei ”pdf”.');
    const group = await run(['agenda', '--group', 'nope', '--date', '2026-03-10']);
    expect(group.code).toBe(2);
    expect(group.stderr).toContain('steering-group');
    expect((await run(['agenda', '--group', 'steering-group', '--date', '2026-02-30'])).code).toBe(2);
    const help = await run(['agenda', '--help', '--lang', 'en']);
    expect(help.stdout).toContain('Usage: perhekeskus agenda');
  });
});
