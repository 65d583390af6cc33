// Errors the engine reports to the user. DataError: the responses are wrong (exit 1);
// InputError: a file cannot be read or an option is wrong (exit 2). Both carry the
// file (and row when known) and print as one line, never with a stack.
export class DataError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly row?: number,
  ) {
    super(file ? `${file}${row !== undefined ? `:${row}` : ''}: ${message}` : message);
  }
}

export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
  }
}
