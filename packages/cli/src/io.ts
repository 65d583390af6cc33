// Where the CLI writes and what it knows about its terminal; tests pass their own.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  isTTY: boolean;
  version: string;
}

export function processIo(version: string): Io {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY && !process.env.NO_COLOR,
    version,
  };
}
