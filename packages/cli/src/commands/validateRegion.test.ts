import { describe, expect, it } from 'vitest';
import { run } from '../test/harness.js';
import { POHJANMAA_TEXT, pohjanmaa, regionFile } from '../test/pohjanmaa.js';

/** `validate` of a region file, in a language: its exit code and the problem lines. */
async function validate(region: unknown, lang: 'fi' | 'sv' | 'en') {
  const result = await run(['validate', 'region.json', '--lang', lang], {
    files: { 'region.json': regionFile(region) },
  });
  return { code: result.code, lines: result.stdout.trimEnd().split('\n'), stderr: result.stderr };
}

describe('perhekeskus validate: a region file, every check later use would fail on', () => {
  it('accepts the Pohjanmaa example, naming it by the display rule', async () => {
    const sv = await run(['validate', 'region.json', '--lang', 'sv'], { files: { 'region.json': POHJANMAA_TEXT } });
    expect(sv).toMatchObject({ code: 0, stderr: '' });
    expect(sv.stdout).toBe(
      'OK: region.json — områdesbeskrivning ”Österbotten (exempel)”: 14 kommuner, 4 grupper, 4 mötesplatser.\n',
    );
  });

  it('refuses a cadence that cannot be scheduled, translated by the rule’s code', async () => {
    const region = pohjanmaa();
    region.groups[2].cadence = { kind: 'times-per-year', times: 20, months: { from: 1, to: 2 }, mode: 'remote' };
    const fi = await validate(region, 'fi');
    expect(fi.code).toBe(1);
    expect(fi.lines[0]).toBe(
      'region.json: groups[2] (south-area): kenttä cadence.times: tapaamiset eivät mahdu vuoteen: enintään keskimäärin yksi viikossa, skipMonths-kuukaudet pois lukien.',
    );
    expect(fi.lines.at(-1)).toBe('region.json (alueen kuvaus): 1 virhe.');
    const sv = await validate(region, 'sv');
    expect(sv.lines[0]).toBe(
      'region.json: groups[2] (south-area): fältet cadence.times: mötena ryms inte i året: högst ett i veckan i genomsnitt, månaderna i skipMonths oräknade.',
    );
  });

  it('refuses a meeting place in a municipality outside the region, naming the municipality', async () => {
    const region = pohjanmaa();
    region.meetingPlaces[1].municipalityCode = '681';
    const fi = await validate(region, 'fi');
    expect(fi.code).toBe(1);
    expect(fi.lines[0]).toBe(
      'region.json: meetingPlaces[1] (narpes-familjetraff): kenttä municipalityCode: kunta 681 (Rantasalmi) ei ole alueen kuntien luettelossa (municipalities).',
    );
    const sv = await validate(region, 'sv');
    expect(sv.lines[0]).toBe(
      'region.json: meetingPlaces[1] (narpes-familjetraff): fältet municipalityCode: kommun 681 (Rantasalmi) finns inte i områdets kommunlista (municipalities).',
    );
  });

  it('refuses a region municipality of another county, naming both counties', async () => {
    const region = pohjanmaa();
    region.municipalities.push('681');
    const sv = await validate(region, 'sv');
    expect(sv.lines[0]).toBe(
      'region.json: municipalities[14] (681): fältet code: kommun 681 (Rantasalmi) hör till Södra Savolax välfärdsområde, inte till regionens (Österbottens välfärdsområde).',
    );
    const fi = await validate(region, 'fi');
    expect(fi.lines[0]).toBe(
      'region.json: municipalities[14] (681): kenttä code: kunta 681 (Rantasalmi) kuuluu eri hyvinvointialueeseen (Etelä-Savon hyvinvointialue) kuin alue (Pohjanmaan hyvinvointialue).',
    );
  });

  it('refuses a code that is no municipality, in the municipalities and on a meeting place', async () => {
    const region = pohjanmaa();
    region.municipalities.push('999');
    const fi = await validate(region, 'fi');
    expect(fi.lines[0]).toBe('region.json: municipalities[14]: kuntakoodi ”999” ei ole minkään Suomen kunnan koodi.');
    const sv = await validate(region, 'sv');
    expect(sv.lines[0]).toBe(
      'region.json: municipalities[14]: kommunkoden ”999” är inte koden för någon kommun i Finland.',
    );

    const place = pohjanmaa();
    place.meetingPlaces[0].municipalityCode = '999';
    const en = await validate(place, 'en');
    expect(en.lines[0]).toBe(
      'region.json: meetingPlaces[0] (familjecafe-vasa): field municipalityCode: the municipality code “999” is no municipality of Finland.',
    );
  });

  it('refuses a reference to a missing party or group', async () => {
    const region = pohjanmaa();
    region.meetingPlaces[0].organiserIds.push('nobody');
    region.groups[0].parentGroupId = 'no-such-group';
    const fi = await validate(region, 'fi');
    expect(fi.code).toBe(1);
    expect(fi.lines).toContain(
      'region.json: groups[0] (steering-group): kenttä parentGroupId: viittaus ”no-such-group” ei osu mihinkään tunnisteeseen.',
    );
    expect(fi.lines).toContain(
      'region.json: meetingPlaces[0] (familjecafe-vasa): kenttä organiserIds[2]: viittaus ”nobody” ei osu mihinkään tunnisteeseen.',
    );
    const sv = await validate(region, 'sv');
    expect(sv.lines).toContain(
      'region.json: meetingPlaces[0] (familjecafe-vasa): fältet organiserIds[2]: hänvisningen ”nobody” motsvarar inget id.',
    );
  });

  it('refuses a kind neither the library nor the region’s vocabulary knows, listing both', async () => {
    const region = pohjanmaa();
    region.groups[1].kind = 'book-club';
    const fi = await validate(region, 'fi');
    expect(fi.lines[0]).toMatch(
      /^region\.json: groups\[1\] \(sisote\): kenttä kind: ”book-club” ei ole tunnettu ryhmän laji\. Sallitut: steering-group, .*, family-council tai alueen sanastoon \(vocabulary\) lisätty\.$/,
    );
    const sv = await validate(region, 'sv');
    expect(sv.lines[0]).toMatch(
      /^region\.json: groups\[1\] \(sisote\): fältet kind: ”book-club” är ingen känd typ av grupp\./,
    );
  });

  it('translates a text without Finnish or Swedish by the rule’s code', async () => {
    const region = pohjanmaa();
    region.groups[0].name = { en: 'Steering group' };
    const sv = await validate(region, 'sv');
    expect(sv.lines[0]).toBe(
      'region.json: groups[0] (steering-group): fältet name.fi: texten behöver en finsk eller svensk version (fi eller sv).',
    );
  });
});
