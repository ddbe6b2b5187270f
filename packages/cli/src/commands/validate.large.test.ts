import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { afterEach, describe, expect, it } from 'vitest';
import { directory, perhekeskus } from '../test/spawn.js';

/** 150,000 values no vocabulary knows: zod's own object handling once overflowed the stack on them (issue 14). */
const aliens = (): string[] => Array.from({ length: 150_000 }, () => 'aliens');

describe('perhekeskus validate on huge lists (issue 14)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs `validate FILE --lang en` as a user would, on `data` written to a fresh temporary folder. */
  function validate(name: string, data: unknown) {
    const dir = directory({ [name]: JSON.stringify(data) });
    dirs.push(dir);
    return perhekeskus(['validate', join(dir, name), '--lang', 'en']);
  }

  it('names the row and field of a region place with 150,000 invalid audiences, without a stack trace', () => {
    const region = structuredClone(etelaSavo) as { meetingPlaces: Record<string, unknown>[] };
    region.meetingPlaces[1] = { ...region.meetingPlaces[1], audiences: aliens() };
    const result = validate('region.json', region);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/call stack|\n\s+at /);
    expect(result.stdout).toMatch(
      /region\.json: meetingPlaces\[1\] \([^)]+\): field audiences: the list has 150000 items, but it may have at most 10000 items/,
    );
    expect(result.code).toBe(1);
  });

  it('names the row and field in a places file, and still checks the other rows', () => {
    const [first, second, third] = structuredClone(etelaSavo.meetingPlaces) as Record<string, unknown>[];
    const result = validate('places.json', {
      places: [first, { ...second, audiences: aliens() }, { ...third, id: 5 }],
    });
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^.*places\.json: Place 2 \(.+\): field audiences: the list has 150000 items/);
    expect(lines[1]).toMatch(/Place 3 \(.+\): field id: /);
    expect(lines[2]).toMatch(/2 errors\. 1 of 3 rows are valid\.$/);
    expect(result.code).toBe(1);
  });
});
