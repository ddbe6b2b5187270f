import { randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { CliError } from './errors.js';
import { type CliFileSystem, type CliIo, nodeFileSystem } from './io.js';
import type { Messages } from './messages.js';

/** The file system a command writes through: the io's, else this process's. */
export function fileSystemOf(io: CliIo): CliFileSystem {
  return io.files ?? nodeFileSystem();
}

/** A name beside `path` that no other run picks: `path.tmp-1a2b3c4d`. */
const besideName = (path: string, what: string) => `${path}.${what}-${randomUUID().slice(0, 8)}`;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Writes a text file so that it is either the old file or the whole new one, never half of it: the
 * text goes to a temporary file beside it, which is then renamed over it (a rename within a folder
 * replaces a file in one step).
 *
 * @param io - the command's I/O (its `files`)
 * @param path - the file to write
 * @param text - its new content
 * @param m - the messages of the chosen language
 * @throws CliError naming the file when it cannot be written (the temporary file is removed)
 * @example
 * await writeFileAtomic(io, 'region.json', '{…}\n', messages.fi);
 */
export async function writeFileAtomic(io: CliIo, path: string, text: string, m: Messages): Promise<void> {
  const fs = fileSystemOf(io);
  const temporary = besideName(path, 'tmp');
  try {
    await fs.writeFile(temporary, text);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary).catch(() => undefined);
    throw new CliError(m.writeFailed(path, reasonOf(error)));
  }
}

/**
 * Writes a command's finished result: to standard output, or with `--out` to that file, written whole
 * or not at all ({@link writeFileAtomic}), so that a failed run never leaves an empty or half-written
 * file where the previous result was (as `command > file` does: the shell empties the file first).
 * Call it only once the whole text is ready.
 *
 * @param io - the command's I/O (its `stdout` and `files`)
 * @param out - the `--out` file, or undefined for standard output
 * @param text - the complete result
 * @param m - the messages of the chosen language
 * @throws CliError naming the file when it cannot be written
 * @example
 * await writeOutput(io, 'places.json', '{…}\n', messages.fi); // places.json replaced in one step
 * await writeOutput(io, undefined, '{…}\n', messages.fi); // standard output
 */
export async function writeOutput(io: CliIo, out: string | undefined, text: string, m: Messages): Promise<void> {
  if (out === undefined) io.stdout.write(text);
  else await writeFileAtomic(io, out, text, m);
}

/**
 * Replaces a folder with a new set of files as nearly in one step as a file system allows: the files
 * are written into a temporary folder beside it, the old folder is renamed aside, the new one renamed
 * into place, and only then the old one removed. A failure while writing leaves the old folder as it
 * was; a failure while renaming puts it back.
 *
 * @param io - the command's I/O (its `files`)
 * @param dir - the folder to replace (made, with its parents, when missing); a trailing `/` is fine
 * @param files - paths relative to `dir` (with `/` between folders) and their text
 * @param m - the messages of the chosen language
 * @throws CliError naming the file or folder that could not be written
 * @example
 * await replaceDirectory(io, 'public/data/etela-savo', [{ path: 'index.json', text: '{…}\n' }], messages.fi);
 */
export async function replaceDirectory(
  io: CliIo,
  dir: string,
  files: readonly { path: string; text: string }[],
  m: Messages,
): Promise<void> {
  const fs = fileSystemOf(io);
  // `out/`, `out/.` or `.` would put the temporary and the old folder inside the folder being replaced
  // (and renaming a folder into itself is EINVAL): work on the folder's resolved path, which has no
  // trailing separator, and keep the path as given for the messages.
  const target = resolve(dir);
  const temporary = besideName(target, 'tmp');
  const aside = besideName(target, 'old');
  let writing = temporary;
  try {
    await fs.mkdir(dirname(target));
    await fs.mkdir(temporary);
    for (const file of files) {
      writing = join(temporary, file.path);
      await fs.mkdir(dirname(writing));
      await fs.writeFile(writing, file.text);
    }
  } catch (error) {
    await fs.rm(temporary).catch(() => undefined);
    throw new CliError(
      m.writeFailed(writing === temporary ? dir : join(dir, writing.slice(temporary.length + 1)), reasonOf(error)),
    );
  }
  const existed = (await fs.kind(target)) !== undefined;
  try {
    if (existed) await fs.rename(target, aside);
    await fs.rename(temporary, target);
  } catch (error) {
    if (existed && (await fs.kind(target)) === undefined) await fs.rename(aside, target).catch(() => undefined);
    await fs.rm(temporary).catch(() => undefined);
    throw new CliError(m.writeFailed(dir, reasonOf(error)));
  }
  if (existed) await fs.rm(aside);
}
