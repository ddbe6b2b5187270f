// Issue 13, point 3: "No code anywhere compares English messages." zod's messages (and the English
// messages the library writes for logs) are not an interface: a check is known by its code (zod's issue
// kind, a format's pattern, a rule's `params.rule`). This test reads the sources of every package and
// of the demo, and fails on code that reads a message to decide something.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORMAT_PATTERNS } from './formats.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const CORE_SRC = join(ROOT, 'packages/core/src');

/** Every .ts file under `dir`, without node_modules and build output. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', 'coverage'].includes(entry.name) ? [] : sources(path);
    return /\.(?:ts|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const roots = [
  ...readdirSync(join(ROOT, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(ROOT, 'packages', entry.name, 'src')),
  join(ROOT, 'apps/demo/src'),
];
const files = roots
  .flatMap((root) => {
    try {
      return sources(root);
    } catch {
      return [];
    }
  })
  .filter((file) => file !== SELF);

/**
 * Lines known to read an English message that is not the library's, each with its reason. Keep this
 * short: every entry is a debt.
 */
const KNOWN: Readonly<Record<string, string>> = {
  // None. (The CLI told a missing option value from a value given to a switch by Node's parseArgs
  // message until it read the arguments themselves; issue 13.)
};

/** Code that decides by a message: `x.message === '…'`, `'…' !== e.message`, `message.startsWith(`… */
const COMPARISONS = [
  /\.message\s*[!=]==?\s*(?:['"`]|[A-Z][A-Z0-9_]*\b)/,
  /['"`]\s*[!=]==?\s*[\w$?.]*\.message\b/,
  /\bmessage\s*\??\.\s*(?:includes|startsWith|endsWith|match|matchAll|localeCompare|indexOf|search)\s*\(/,
  /\.(?:test|exec)\(\s*[\w$?.]*\.message\s*\)/,
  /switch\s*\(\s*[\w$?.]*\.message\s*\)/,
  /\b(?:MESSAGE|[A-Z_]+_MESSAGE)\s*=\s*['"`]/,
];

/** The English messages the library writes for logs: its formats' and its rules' (`modelRule`). */
function libraryMessages(): string[] {
  const rules = sources(CORE_SRC)
    .filter((file) => !file.endsWith('.test.ts'))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/modelRule\(\s*'[^']+',\s*(['"`])((?:(?!\1).)+)\1/g)].map((m) => m[2]!),
    );
  return [...Object.values(FORMAT_PATTERNS).map((format) => format.message), ...rules];
}

describe('no code compares English messages', () => {
  it('finds the sources of every package and of the demo, and the library’s messages', () => {
    expect(files.some((file) => file.includes('/packages/widgets/src/'))).toBe(true);
    expect(files.some((file) => file.includes('/packages/cli/src/'))).toBe(true);
    expect(files.some((file) => file.includes('/apps/demo/src/'))).toBe(true);
    expect(libraryMessages()).toContain('Two entries of the ring share an id');
  });

  it('never decides by a message (typeof checks and tests that assert log text aside)', () => {
    const found = files
      .filter((file) => !/\.test\.ts$/.test(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, n) => {
            const known = KNOWN[relative(ROOT, file)];
            if (/\btypeof\b/.test(line) || (known !== undefined && line.includes(known))) return [];
            return COMPARISONS.some((pattern) => pattern.test(line))
              ? [`${relative(ROOT, file)}:${n + 1}: ${line.trim()}`]
              : [];
          }),
      );
    expect(found).toEqual([]);
  });

  it('never quotes one of the library’s English messages outside core, where it could be used as a key', () => {
    const messages = libraryMessages();
    const found = files
      .filter((file) => !file.startsWith(CORE_SRC) && !/\.test\.ts$/.test(file))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return messages
          .filter((message) => text.includes(message))
          .map((message) => `${relative(ROOT, file)}: ${message}`);
      });
    expect(found).toEqual([]);
  });
});
