// Issue 14, "Done when": arbitrary JSON given to `validate` gives no uncaught error and no hang, and
// every line it writes names the file (and through it the row and field). Bounded: a few dozen runs
// of each kind, in-process through `main` (the bin adds only the process around it, which bin.test.ts
// covers).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages.js';
import { run } from '../test/harness.js';
import { POHJANMAA_TEXT, pohjanmaa } from '../test/pohjanmaa.js';

const FILE = 'fuzz-input.json';
const LANGS = ['fi', 'sv', 'en'] as const;

/** Any JSON value, kept small: depth 4, short lists. */
const json = fc.jsonValue({ maxDepth: 4, depthSize: 'small' });
const list = fc.array(json, { maxLength: 4 });

/** Arbitrary JSON, bare and in the shapes `validate` recognises, so that each checker sees it. */
const anyInput = fc.oneof(
  json,
  list.map((places) => ({ places })),
  list.map((entries) => ({ entries })),
  fc
    .dictionary(
      fc.constantFrom('id', 'name', 'county', 'municipalities', 'groups', 'parties', 'agreements', 'meetingPlaces'),
      json,
      { maxKeys: 5 },
    )
    .map((region) => ({ $schema: 'https://perhekeskus.dev/schema/region.json', ...region })),
);

/** Every path to a value in a JSON value, `['groups', 1, 'cadence']`, the root first. */
function paths(root: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (value: unknown, prefix: (string | number)[]) => {
    out.push(prefix);
    if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, [...prefix, i]);
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...prefix, k]);
  };
  walk(root, []);
  return out;
}
const REGION_PATHS = paths(pohjanmaa()).slice(1);

/** A change to the example region: the value at a path replaced by arbitrary JSON, or removed. */
const mutation = fc.record({
  at: fc.nat({ max: REGION_PATHS.length - 1 }),
  value: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
});

/** The example region with the mutations applied, in order. */
function mutated(changes: readonly { at: number; value: unknown }[]): unknown {
  const region = pohjanmaa();
  for (const { at, value } of changes) {
    const path = REGION_PATHS[at]!;
    let parent = region;
    for (const key of path.slice(0, -1)) {
      if (parent === null || typeof parent !== 'object') break;
      parent = parent[key];
    }
    if (parent === null || typeof parent !== 'object') continue;
    const key = path.at(-1)!;
    if (value === undefined && Array.isArray(parent)) parent.splice(Number(key), 1);
    else if (value === undefined) delete parent[key];
    else parent[key] = value;
  }
  return region;
}

/** Runs `validate` on the text and checks what every run must be, whatever the input. */
async function validates(text: string, lang: (typeof LANGS)[number], type?: string): Promise<void> {
  const args = ['validate', FILE, '--lang', lang, ...(type === undefined ? [] : ['--type', type])];
  const result = await run(args, { files: { [FILE]: text } });
  const context = `${args.join(' ')}\n${text.slice(0, 500)}\n${result.stdout}${result.stderr}`;
  expect([0, 1], context).toContain(result.code);
  // An uncaught error reaches `main`'s last resort: "internal error" with a stack trace.
  expect(result.stderr, context).not.toContain(messages[lang].internalError(''));
  expect(`${result.stdout}${result.stderr}`, context).not.toMatch(/\n\s+at /);
  // A value the program made up rather than read: only a crash in the making would print these.
  for (const token of ['undefined', '[object Object]', 'NaN'])
    if (!text.includes(token)) expect(`${result.stdout}${result.stderr}`, context).not.toContain(token);
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line !== '');
  expect(lines.length, context).toBeGreaterThan(0);
  for (const line of lines) {
    // Each line names the file; a problem line then says where in it (a row, a field, a line and column).
    expect(line, context).toContain(FILE);
    if (line.startsWith(`${FILE}: `)) expect(line.length, context).toBeGreaterThan(`${FILE}: `.length + 10);
  }
  expect(result.code === 0, context).toBe(lines.length === 1 && lines[0]!.startsWith('OK: '));
}

describe('perhekeskus validate on arbitrary input', () => {
  it('never crashes on arbitrary JSON, detected or forced to a kind, and names the file on every line', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyInput,
        fc.constantFrom(...LANGS),
        fc.constantFrom(undefined, 'region', 'places', 'entries'),
        async (value, lang, type) => validates(JSON.stringify(value), lang, type),
      ),
      { numRuns: 60 },
    );
  });

  it('never crashes on the example region with values replaced or removed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...LANGS),
        async (changes, lang) => validates(JSON.stringify(mutated(changes)), lang),
      ),
      { numRuns: 40 },
    );
  });

  it('gives the line and column of a cut-off or spoilt file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: POHJANMAA_TEXT.length - 1 }),
        fc.constantFrom('', ',', '}', 'x', '\u0000'),
        fc.constantFrom(...LANGS),
        async (at, insert, lang) => validates(`${POHJANMAA_TEXT.slice(0, at)}${insert}`, lang),
      ),
      { numRuns: 30 },
    );
  });
});
