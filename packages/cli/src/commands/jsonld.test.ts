import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { etelaSavo, etelaSavoMeetingPlaces } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import { run } from '../test/harness.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);
/** Three built-in places: Rantasalmi's (from the seeds) and two invented ones (`example: true`). */
const places = () => JSON.parse(JSON.stringify(etelaSavoMeetingPlaces.slice(0, 3)));
/** An invented calendar entry. */
const entry = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: { fi: 'Perhekahvila', sv: 'Familjecafé', en: 'Family café' },
  start: '2026-03-10T09:30:00+02:00',
  end: '2026-03-10T11:00:00+02:00',
  mode: 'in-person',
  location: { fi: 'Seurakuntatalo', sv: 'Församlingshemmet' },
  kind: 'activity',
  ...extra,
});

const SCRIPT_OPEN = '<script type="application/ld+json">';
const SCRIPT_CLOSE = '</script>\n';

/** The body of the one script element `--script` writes, parsed back. */
function scriptBody(stdout: string): unknown {
  expect(stdout.startsWith(SCRIPT_OPEN)).toBe(true);
  expect(stdout.endsWith(SCRIPT_CLOSE)).toBe(true);
  return JSON.parse(stdout.slice(SCRIPT_OPEN.length, -SCRIPT_CLOSE.length));
}

describe('perhekeskus jsonld', () => {
  it('writes a meeting-place list as a JSON array of schema.org Places, names in Finnish by default', async () => {
    const rows = places();
    const result = await run(['jsonld', 'places.json'], { files: { 'places.json': json({ places: rows }) } });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^\[\n {2}\{\n/); // pretty-printed
    const ld = JSON.parse(result.stdout);
    expect(ld).toHaveLength(3);
    for (const [i, place] of ld.entries()) {
      expect(place).toMatchObject({ '@context': 'https://schema.org', '@type': 'Place', name: rows[i].name.fi });
    }
    expect(ld[0].name).toBe('Rantasalmen avoin kohtaamispaikka');
  });

  it('keeps core’s example marker on invented places only', async () => {
    const rows = places();
    const result = await run(['jsonld', 'places.json'], { files: { 'places.json': json(rows) } });
    const ld = JSON.parse(result.stdout);
    expect(rows.map((row: { example?: boolean }) => row.example === true)).toEqual([false, true, true]);
    expect(ld[0]).not.toHaveProperty('additionalProperty');
    for (const place of ld.slice(1)) {
      expect(place.additionalProperty).toEqual({ '@type': 'PropertyValue', name: 'example', value: true });
    }
  });

  it('writes names and opening-hour texts in Swedish with --lang sv', async () => {
    const rows = places();
    const result = await run(['jsonld', 'places.json', '--lang', 'sv'], {
      files: { 'places.json': json({ places: rows }) },
    });
    expect(result.code).toBe(0);
    const ld = JSON.parse(result.stdout);
    expect(ld.map((p: { name: string }) => p.name)).toEqual(rows.map((r: { name: { sv: string } }) => r.name.sv));
    expect(ld[0].name).toBe('Öppna mötesplatsen i Rantasalmi');
    const activity = rows[1].activities[0];
    expect(ld[1].openingHoursSpecification[0].name).toContain(activity.name.sv ?? activity.name.fi);
  });

  it('writes calendar entries as schema.org Events with Helsinki times, place and attendance mode', async () => {
    const entries = [
      entry('kahvila-20260310'),
      entry('ohjausryhma-20260317', {
        title: { fi: 'Ohjausryhmä', en: 'Steering group' },
        start: '2026-03-17T07:00:00Z',
        end: '2026-03-17T09:00:00Z',
        mode: 'remote',
        location: undefined,
        url: 'https://kunta.example.invalid/ohjausryhma',
        kind: 'meeting',
      }),
    ];
    const result = await run(['jsonld', 'events.json', '--lang', 'en'], {
      files: { 'events.json': json({ entries }) },
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [cafe, steering] = JSON.parse(result.stdout);
    expect(cafe).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Family café',
      startDate: '2026-03-10T09:30:00+02:00',
      endDate: '2026-03-10T11:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Seurakuntatalo' },
      inLanguage: 'en',
    });
    expect(steering).toMatchObject({
      name: 'Steering group',
      startDate: '2026-03-17T09:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://kunta.example.invalid/ohjausryhma' },
    });
  });

  it('writes entry texts in Swedish with --lang sv and marks invented entries as examples', async () => {
    const entries = [entry('kahvila-20260310', { example: true }), entry('kahvila-20260317')];
    const result = await run(['jsonld', 'events.json', '--lang', 'sv'], { files: { 'events.json': json(entries) } });
    expect(result.code).toBe(0);
    const ld = JSON.parse(result.stdout);
    expect(ld[0]).toMatchObject({
      name: 'Familjecafé',
      inLanguage: 'sv',
      location: { name: 'Församlingshemmet' },
      additionalProperty: { '@type': 'PropertyValue', name: 'example', value: true },
    });
    expect(ld[1]).not.toHaveProperty('additionalProperty');
  });

  it('with --script writes one script element that hostile text cannot close', async () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const rows = places();
    rows[0].name.fi = hostile;
    rows[1].description = { fi: 'Tervetuloa </SCRIPT > & <b>' };
    const entries = [entry('kahvila-20260310', { title: { fi: hostile }, description: { fi: '</ScRiPt\u2028' } })];

    for (const [file, content, name] of [
      ['places.json', { places: rows }, hostile],
      ['events.json', { entries }, hostile],
    ] as const) {
      const result = await run(['jsonld', file, '--script'], { files: { [file]: json(content) } });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout.match(/<\/script/gi)).toEqual(['</script']);
      expect(result.stdout).not.toContain('<!--');
      expect(result.stdout).not.toContain('\u2028');
      const body = scriptBody(result.stdout) as { name: string }[];
      expect(body[0]?.name).toBe(name);
    }
  });

  it('reports invalid rows on standard error, still writes the valid rows and exits 1', async () => {
    const rows = places();
    rows[1].municipalityCode = '12';
    const files = { 'places.json': json({ places: rows }) };

    const result = await run(['jsonld', 'places.json', '--lang', 'en'], { files });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).map((p: { name: string }) => p.name)).toEqual([rows[0].name.en, rows[2].name.en]);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^places\.json: Place 2 \(“[^”]+”\): field municipalityCode: /);
    expect(lines.slice(1)).toEqual([
      'places.json (meeting-place list): 1 error.',
      'JSON-LD was written for the 2 valid rows only; rows with errors were left out.',
    ]);

    const script = await run(['jsonld', 'places.json', '--script'], { files });
    expect(script.code).toBe(1);
    expect(scriptBody(script.stdout)).toHaveLength(2);
    expect(script.stderr).toMatch(/^places\.json: Kohde 2 \(”[^”]+”\): kenttä municipalityCode: /);
  });

  it('writes nothing when no row is valid (exit 1)', async () => {
    const bad = { ...entry('kahvila-20260310'), start: '10.3.2026 9.30' };
    const result = await run(['jsonld', 'events.json'], { files: { 'events.json': json({ entries: [bad] }) } });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^events\.json: Tapahtuma 1 \(”Perhekahvila”\): kenttä start: /);
    expect(result.stderr).toContain('JSON-LD:tä ei kirjoitettu: yksikään rivi ei kelpaa.');
  });

  it('writes --out whole, and leaves the previous file as it was when no row is valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perhekeskus-jsonld-'));
    const out = join(dir, 'events.jsonld');
    writeFileSync(out, 'previous\n');
    const bad = { ...entry('kahvila-20260310'), start: '10.3.2026 9.30' };
    const failed = await run(['jsonld', 'bad.json', '--out', out], { files: { 'bad.json': json([bad]) } });
    expect(failed).toMatchObject({ code: 1, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
    const missing = await run(['jsonld', 'missing.json', '--out', out]);
    expect(missing.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('previous\n');

    const good = await run(['jsonld', 'good.json', '--script', '--out', out], {
      files: { 'good.json': json([entry('kahvila-20260310')]) },
    });
    expect(good).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(scriptBody(readFileSync(out, 'utf8'))).toMatchObject([{ '@type': 'Event' }]);
    expect(readdirSync(dir)).toEqual(['events.jsonld']);
    expect((await run(['jsonld', 'good.json', '--out', ''])).code).toBe(2);
  });

  it('writes an empty array for an empty list (exit 0)', async () => {
    const result = await run(['jsonld', 'places.json'], { files: { 'places.json': '{ "places": [] }' } });
    expect(result).toMatchObject({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('refuses a region description and an unrecognised file, naming the kinds it takes (exit 1)', async () => {
    const region = await run(['jsonld', 'region.json', '--lang', 'en'], { files: { 'region.json': json(etelaSavo) } });
    expect(region).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'perhekeskus: region.json is a region description; jsonld makes JSON-LD from a meeting-place list ({ "places": [...] }) or calendar entries ({ "entries": [...] }).\n',
    });
    const unknown = await run(['jsonld', 'x.json'], { files: { 'x.json': '{"hello": 1}' } });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^perhekeskus: x\.json: lajia ei tunnistettu; jsonld tekee JSON-LD:n/);
  });

  it('uses --url as the page of a single place or event', async () => {
    const url = 'https://kunta.example.invalid/perhekahvila';
    const place = await run(['jsonld', 'p.json', '--url', url], { files: { 'p.json': json(places().slice(0, 1)) } });
    expect(place.code).toBe(0);
    expect(JSON.parse(place.stdout)[0]).toMatchObject({ '@id': url, url });
    const event = await run(['jsonld', 'e.json', '--url', url], {
      files: { 'e.json': json({ entries: [entry('kahvila-20260310')] }) },
    });
    expect(JSON.parse(event.stdout)[0]).toMatchObject({ url });
  });

  it('rejects --url for several rows, a bad --url, a missing file and unknown options (exit 2)', async () => {
    const several = await run(['jsonld', 'p.json', '--url', 'https://kunta.example.invalid/', '--lang', 'en'], {
      files: { 'p.json': json({ places: places() }) },
    });
    expect(several).toMatchObject({ code: 2, stdout: '' });
    expect(several.stderr).toContain('the file has 3 valid rows');
    expect(several.stderr).toContain('Help: perhekeskus jsonld --help');

    const badUrl = await run(['jsonld', 'p.json', '--url', 'ftp://x', '--lang', 'en']);
    expect(badUrl).toMatchObject({ code: 2 });
    expect(badUrl.stderr).toContain('--url: give a full http or https address; got “ftp://x”.');

    expect(await run(['jsonld'])).toMatchObject({
      code: 2,
      stderr: 'perhekeskus: anna tiedosto, josta JSON-LD tehdään.\nOhje: perhekeskus jsonld --help\n',
    });
    expect((await run(['jsonld', 'a.json', 'b.json'])).code).toBe(2);
    expect(await run(['jsonld', 'a.json', '--type', 'places'])).toMatchObject({
      code: 2,
      stderr: 'perhekeskus: tuntematon valinta --type.\nOhje: perhekeskus jsonld --help\n',
    });
  });

  it('says when the file is missing or not JSON (exit 1)', async () => {
    const missing = await run(['jsonld', 'nowhere.json', '--lang', 'en']);
    expect(missing).toMatchObject({ code: 1, stdout: '', stderr: 'perhekeskus: file nowhere.json not found.\n' });
    const broken = await run(['jsonld', 'b.json', '--lang', 'en'], { files: { 'b.json': '[1, 2' } });
    expect(broken).toMatchObject({ code: 1, stdout: '' });
    expect(broken.stderr).toBe('perhekeskus: b.json:1:6: JSON syntax error: the file ends too early.\n');
  });

  it('prints its help with --help in every language, and the main help lists it', async () => {
    const en = await run(['jsonld', '--help', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(
      /^Usage: perhekeskus jsonld FILE \[--script\] \[--url URL\] \[--out FILE\] \[--lang fi\|sv\|en\]/,
    );
    expect(en.stdout).toContain('the JSON-LD of the valid rows is still written, and the exit code is 1');
    expect((await run(['jsonld', '-h'])).stdout).toMatch(/^Käyttö: perhekeskus jsonld TIEDOSTO/);
    expect((await run(['jsonld', '--help', '--lang', 'sv'])).stdout).toMatch(/^Användning: perhekeskus jsonld FIL/);
    expect((await run(['--help', '--lang', 'en'])).stdout).toMatch(/^ {2}jsonld FILE {12}writes meeting places/m);
  });
});
