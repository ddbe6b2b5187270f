import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The generator's exports this test uses (the script is plain JavaScript, without type declarations). */
interface Generator {
  DEFAULT_CSV_PATH: string;
  renderMunicipalityModule(csvText: string): string;
}

// A computed specifier keeps TypeScript from looking for declarations of the .mjs file.
const generatorUrl = new URL('../../scripts/reference-data.mjs', import.meta.url).href;
const generator = (await import(generatorUrl)) as Generator;
const csvPresent = existsSync(generator.DEFAULT_CSV_PATH);

const HEADER = 'code,name_fi,name_sv,county_code,county_fi,county_sv';

describe('municipalityData.ts', () => {
  it.skipIf(!csvPresent)(
    `is what scripts/reference-data.mjs generates from ${generator.DEFAULT_CSV_PATH} (skipped when that file is absent)`,
    () => {
      const csv = readFileSync(generator.DEFAULT_CSV_PATH, 'utf8');
      const committed = readFileSync(new URL('./municipalityData.ts', import.meta.url), 'utf8');
      // On failure: run `node scripts/reference-data.mjs` in packages/core and commit the result.
      expect(generator.renderMunicipalityModule(csv)).toBe(committed);
    },
  );

  it.skipIf(!csvPresent)('is generated the same from a CSV with Windows line ends and a BOM', () => {
    const csv = readFileSync(generator.DEFAULT_CSV_PATH, 'utf8');
    const windows = `\uFEFF${csv.replace(/\n/g, '\r\n')}`;
    expect(generator.renderMunicipalityModule(windows)).toBe(generator.renderMunicipalityModule(csv));
  });
});

describe('scripts/reference-data.mjs', () => {
  const row = (code: string, fi: string, county = 'ES,Etelä-Savon hyvinvointialue,Södra Savolax välfärdsområde') =>
    `${code},${fi},${fi},${county}`;

  it('refuses a CSV whose columns are not the expected ones', () => {
    expect(() => generator.renderMunicipalityModule('code,name\n681,Rantasalmi\n')).toThrow(/Unexpected CSV header/);
  });

  it('refuses quoted fields rather than split a name at its comma', () => {
    expect(() => generator.renderMunicipalityModule(`${HEADER}\n681,"Rantasalmi, kunta",Rantasalmi,,,\n`)).toThrow(
      /quoted fields/,
    );
  });

  it('refuses a code that is not three digits, or appears twice', () => {
    expect(() => generator.renderMunicipalityModule(`${HEADER}\n${row('91', 'Helsinki')}\n`)).toThrow(/three digits/);
    expect(() =>
      generator.renderMunicipalityModule(`${HEADER}\n${row('681', 'Rantasalmi')}\n${row('681', 'Rantasalmi')}\n`),
    ).toThrow(/appears twice/);
  });

  it('refuses a county name it has no id for', () => {
    const csv = `${HEADER}\n${row('681', 'Rantasalmi', 'ES,Etelä-Savon hyvinvointialueet,Södra Savolax välfärdsområde')}\n`;
    expect(() => generator.renderMunicipalityModule(csv)).toThrow(/unknown county/);
  });

  it('refuses a list in which some of the 21 counties have no municipality', () => {
    expect(() => generator.renderMunicipalityModule(`${HEADER}\n${row('681', 'Rantasalmi')}\n`)).toThrow(
      /No municipality belongs to: Etelä-Karjalan hyvinvointialue/,
    );
  });
});
