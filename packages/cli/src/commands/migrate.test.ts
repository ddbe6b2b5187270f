import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../test/harness.js';
import { POHJANMAA_TEXT, pohjanmaa, regionFile } from '../test/pohjanmaa.js';

/** The built-in region as the earlier format wrote it (agreements with `noticeDeadline`). */
const EARLIER = readFileSync(
  new URL('../../../core/src/model/fixtures/etela-savo-2026-12-03.json', import.meta.url),
  'utf8',
);

describe('perhekeskus migrate', () => {
  it('rewrites noticeDeadline as termination, says where, writes to standard output and validates', async () => {
    const result = await run(['migrate', 'old.json', '--lang', 'en'], { files: { 'old.json': EARLIER } });
    expect(result.code).toBe(0);
    const migrated = JSON.parse(result.stdout);
    expect(migrated.agreements[0].termination).toEqual({ kind: 'year-end', deadline: expect.any(String) });
    expect(migrated.agreements.some((a: object) => 'noticeDeadline' in a)).toBe(false);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      "agreements[0].noticeDeadline: noticeDeadline is now termination: { kind: 'year-end', deadline } (the same rule).",
    );
    expect(lines.at(-1)).toBe('The result is valid: old.json.');
  });

  it('writes --out through a temporary file renamed into place, in Swedish', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perhekeskus-migrate-'));
    const out = join(dir, 'region.json');
    const result = await run(['migrate', 'old.json', '--out', out, '--lang', 'sv'], { files: { 'old.json': EARLIER } });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain(`Skrev ${out}.`);
    expect(result.stderr).toContain(`Resultatet är giltigt: ${out}.`);
    expect(readdirSync(dir)).toEqual(['region.json']);
    expect(JSON.parse(readFileSync(out, 'utf8')).agreements[3].termination.kind).toBe('year-end');
  });

  it('leaves a current file as it is and says so', async () => {
    const result = await run(['migrate', 'region.json'], { files: { 'region.json': POHJANMAA_TEXT } });
    expect(result.code).toBe(0);
    // The same data, written as JSON.stringify writes it (the input's own layout is not kept).
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(POHJANMAA_TEXT));
    expect(result.stderr).toContain('region.json on jo nykyisessä muodossa; mitään ei muutettu.');
  });

  it('exits 1 when the result is still invalid, naming the problems', async () => {
    const region = pohjanmaa();
    region.groups[0].parentGroupId = 'nowhere';
    const result = await run(['migrate', 'region.json', '--lang', 'en'], {
      files: { 'region.json': regionFile(region) },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'region.json: groups[0] (steering-group): field parentGroupId: the reference “nowhere” matches no id.',
    );
    expect(result.stderr).toContain('The result is not valid (1 error); fix them by hand.');
  });
});
