import { meetingPlaceCoverage, meetingPlaceEvaluationsDue, personalDataDeletionDates } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import { run } from '../test/harness.js';
import { POHJANMAA_TEXT, pohjanmaa, regionFile } from '../test/pohjanmaa.js';

const files = { 'region.json': POHJANMAA_TEXT };

/** The lines of one section: from its heading to the next empty line. */
function section(stdout: string, headingStart: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((line) => line.startsWith(headingStart));
  expect(start, headingStart).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start, end === -1 ? undefined : end);
}

describe('perhekeskus follow-up', () => {
  it('prints the evaluations due, the coverage and the deletion date of the built-in region, in Finnish', async () => {
    const result = await run(['follow-up', '--year', '2026', '--date', '2026-01-01']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = result.stdout;
    expect(out.startsWith('Etelä-Savo — ')).toBe(true);
    expect(out).toContain('Seuranta 2026 · tilanne 1.1.2026\n');

    const due = meetingPlaceEvaluationsDue(etelaSavo, 2026).due;
    const evaluations = section(out, 'Kohtaamispaikkojen arvioinnit 2026');
    expect(evaluations[0]).toBe(`Kohtaamispaikkojen arvioinnit 2026: tehty 0/${due.length}`);
    expect(evaluations[2]).toBe(
      '  kohtaamispaikan vertaisarviointi 1.9.2026–30.11.2026 — Kohtaamispaikkojen vertais- ja itsearviointi (Kaikkien perheiden paikka)',
    );
    expect(evaluations.slice(3)).toHaveLength(due.length);
    expect(evaluations).toContain('    tekemättä  Rantasalmen avoin kohtaamispaikka — Rantasalmi');
    expect(evaluations).toContain('    tekemättä  Esimerkki: perheiden kohtaamispaikka (Juva) — Juva (esimerkki)');

    const coverage = section(out, 'Kunnat, joissa on kohtaamispaikka');
    expect(coverage[0]).toBe('Kunnat, joissa on kohtaamispaikka 1.1.2026: 10/12');
    expect(coverage).toContain('  Ei kohtaamispaikkaa (2): Enonkoski, Hirvensalmi');
    expect(coverage.find((line) => line.startsWith('  Kohtaamispaikka (10): '))).toContain('Rantasalmi');

    const deletion = section(out, 'Tarpeettomien henkilötietojen poisto 2026');
    expect(deletion[2]).toBe(
      '  1.3.2026: poista tarpeettomat henkilötiedot — Toimintaraportti koottu viimeistään 28.2.2026',
    );
  });

  it('counts nine municipalities on a day of 2025 and marks an evaluation late once its window has passed', async () => {
    const result = await run(['follow-up', '--date', '2025-12-31', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Follow-up 2025 · as of 31 Dec 2025\n');
    expect(result.stdout).toContain('Municipalities with a meeting place on 31 Dec 2025: 9 of 12\n');
    expect(result.stdout).toContain('  Without a meeting place (3): Enonkoski, Hirvensalmi, Rantasalmi\n');
    // The English short month is the runtime's (ICU): "Sep" or "Sept".
    expect(result.stdout).toMatch(/ {2}meeting-place self-evaluation 1 Sept? 2025–30 Nov 2025 — Meeting-place peer/);
    expect(result.stdout).toMatch(/ {4}not done, late {2}Example: family meeting place \(Juva\) — Juva \(example\)\n/);
    expect(result.stdout).not.toContain('Rantasalmi open meeting place');
    expect(result.stdout).not.toContain("young people's meeting place");
  });

  it('follows the example county’s own cadence and says it has no annual report (examples/pohjanmaa, Swedish)', async () => {
    const result = await run(['follow-up', 'region.json', '--year', '2026', '--date', '2026-03-10', '--lang', 'sv'], {
      files,
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = result.stdout;
    expect(out.startsWith('Österbotten (exempel) — Österbottens välfärdsområde (region.json)\n')).toBe(true);
    expect(out).toContain('Mötesplatsernas utvärderingar 2026: gjorda 1/4\n');
    expect(out).toContain('  kollegial utvärdering av mötesplatsen 1.4.2026–31.5.2026');
    expect(out).toMatch(/ {4}gjord {7}Familjecaféet i Vasa — Vasa \(exempel\)\n/);
    expect(out).toMatch(/ {4}inte gjord {2}Öppet hus i Korsholm — Korsholm \(exempel\)\n/);
    expect(out).toContain('  områdesbeskrivningen har ingen verksamhetsberättelse');
  });

  it('says so when the region has no meeting-place evaluation, instead of inventing one', async () => {
    const region = pohjanmaa();
    region.evaluationActivities = region.evaluationActivities.filter(
      (a: { id: string }) => a.id !== 'meeting-place-evaluation',
    );
    const result = await run(['follow-up', 'region.json', '--year', '2026', '--lang', 'en'], {
      files: { 'region.json': regionFile(region) },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Meeting places' evaluations 2026: 0 of 0 done\n");
    expect(result.stdout).toContain('  the region description has no meeting-place evaluation (evaluationActivities)');
  });

  it('prints core’s three results as JSON with --json', async () => {
    const result = await run(['follow-up', '--year', '2026', '--date', '2026-01-01', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout);
    expect(json).toEqual(
      JSON.parse(
        JSON.stringify({
          region: 'etela-savo',
          year: 2026,
          date: '2026-01-01',
          evaluations: meetingPlaceEvaluationsDue(etelaSavo, 2026),
          coverage: meetingPlaceCoverage(etelaSavo, '2026-01-01'),
          personalData: personalDataDeletionDates(etelaSavo, { from: '2026-01-01', to: '2026-12-31' }),
        }),
      ),
    );
    expect(json.coverage.with.count).toBe(10);
  });

  it('takes today in Helsinki, and 1 January of --year when today is in another year', async () => {
    const now = '2026-05-31T21:30:00Z'; // 1 June 2026 in Helsinki
    expect((await run(['follow-up', '--lang', 'en'], { now })).stdout).toContain('Follow-up 2026 · as of 1 Jun 2026\n');
    expect((await run(['follow-up', '--year', '2027', '--lang', 'en'], { now })).stdout).toContain(
      'Follow-up 2027 · as of 1 Jan 2027\n',
    );
    expect((await run(['follow-up', '--year', '2026', '--lang', 'en'], { now })).stdout).toContain(
      'Follow-up 2026 · as of 1 Jun 2026\n',
    );
  });

  it('rejects a wrong year or date in the user’s language (exit 2)', async () => {
    for (const year of ['26', '1900', '2201', 'x', '2026.0']) {
      const result = await run(['follow-up', '--year', year, '--lang', 'en']);
      expect(result.code, year).toBe(2);
      expect(result.stderr).toContain(`--year: give a year 1922–2200; got “${year}”.`);
      expect(result.stderr).toContain('Help: perhekeskus follow-up --help');
    }
    const fi = await run(['follow-up', '--year', '20266']);
    expect(fi.stderr).toContain('--year: anna vuosi 1922–2200; nyt ”20266”.');
    const date = await run(['follow-up', '--date', '2026-02-30', '--lang', 'sv']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--date');
    const early = await run(['follow-up', '--date', '1900-01-01', '--lang', 'en']);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('--date: ');
    const unknown = await run(['follow-up', '--month', '3']);
    expect(unknown).toMatchObject({
      code: 2,
      stderr: 'perhekeskus: tuntematon valinta --month.\nOhje: perhekeskus follow-up --help\n',
    });
  });

  it('prints its help with --help, and is listed in the main help', async () => {
    const result = await run(['follow-up', '--help', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: perhekeskus follow-up /);
    for (const lang of ['fi', 'sv', 'en']) {
      expect((await run(['--help', '--lang', lang])).stdout).toMatch(/^ {2}follow-up \[/m);
    }
  });
});
