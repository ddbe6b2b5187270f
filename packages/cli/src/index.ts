/**
 * `@perhekeskus/cli`: the `perhekeskus` command. The bin runs `main(process.argv.slice(2), processIo())`;
 * a program (or a test) can run a command the same way with its own streams, `fetch`, files and clock.
 */
export type { CliFileSystem, CliIo, FetchLike, FetchResponse, OutputStream } from './io.js';
export { nodeFileSystem, processIo } from './io.js';
export { main } from './main.js';
export { type CliLanguage, cliLanguages, type Messages, messages } from './messages.js';
