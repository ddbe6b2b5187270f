// Issue 13, point 4: arrows point down in core. `npm run lint` runs dependency-cruiser with
// `.dependency-cruiser.cjs` over src/; this test proves that the configuration catches what it is
// for, on small trees of its own: an upward import, a cycle between folders, a folder with no place in
// the order, and the main entry reaching for the built-in data.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterEach, describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as {
  forbidden: IForbiddenRuleType[];
  options: Record<string, unknown>;
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The violations the configuration finds in a tree of `files` (path → source). */
async function violations(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pk-architecture-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const { tsConfig: _tsConfig, ...options } = config.options;
  const result = await cruise(
    ['src'],
    { ...options, baseDir: dir, validate: true, ruleSet: { forbidden: config.forbidden } },
    { extensionAlias: { '.js': ['.ts', '.js'] } },
  );
  if (typeof result.output === 'string') throw new Error('expected a cruise result');
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('the folder order of core (.dependency-cruiser.cjs)', () => {
  it('lets a folder import from the folders below it', async () => {
    expect(
      await violations({
        'src/validation/v.ts': 'export const v = 1;',
        'src/model/m.ts': "import { v } from '../validation/v.js'; export const m = v;",
        'src/time/t.ts': "import { m } from '../model/m.js'; export const t = m;",
        'src/calendar/c.ts': "import { t } from '../time/t.js'; export const c = t;",
        'src/index.ts': "export * from './calendar/c.js';",
        'src/etela-savo.ts': "export * from './data/d.js';",
        'src/data/d.ts': "import { m } from '../model/m.js'; export const d = m;",
      }),
    ).toEqual([]);
  });

  it('refuses an import upwards: the model reaching for time', async () => {
    expect(
      await violations({
        'src/model/m.ts': "import { t } from '../time/t.js'; export const m = t;",
        'src/time/t.ts': 'export const t = 1;',
      }),
    ).toEqual(['no-upward-import-from-model: src/model/m.ts → src/time/t.ts']);
  });

  it('refuses a cycle, between folders and between modules', async () => {
    const found = await violations({
      'src/search/s.ts': "import { c } from '../calendar/c.js'; export const s = 1; export const x = c;",
      'src/calendar/c.ts': "import { s } from '../search/s.js'; export const c = s;",
    });
    expect(found).toContain('no-upward-import-from-search: src/search/s.ts → src/calendar/c.ts');
    expect(found.filter((v) => v.startsWith('no-circular')).length).toBeGreaterThan(0);
  });

  it('refuses a folder that has no place in the order, however it is used', async () => {
    expect(
      await violations({
        'src/helpers/h.ts': "import { m } from '../model/m.js'; export const h = m;",
        'src/model/m.ts': 'export const m = 1;',
        'src/calendar/c.ts': "import { h } from '../helpers/h.js'; export const c = h;",
        'src/extra/orphan.ts': 'export const o = 1;',
      }),
    ).toEqual([
      'folder-has-a-layer: src/calendar/c.ts → src/helpers/h.ts',
      'folder-has-a-layer: src/extra/orphan.ts → src/extra/orphan.ts',
      'folder-has-a-layer: src/helpers/h.ts → src/model/m.ts',
    ]);
  });

  it('keeps the built-in data out of the main entry', async () => {
    expect(
      await violations({ 'src/index.ts': "export * from './data/d.js';", 'src/data/d.ts': 'export const d = 1;' }),
    ).toEqual(['main-entry-without-data: src/index.ts → src/data/d.ts']);
  });

  it('orders the folders model → time → schedule and rules → search, calendar and export → publish, import, data', () => {
    // Each layer's rule forbids importing the layers after it: the rule order is the folder order.
    const order = config.forbidden
      .map((rule) => /^no-upward-import-from-(.+)$/.exec(rule.name ?? '')?.[1])
      .filter((name): name is string => name !== undefined);
    const at = (folder: string) => order.indexOf(folder);
    const tiers = [
      ['validation'],
      ['model'],
      ['time'],
      ['schedule', 'rules'],
      ['search', 'calendar', 'export'],
      ['publish', 'import'],
    ];
    for (let i = 1; i < tiers.length; i++)
      for (const upper of tiers[i]!)
        for (const lower of tiers[i - 1]!) expect(at(lower), `${lower} below ${upper}`).toBeLessThan(at(upper));
    // data is the top layer: it needs no rule of its own, nothing may import it but the entry.
    expect(order).not.toContain('data');
    expect(at('i18n')).toBeLessThan(at('describe'));
  });
});
