import { readFile } from 'node:fs/promises';

/** Where the command writes: a stream, or anything with `write` (tests collect into a string). */
export interface OutputStream {
  write(chunk: string): unknown;
  /** True when a person is watching (a terminal): progress is shown then. */
  readonly isTTY?: boolean;
}

/** The part of a `fetch` response the command reads. */
export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  text(): Promise<string>;
}

/** The part of `fetch` the command uses: GET with headers. */
export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal?: AbortSignal },
) => Promise<FetchResponse>;

/**
 * Everything the command touches outside itself, so `main()` runs the same in a test (collected
 * output, saved API responses, a fixed clock) as in a terminal. Nothing is read or fetched unless a
 * command needs it.
 */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly fetch: FetchLike;
  /** Reads a UTF-8 text file; rejects with a Node error (`code: 'ENOENT'`…) as `fs.readFile` does. */
  readonly readFile: (path: string) => Promise<string>;
  /** The current instant: "today" is its Helsinki date. */
  readonly now: () => Date;
  /** Environment variables (`PTV_API_KEY`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The real streams, `fetch`, file system, clock and environment of this process, for the bin.
 *
 * @returns the process's I/O
 * @example
 * process.exitCode = await main(process.argv.slice(2), processIo());
 */
export function processIo(): CliIo {
  // A closed pipe (`perhekeskus schedule | head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    fetch: (url, init) => fetch(url, init),
    readFile: (path) => readFile(path, 'utf8'),
    now: () => new Date(),
    env: process.env,
  };
}
