import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../test/harness.js';
import { POHJANMAA_TEXT, pohjanmaa } from '../test/pohjanmaa.js';

const files = { 'region.json': POHJANMAA_TEXT };

describe('schedule, ics and validate with another county (examples/pohjanmaa)', () => {
  it('schedule FILE --lang sv shows Swedish names and a choice of modes', async () => {
    const result = await run(['schedule', 'region.json', '--from', '2026-01-01', '--months', '3', '--lang', 'sv'], {
      files,
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.startsWith('Österbotten (exempel) — Österbottens välfärdsområde (region.json)\n')).toBe(true);
    expect(result.stdout).toContain('Ledningsgruppen för familjecentralerna — distansmöte eller hybridmöte');
    expect(result.stdout).toContain('Familjerådet i Vasa — möte på plats');
  });

  it('schedule in Finnish shows a Swedish-only name as it is, and --region works as before', async () => {
    const region = pohjanmaa();
    region.groups[0].name = { sv: 'Ledningsgruppen' };
    const result = await run(['schedule', '--region', 'region.json', '--from', '2026-01-01', '--months', '1'], {
      files: { 'region.json': JSON.stringify(region) },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Ledningsgruppen — livekokous/);
    const both = await run(['schedule', 'region.json', '--region', 'region.json'], { files });
    expect(both.code).toBe(2);
  });

  it('ics FILE writes the example county’s meetings with its names', async () => {
    const result = await run(
      ['ics', 'region.json', '--group', 'family-council', '--from', '2026-01-01', '--to', '2026-12-31', '--lang', 'sv'],
      {
        files,
      },
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('X-WR-CALNAME:Familjerådet i Vasa');
    expect(result.stdout).toContain('SUMMARY:Vårträff');
  });

  it('schedule refuses a region file whose cadence cannot be scheduled, before trying', async () => {
    const region = pohjanmaa();
    region.groups[2].cadence = { kind: 'times-per-year', times: 20, months: { from: 1, to: 2 }, mode: 'remote' };
    const result = await run(['schedule', 'region.json', '--lang', 'en'], {
      files: { 'region.json': JSON.stringify(region) },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('groups[2] (south-area): field cadence.times: the meetings do not fit in the year');
  });
});

describe('validate: the municipality codes of a meeting-place file', () => {
  const place = () => {
    const { source, ...row } = pohjanmaa().meetingPlaces[1];
    return { ...row, source };
  };

  it('refuses a place in a code that is no municipality of Finland', async () => {
    const row = { ...place(), municipalityCode: '999' };
    const result = await run(['validate', 'places.json', '--lang', 'sv'], {
      files: { 'places.json': JSON.stringify({ places: [row] }) },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'places.json: Plats 1 (”Familjeträffen i Närpes”): fältet municipalityCode: kommunkoden ”999” är inte koden för någon kommun i Finland.\n' +
        'places.json (lista över mötesplatser): 1 fel. 0/1 rader är giltiga.\n',
    );
  });

  it('checks a published places.json against its own municipalities', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'perhekeskus-cli-')), 'data');
    const published = await run(['publish', 'region.json', '--out', out], { files });
    expect(published.code).toBe(0);
    const text = readFileSync(join(out, 'places.json'), 'utf8');
    const ok = await run(['validate', 'places.json', '--lang', 'en'], { files: { 'places.json': text } });
    expect(ok).toMatchObject({ code: 0, stdout: 'OK: places.json — meeting-place list, 4 places.\n' });
    const data = JSON.parse(text);
    data.places[1].municipalityCode = '681';
    const bad = await run(['validate', 'places.json', '--lang', 'fi'], {
      files: { 'places.json': JSON.stringify(data) },
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(
      'places.json: Kohde 2 (”Familjeträffen i Närpes”): kenttä municipalityCode: kuntaa 681 ei ole tiedoston kuntien luettelossa (municipalities).\n' +
        'places.json (julkaistu kohtaamispaikkaluettelo): 1 virhe.\n',
    );
  });
});
