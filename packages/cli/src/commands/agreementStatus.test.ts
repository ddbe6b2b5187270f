import { agreementStatus } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import { run } from '../test/harness.js';
import { pohjanmaa, regionFile } from '../test/pohjanmaa.js';

const ID = 'etela-savo-2026-2029';

describe('perhekeskus agreement-status', () => {
  it('shows Rantasalmi as approved by KHALL 03.11.2025 § 331 and the other parties as still to act, in Finnish', async () => {
    const result = await run(['agreement-status', '--agreement', ID, '--date', '2026-03-01']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = result.stdout;
    expect(out.startsWith('Etelä-Savon perhekeskustoiminnan yhteistyösopimus vuosille 2026–2029\n')).toBe(true);
    expect(out).toContain(`${ID} · sopimuskausi 1.1.2026–31.12.2029 · Etelä-Savo (sisäänrakennettu aineisto)\n`);
    expect(out).toContain(
      'Tilanne 1.3.2026: 13 osapuolta — allekirjoittanut 0, hyväksynyt 1, hylännyt 0, vielä toimimatta 12\n',
    );
    expect(out).toContain('Voimaantulo: ei vielä tiedossa — osapuolten luettelo on osittainen');
    expect(out).toContain(
      '  Rantasalmen kunta: hyväksynyt\n' +
        '    29.9.2025 HYSIVLTK (Hyvinvointi- ja sivistyslautakunta) § 85: esitetty toiselle toimielimelle\n' +
        '    3.11.2025 KHALL (Kunnanhallitus) § 331, dnro 441/00.04.02/2025, sähköinen päätöksenteko: hyväksytty\n',
    );
    expect(out).toContain('  Mikkelin kaupunki: vielä toimimatta\n    ei päätöstä\n');
    expect(out.match(/: vielä toimimatta\n/g)).toHaveLength(12);
  });

  it('defaults to the region’s newest agreement and to today in Helsinki', async () => {
    const result = await run(['agreement-status', '--lang', 'en'], { now: '2025-10-15T12:00:00Z' });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`${ID} · period 1 Jan 2026–31 Dec 2029`);
    // On 15 October 2025 Rantasalmi's committee had only proposed: the board decided in November.
    expect(result.stdout).toContain(
      'Status on 15 Oct 2025: 13 parties — signed 0, approved 0, declined 0, still to act 13\n',
    );
    expect(result.stdout).toContain('  Municipality of Rantasalmi: still to act\n');
  });

  it('prints core’s result as JSON with --json', async () => {
    const result = await run(['agreement-status', '--agreement', ID, '--date', '2026-03-01', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(agreementStatus(etelaSavo, ID, '2026-03-01'))));
  });

  it('reads the example county in Swedish: signatures, a pending signature and the signer', async () => {
    const result = await run(['agreement-status', 'pohjanmaa.json', '--date', '2026-03-01', '--lang', 'sv'], {
      files: { 'pohjanmaa.json': regionFile(pohjanmaa()) },
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('osterbotten-2026 · avtalsperiod 1.3.2026–tills vidare');
    expect(result.stdout).toContain('— undertecknat 5, godkänt 1, avslagit 0, ännu inte agerat 1\n');
    expect(result.stdout).toContain(
      'Ikraftträdande: när alla har undertecknat; 2 parter har ännu inte undertecknat.\n',
    );
    expect(result.stdout).toContain('    undertecknare: bildningsdirektören; underskriften väntar\n');
    expect(result.stdout).toContain('    21.1.2026 Bildningsnämnden i Korsholm § 7: återremitterat för beredning\n');
    expect(result.stdout).toContain('    19.1.2026 KST (Kommunstyrelsen i Närpes) § 23 a: godkänt\n');
  });

  it('shows the entry-into-force date once the last party of a complete list has signed', async () => {
    const region = pohjanmaa();
    const [agreement] = region.agreements;
    for (const s of agreement.signatures) s.date ??= '2026-02-27';
    const result = await run(['agreement-status', '--region', 'r.json', '--date', '2026-03-02', '--lang', 'en'], {
      files: { 'r.json': regionFile(region) },
    });
    expect(result.stdout).toContain('Entry into force: 1 Mar 2026 (every party has signed).\n');
  });

  it('names the valid agreements for an unknown one, in the chosen language (exit 2)', async () => {
    const result = await run(['agreement-status', '--agreement', 'nowhere', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "perhekeskus: the region has no agreement “nowhere”. The agreements' ids: etela-savo-2022-2023, etela-savo-2023-2024, etela-savo-2024-2025, etela-savo-2026-2029.\n" +
        'Help: perhekeskus agreement-status --help\n',
    );
  });

  it('rejects a bad date and unknown options with exit code 2, in the chosen language', async () => {
    const bad = await run(['agreement-status', '--date', '2026-02-30', '--lang', 'sv']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^perhekeskus: .*--date.*2026-02-30/);
    const unknown = await run(['agreement-status', '--parties']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--parties');
  });

  it('prints its help with --help, and the main help lists it', async () => {
    const help = await run(['agreement-status', '--help', '--lang', 'en']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout.startsWith('Usage: perhekeskus agreement-status')).toBe(true);
    expect((await run(['--help'])).stdout).toContain('  agreement-status ');
  });
});
