import { readFileSync } from 'node:fs';

/** The invented bilingual county of the docs and tests (examples/pohjanmaa/region.json), as text. */
export const POHJANMAA_TEXT = readFileSync(
  new URL('../../../../examples/pohjanmaa/region.json', import.meta.url),
  'utf8',
);

/** A fresh copy of the example county as plain JSON, free to break. */
// biome-ignore lint/suspicious/noExplicitAny: tests reach into the file freely to break it
export const pohjanmaa = (): any => JSON.parse(POHJANMAA_TEXT);

/** A region file for `run`'s `files`. */
export const regionFile = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
