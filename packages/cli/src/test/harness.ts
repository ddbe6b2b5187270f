import { readFileSync } from 'node:fs';
import type { CliFileSystem, CliIo, FetchResponse } from '../io.js';
import { main } from '../main.js';

/** A saved API response: a fixture file under src/fixtures/, or a status with a body. */
export type Route = { fixture: string } | { status: number; body?: string };

/** What a test gives the command: files it may read, URLs it may fetch, the clock, the environment. */
export interface RunOptions {
  readonly files?: Readonly<Record<string, string>>;
  readonly routes?: Readonly<Record<string, Route>>;
  readonly now?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly stderrIsTTY?: boolean;
  /** Where `migrate --out` and `publish` write; the real file system (use a temporary folder) when absent. */
  readonly fileSystem?: CliFileSystem;
}

/** A request the command made. */
export interface Request {
  readonly url: string;
  readonly headers: Record<string, string>;
}

/** What a run produced. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly requests: readonly Request[];
}

/** The text of a fixture file under src/fixtures/. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/**
 * Runs `main()` with collected output, the given files, a fake `fetch` that serves only the given
 * routes (any other URL is a 404, and nothing reaches the network), and a fixed clock
 * (2026-01-01 by default).
 */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const requests: Request[] = [];
  const io: CliIo = {
    stdout: {
      write: (chunk: string) => {
        stdout += chunk;
      },
    },
    stderr: {
      write: (chunk: string) => {
        stderr += chunk;
      },
      isTTY: options.stderrIsTTY ?? false,
    },
    fetch: async (url, init): Promise<FetchResponse> => {
      requests.push({ url, headers: init.headers });
      const route = options.routes?.[url];
      const status = route && 'status' in route ? route.status : route ? 200 : 404;
      const body = route === undefined ? '' : 'fixture' in route ? fixture(route.fixture) : (route.body ?? '');
      return {
        ok: status >= 200 && status < 300,
        status,
        statusText: status === 200 ? 'OK' : 'Error',
        text: async () => body,
      };
    },
    readFile: async (path) => {
      const text = options.files?.[path];
      if (text === undefined) {
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      }
      return text;
    },
    now: () => new Date(options.now ?? '2026-01-01T10:00:00Z'),
    env: options.env ?? {},
    ...(options.fileSystem ? { files: options.fileSystem } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, requests };
}
