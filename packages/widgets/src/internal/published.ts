import type { PublishedFile, PublishedFileKind, PublishManifest } from '@perhekeskus/core';
import { fetchJson } from './fetch-json.js';

/**
 * A published folder (`perhekeskus publish`) as a widget reads it: the manifest, where it is, and
 * whether its files were checked when they were built (the built-in data) or must be checked at the
 * door (a site's own `src`).
 */
export interface PublishedFolder {
  manifest: PublishManifest;
  /** The manifest's address; the files' paths are relative to it. */
  index: URL;
  /** True for the built-in data, validated at build time; false for a `src`, checked in the browser. */
  trusted: boolean;
}

/** What a `src` held: a published folder's manifest, or a single file of one of the older formats. */
export type Source = { kind: 'published'; folder: PublishedFolder } | { kind: 'file'; json: unknown };

/**
 * Whether JSON looks like a publish manifest: enough to route it without loading a schema. A folder
 * from a `src` is fully validated afterwards (the widget's door check), so this may stay shallow.
 *
 * @param json - parsed JSON
 * @returns true when it names the published format and lists its files
 * @example
 * isManifest({ format: 'perhekeskus-published', formatVersion: 1, files: [] }); // true
 */
export function isManifest(json: unknown): json is PublishManifest {
  if (typeof json !== 'object' || json === null) return false;
  const m = json as Record<string, unknown>;
  return m['format'] === 'perhekeskus-published' && typeof m['formatVersion'] === 'number' && Array.isArray(m['files']);
}

/**
 * Reads a `src` (or the built-in `index.json`): a publish manifest becomes a folder to read files from;
 * anything else is handed back as a single file of an older format (a places list, calendar entries…).
 *
 * @param url - the address
 * @param signal - aborts the request
 * @param trusted - true only for the built-in data
 * @returns the folder, or the file's JSON
 * @throws {LoadError} when the address cannot be read as JSON
 */
export async function openSource(url: URL, signal: AbortSignal, trusted: boolean): Promise<Source> {
  const json = await fetchJson(url, signal);
  if (isManifest(json)) return { kind: 'published', folder: { manifest: json, index: url, trusted } };
  return { kind: 'file', json };
}

/**
 * The files of a kind the manifest lists, in its order (`group-calendar` files, one per group).
 *
 * @param folder - the published folder
 * @param kind - `places`, `group-calendar`, `year-clock` or `evaluation-calendar`
 * @returns the listed files of that kind
 */
export function filesOf(folder: PublishedFolder, kind: PublishedFileKind): PublishedFile[] {
  return folder.manifest.files.filter((file) => file.kind === kind);
}

/**
 * Reads one file of a published folder, by its path relative to the manifest.
 *
 * @param folder - the published folder
 * @param file - a file the manifest lists
 * @param signal - aborts the request
 * @returns the parsed JSON (check it at the door unless the folder is trusted)
 */
export function readFile(folder: PublishedFolder, file: PublishedFile, signal: AbortSignal): Promise<unknown> {
  return fetchJson(new URL(file.path, folder.index), signal);
}
