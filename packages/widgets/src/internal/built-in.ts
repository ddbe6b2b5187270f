/**
 * Where the built-in data's published folder is (`perhekeskus publish` at build time): the embed
 * sets it from its own address, so the folder travels with the embed wherever a site puts it. A
 * widget without `src` reads it; the files were validated when they were built, so the browser does
 * not check them again.
 */
let builtInIndex: URL | undefined;

/**
 * Records the built-in data's `index.json` (called once by the embed's entry).
 *
 * @param url - the address of the built-in `index.json`
 * @example
 * setBuiltInIndex(new URL('data/etela-savo/index.json', import.meta.url));
 */
export function setBuiltInIndex(url: URL): void {
  builtInIndex = url;
}

/**
 * The built-in data's `index.json`, when this build has one.
 *
 * @returns the URL, or undefined (a page importing the npm modules sets `src` instead)
 */
export function getBuiltInIndex(): URL | undefined {
  return builtInIndex;
}
