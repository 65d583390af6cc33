// How the CLI fails. Every fatal message (usage, I/O, internal) is one line that
// starts with ERROR_PREFIX and ends the run with exit code 2.
export const ERROR_PREFIX = 'survey: error: ';

/** A problem with how the CLI was called or with reading input: exit code 2, one line, no stack. */
export class UsageError extends Error {}
