import type { PublishedFileData } from './publishRegion.js';

/**
 * A published file's text as it is written: a JSON file as `JSON.stringify(data, null, 2)` and a
 * newline, an HTML fragment or the stylesheet as its text. The same file gives the same bytes.
 *
 * @param file - one of `publishRegion`'s files
 * @returns the file's text
 * @example
 * publishedFileText({ path: 'places.json', data: { places: [] } }); // '{\n  "places": []\n}\n'
 * publishedFileText({ path: 'html/perhekeskus-fragments.css', data: '.pk-fragment {}\n' }); // '.pk-fragment {}\n'
 */
export function publishedFileText(file: PublishedFileData): string {
  if (file.path.endsWith('.json') || typeof file.data !== 'string') return `${JSON.stringify(file.data, null, 2)}\n`;
  return file.data;
}
