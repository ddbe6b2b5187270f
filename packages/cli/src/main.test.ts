import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { main } from './main.js';
import { run } from './test/harness.js';

describe('main', () => {
  it('prints the overview of commands without arguments, with --help and with help', async () => {
    for (const argv of [[], ['--help'], ['-h'], ['help'], ['--lang', 'en', '--help']]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/^perhekeskus — /);
      expect(result.stdout).toContain('validate');
      expect(result.stdout).toContain('import linked-events');
    }
    expect((await run(['--help', '--lang', 'sv'])).stdout).toContain('Användning: perhekeskus <kommando>');
  });

  it('prints the package version with --version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('rejects an unknown command, listing the commands (exit 2)', async () => {
    const result = await run(['validte', 'x.json', '--lang', 'en']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'perhekeskus: unknown command “validte”; the commands are validate, import, export, ics, schedule, follow-up, jsonld, migrate and publish.\nHelp: perhekeskus --help\n',
    });
  });

  it('rejects an unknown language in Finnish, the default (exit 2)', async () => {
    const result = await run(['schedule', '--lang', 'de']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tuntematon kieli ”de”; käytä fi, sv tai en.');
  });

  it('takes --lang before the command too', async () => {
    const result = await run(['--lang', 'en', 'validate', '--help']);
    expect(result.stdout).toMatch(/^Usage: perhekeskus validate/);
  });

  it('rejects an unknown option before any command (exit 2)', async () => {
    const result = await run(['--verbose']);
    expect(result).toMatchObject({
      code: 2,
      stderr: 'perhekeskus: tuntematon valinta --verbose.\nOhje: perhekeskus --help\n',
    });
  });

  it('asks for an import source and rejects an unknown one (exit 2)', async () => {
    const missing = await run(['import', '--lang', 'en']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('give an import source: ptv, linked-events or hsds.');
    expect(missing.stderr).toContain('Help: perhekeskus import --help');
    const unknown = await run(['import', 'kela']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('tuntematon tuontilähde ”kela”');
    const help = await run(['import', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Käyttö: perhekeskus import <lähde>/);
  });

  it('reports an unexpected failure as an internal error with exit code 1', async () => {
    const io: CliIo = {
      stdout: {
        write: () => {
          throw new Error('disk full');
        },
      },
      stderr: { write: (chunk: string) => errors.push(chunk) },
      fetch: async () => {
        throw new Error('no network in tests');
      },
      readFile: async () => '',
      now: () => new Date('2026-01-01T00:00:00Z'),
    };
    const errors: string[] = [];
    expect(await main(['--help'], io)).toBe(1);
    expect(errors.join('')).toMatch(/^perhekeskus: sisäinen virhe: Error: disk full/);
  });
});
