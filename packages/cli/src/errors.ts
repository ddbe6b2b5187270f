/**
 * The two ways a command fails on purpose. A `UsageError` (exit code 2) means the command line is
 * wrong and the help can fix it; a `CliError` (exit code 1) means the command ran but could not do
 * its job: a file is missing, invalid or a server failed. Both carry a message already in the
 * user's language.
 */

/** A wrong command line: unknown option, missing value, bad date. Exit code 2. */
export class UsageError extends Error {
  /** The command whose help to point to (`validate`, `import ptv`), or undefined for the main help. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** The command could not do its job. Exit code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
