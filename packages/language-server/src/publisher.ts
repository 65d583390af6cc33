// Diagnostics as you type: changes are debounced, then every open document is
// checked again (only compiles whose inputs changed actually rerun). The edited
// document always gets a fresh publish (clients and benchmarks take it as "checked");
// the others only when their diagnostics changed. A closed document is cleared.
// A broken survey.config.json gets its own diagnostics, cleared once it is fixed.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { configDiagnostics, diagnosticsFor } from './diagnostics.ts';
import type { Workspace } from './workspace.ts';
import type { Logger } from './safe.ts';

/** `version`: the document version the diagnostics were computed for (undefined for files not open). */
export type Publish = (uri: string, diagnostics: LspDiagnostic[], version?: number) => void;

export class DiagnosticsPublisher {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sent = new Map<string, string>();
  private edited = new Set<string>();
  /** Files outside the surveys (a config file) that were sent diagnostics. */
  private sentOutside = new Set<string>();

  constructor(
    private ws: Workspace,
    private publish: Publish,
    private log: Logger,
    readonly delayMs = 200,
  ) {}

  private waiting: Array<() => void> = [];

  /**
   * Resolves once no check is pending: at once when the last flush is current, else
   * after the next one. Requests that can wait (tokens, hints, symbols) use it so a
   * burst of typing costs one compile, shared by the diagnostics and those requests.
   */
  settled(): Promise<void> {
    if (!this.timer) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** A document or file changed: check again after a quiet period. */
  schedule(delayMs = this.delayMs, editedPath?: string): void {
    if (editedPath) this.edited.add(editedPath);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), delayMs);
  }

  /** A document was closed: clear what the client shows for it now. */
  cleared(uri: string): void {
    this.sent.delete(uri);
    this.publish(uri, []);
    this.schedule();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const edited = this.edited;
    this.edited = new Set();
    for (const path of this.ws.openPaths()) {
      const uri = this.ws.uriOf(path);
      let diagnostics: LspDiagnostic[];
      try {
        diagnostics = diagnosticsFor(this.ws, path);
      } catch (e) {
        this.log(`[survey] checking ${path} failed: ${(e as Error)?.stack ?? String(e)}`);
        continue;
      }
      const key = JSON.stringify(diagnostics);
      if (this.sent.get(uri) === key && !edited.has(path)) continue;
      this.sent.set(uri, key);
      this.publish(uri, diagnostics, this.ws.versionOf(path));
    }
    this.flushOutside();
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  private flushOutside(): void {
    let outside: Map<string, LspDiagnostic[]>;
    try {
      outside = configDiagnostics(this.ws);
    } catch (e) {
      return this.log(`[survey] checking the config failed: ${(e as Error)?.stack ?? String(e)}`);
    }
    for (const uri of this.sentOutside) if (!outside.has(uri)) this.publish(uri, []);
    for (const [uri, diagnostics] of outside) {
      const key = JSON.stringify(diagnostics);
      if (this.sent.get(uri) !== key) this.publish(uri, diagnostics);
      this.sent.set(uri, key);
    }
    for (const uri of this.sentOutside) if (!outside.has(uri)) this.sent.delete(uri);
    this.sentOutside = new Set(outside.keys());
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const resolve of this.waiting) resolve();
    this.waiting = [];
  }
}
