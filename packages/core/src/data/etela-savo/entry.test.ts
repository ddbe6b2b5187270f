import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as entry from '../../etela-savo.js';
import { etelaSavo } from './region.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const dataFiles = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const entryFile = join(here, '../../etela-savo.ts');

describe('the @perhekeskus/core/etela-savo entry', () => {
  it('exports the region and its named pieces', () => {
    expect(entry.etelaSavo).toBe(etelaSavo);
    expect(entry.eloisa).toBe(etelaSavo.county);
    expect(entry.etelaSavoGroups).toBe(etelaSavo.groups);
    expect(entry.etelaSavoMeetingPlaces).toBe(etelaSavo.meetingPlaces);
    expect(entry.relationshipSupportYearClock).toBe(etelaSavo.yearClocks[0]);
    expect(Object.values(entry.seedDocuments)).toContain('002_0186ec03f3bf117b.txt');
  });

  it('never imports the main entry, so the data stays out of the main bundle and vice versa', () => {
    for (const file of [entryFile, ...dataFiles.map((f) => join(here, f))]) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from '(\.\.\/)+index\.js'|from '\.\/index\.js'/);
    }
  });

  it('does not parse at import time: the data modules import model types only', () => {
    for (const file of dataFiles) {
      const text = readFileSync(join(here, file), 'utf8');
      expect(text, file).not.toMatch(/safeParse|parseInput|\.parse\(/);
      expect(text, file).not.toMatch(/^import \{[^}]*\} from '\.\.\/\.\.\/model/m);
    }
  });
});
