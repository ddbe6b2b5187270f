import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';

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
 * The file operations of the commands that write files (`--out`, `publish`). Each rejects with
 * a Node error (`code: 'ENOENT'`…) as `node:fs/promises` does.
 */
export interface CliFileSystem {
  /** Writes a UTF-8 text file, replacing it. */
  writeFile(path: string, text: string): Promise<void>;
  /** Makes a folder and its parents; an existing one is fine. */
  mkdir(path: string): Promise<void>;
  /** Renames a file or folder; replaces a file at `to` (not a folder). */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file or a folder with everything in it; a missing one is fine. */
  rm(path: string): Promise<void>;
  /** The names in a folder. */
  readdir(path: string): Promise<string[]>;
  /** Reads a UTF-8 text file (one the command wrote earlier, such as a previous `index.json`). */
  readFile(path: string): Promise<string>;
  /** What is at a path, or undefined when nothing is. */
  kind(path: string): Promise<'file' | 'directory' | undefined>;
}

/**
 * The file system of this process.
 *
 * @returns `node:fs/promises` behind {@link CliFileSystem}
 * @example
 * await nodeFileSystem().writeFile('out.json', '{}\n');
 */
export function nodeFileSystem(): CliFileSystem {
  return {
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    mkdir: async (path) => {
      await mkdir(path, { recursive: true });
    },
    rename: (from, to) => rename(from, to),
    rm: (path) => rm(path, { recursive: true, force: true }),
    readdir: (path) => readdir(path),
    readFile: (path) => readFile(path, 'utf8'),
    kind: async (path) => {
      const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      return found === undefined ? undefined : found.isDirectory() ? 'directory' : 'file';
    },
  };
}

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
  /** Environment variables (`PTV_API_KEY`, `SOURCE_DATE_EPOCH`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where `--out` and `publish` write; this process's file system when absent. */
  readonly files?: CliFileSystem;
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
    files: nodeFileSystem(),
  };
}
