// Every handler runs through `safely`: a bug in a feature must never take the
// server down while someone is typing. The exception (thrown or rejected) becomes
// the empty answer plus one log line. A ResponseError is a deliberate refusal
// (an invalid new name) and goes to the client as is.
import { ResponseError } from 'vscode-languageserver';

export type Logger = (message: string) => void;

export function safely<A extends unknown[], R>(
  name: string,
  log: Logger,
  fallback: Awaited<R>,
  fn: (...args: A) => R,
): (...args: A) => R | Awaited<R> {
  const fail = (e: unknown): Awaited<R> => {
    if (e instanceof ResponseError) throw e; // a deliberate answer (rename refused), not a bug
    log(`[survey] ${name} failed: ${(e as Error)?.stack ?? String(e)}`);
    return fallback;
  };
  return (...args: A) => {
    try {
      const out = fn(...args);
      if (out instanceof Promise) return out.catch(fail) as R;
      return out;
    } catch (e) {
      return fail(e);
    }
  };
}
