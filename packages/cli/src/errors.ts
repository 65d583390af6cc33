/** A problem with how the CLI was called or with reading input: exit code 2, one line, no stack. */
export class UsageError extends Error {}
