import { etelaSavo, etelaSavoMeetingPlaces } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import { run } from '../test/harness.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);
const places = () => JSON.parse(JSON.stringify(etelaSavoMeetingPlaces.slice(0, 3)));
const entry = (id: string, start: string, end: string) => ({
  id,
  title: { fi: 'Perhekahvila', en: 'Family café' },
  start,
  end,
  kind: 'activity',
});

describe('perhekeskus validate', () => {
  it('accepts a valid meeting-place list with a one-line summary in Finnish by default', async () => {
    const result = await run(['validate', 'places.json'], { files: { 'places.json': json({ places: places() }) } });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('OK: places.json — kohtaamispaikkaluettelo, 3 kohdetta.\n');
  });

  it('names the row and the field of each error, in Finnish and in English, and exits 1', async () => {
    const rows = places();
    rows[1].municipalityCode = '12';
    rows[2].languages = 'fi';
    const files = { 'places.json': json({ places: rows }) };

    const fi = await run(['validate', 'places.json'], { files });
    expect(fi.code).toBe(1);
    const fiLines = fi.stdout.trimEnd().split('\n');
    expect(fiLines).toHaveLength(3);
    expect(fiLines[0]).toMatch(/^places\.json: Kohde 2 \(”[^”]+”\): kenttä municipalityCode: kuntakoodin pitää olla/);
    expect(fiLines[1]).toMatch(
      /^places\.json: Kohde 3 \(”[^”]+”\): kenttä languages: arvon pitää olla lista, mutta se on teksti\./,
    );
    expect(fiLines[2]).toBe('places.json (kohtaamispaikkaluettelo): 2 virhettä. 1/3 riviä kelpaa.');

    const en = await run(['validate', 'places.json', '--lang', 'en'], { files });
    expect(en.code).toBe(1);
    expect(en.stdout).toMatch(
      /^places\.json: Place 2 \(“[^”]+”\): field municipalityCode: the municipality code must be/m,
    );
    expect(en.stdout).toContain('places.json (meeting-place list): 2 errors. 1 of 3 rows are valid.');
  });

  it('accepts a bare array of places', async () => {
    const result = await run(['validate', 'p.json', '--lang', 'en'], { files: { 'p.json': json(places()) } });
    expect(result.stdout).toBe('OK: p.json — meeting-place list, 3 places.\n');
  });

  it('validates calendar entries and names the entry of a bad start', async () => {
    const good = entry('kahvila-20260310', '2026-03-10T09:30:00+02:00', '2026-03-10T11:00:00+02:00');
    const ok = await run(['validate', 'events.json', '--lang', 'en'], {
      files: { 'events.json': json({ entries: [good] }) },
    });
    expect(ok).toMatchObject({ code: 0, stdout: 'OK: events.json — calendar entries, 1 entry.\n' });

    const bad = { ...good, id: 'kahvila-20260317', start: '17.3.2026 9.30' };
    const files = { 'events.json': json({ entries: [good, bad] }) };
    const fi = await run(['validate', 'events.json'], { files });
    expect(fi.code).toBe(1);
    expect(fi.stdout).toMatch(/^events\.json: Tapahtuma 2 \(”Perhekahvila”\): kenttä start: .*”17\.3\.2026 9\.30”/m);
    const en = await run(['validate', 'events.json', '--lang', 'en'], { files });
    // A name in the reader's language where the data has one (the display rule).
    expect(en.stdout).toMatch(/^events\.json: Event 2 \(“Family café”\): field start: /m);
  });

  it('validates a region description and summarises it', async () => {
    const files = { 'region.json': json(etelaSavo) };
    const result = await run(['validate', 'region.json', '--lang', 'en'], { files });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `OK: region.json — region description “Etelä-Savo”: ${etelaSavo.municipalities.length} municipalities, ${etelaSavo.groups.length} groups, ${etelaSavo.meetingPlaces.length} meeting places.\n`,
    );
  });

  it('reports a region’s errors by section, index and id', async () => {
    const data = JSON.parse(json(etelaSavo));
    data.groups[0].cadence.time = '9.00';
    const result = await run(['validate', 'region.json'], { files: { 'region.json': json(data) } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^region\.json: groups\[0\] \(steering-group\): kenttä cadence\.time: aika pitää antaa muodossa HH:mm; nyt ”9\.00”\./m,
    );
    expect(result.stdout).toContain('region.json (alueen kuvaus): 1 virhe.');
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const text = '{\n  "places": [\n    { "id": "a", },\n  ]\n}\n';
    const fi = await run(['validate', 'broken.json'], { files: { 'broken.json': text } });
    expect(fi).toMatchObject({ code: 1, stdout: '' });
    expect(fi.stderr).toBe(
      'perhekeskus: broken.json:3:18: JSON-syntaksivirhe: ylimääräinen pilkku ennen merkkiä ”}”.\n',
    );
    const en = await run(['validate', 'broken.json', '--lang', 'en'], { files: { 'broken.json': '[1, 2' } });
    expect(en.stderr).toBe('perhekeskus: broken.json:1:6: JSON syntax error: the file ends too early.\n');
  });

  it('ignores a byte-order mark', async () => {
    const result = await run(['validate', 'p.json'], { files: { 'p.json': `\uFEFF${json({ places: places() })}` } });
    expect(result.code).toBe(0);
  });

  it('says when a file is missing or of no known kind (exit 1)', async () => {
    const missing = await run(['validate', 'nowhere.json', '--lang', 'en']);
    expect(missing).toMatchObject({ code: 1, stdout: '', stderr: 'perhekeskus: file nowhere.json not found.\n' });
    const unknown = await run(['validate', 'x.json', '--lang', 'en'], { files: { 'x.json': '{"hello": 1}' } });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('x.json: not recognised.');
    expect(unknown.stderr).toContain('--type');
  });

  it('validates as the kind --type names, whatever the content suggests', async () => {
    const result = await run(['validate', 'x.json', '--type', 'entries', '--lang', 'en'], {
      files: { 'x.json': json({ places: places() }) },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^x\.json: Event list: expected a list of events or an object with an entries field/m,
    );
    expect(result.stdout).toContain('x.json (calendar entries): 1 error.');
  });

  it('prints its help with --help and exits 0', async () => {
    const result = await run(['validate', '--help', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: perhekeskus validate FILE/);
    expect(result.stdout).toContain('--type region|places|entries');
  });

  it('rejects unknown options, a missing file, extra files and a bad --type with exit code 2', async () => {
    const unknown = await run(['validate', 'x.json', '--strict']);
    expect(unknown).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'perhekeskus: tuntematon valinta --strict.\nOhje: perhekeskus validate --help\n',
    });
    expect((await run(['validate'])).code).toBe(2);
    expect((await run(['validate', 'a.json', 'b.json'])).code).toBe(2);
    const badType = await run(['validate', 'a.json', '--type', 'agreement', '--lang', 'en']);
    expect(badType).toMatchObject({ code: 2 });
    expect(badType.stderr).toContain('--type: use region, places or entries; got “agreement”.');
  });
});
