// The server's view of the files: open documents over the disk, one Program and
// parse cache shared by every compile, and the last CompileResult per entry file.
// A result is dropped as soon as any file it read (or failed to import) changes,
// so editing a shared scales file re-checks every open survey that imports it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CheckCache,
  Program,
  ParseCache,
  nodeHost,
  parseConfig,
  type CompileResult,
  type CompilerHost,
  type ResolvedConfig,
} from '@survey/compiler';
import { pathToUri, uriToPath } from './uri.ts';
import { scanSurveyFiles } from './scan.ts';

export interface OpenDocument {
  uri: string;
  path: string;
  text: string;
  version: number;
}

export interface WorkspaceOptions {
  /** Where unopened files come from; the disk by default. */
  disk?: CompilerHost;
  /** Workspace folders, searched for `.survey` files by cross-file features. */
  roots?: string[];
  /** `survey.configPath`: use this config file instead of the nearest survey.config.json. */
  configPath?: string;
  /**
   * Check incrementally: rules about one question rerun only on questions whose text
   * changed since the last compile of the same entry (default true; tests compare
   * with false).
   */
  incremental?: boolean;
  /** Called once per compile the workspace starts (tests count them; nothing else needs it). */
  onCompile?: (entry: string) => void;
}

export class Workspace {
  readonly docs = new Map<string, OpenDocument>();
  readonly cache = new ParseCache();
  readonly host: CompilerHost;
  roots: string[];
  configPath?: string;
  private disk: CompilerHost;
  private program: Program;
  private onCompile?: (entry: string) => void;
  private incremental: boolean;
  /** Per entry file, what its last check found per question (undefined when not incremental). */
  private checkCaches = new Map<string, CheckCache>();
  private results = new Map<string, CompileResult>();
  /** Per entry, the last compile whose entry file still declared something. */
  private lastGood = new Map<string, CompileResult>();

  constructor(options: WorkspaceOptions = {}) {
    this.disk = options.disk ?? nodeHost;
    this.roots = (options.roots ?? []).map((r) => resolve(r));
    this.configPath = options.configPath;
    this.onCompile = options.onCompile;
    this.incremental = options.incremental ?? true;
    // Open documents first, then the disk: the same compile the CLI runs, on unsaved text.
    this.host = {
      readFile: (p) => this.docs.get(p)?.text ?? this.disk.readFile(p),
      whyUnreadable: (p) => (this.docs.has(p) ? undefined : this.disk.whyUnreadable?.(p)),
      readBinary: (p) => this.disk.readBinary?.(p),
    };
    this.program = new Program(this.host, this.cache);
  }

  /**
   * Whether the server may offer edits to this file: its text was read losslessly. A file
   * on disk that is not UTF-8 reads as undefined; a text holding U+FFFD was already decoded
   * with losses by whoever opened it, and saving an edit would make the loss permanent.
   */
  editable(path: string): boolean {
    const text = this.host.readFile(path);
    return text !== undefined && !text.includes('\uFFFD');
  }

  pathOf(uri: string): string {
    return uriToPath(uri, this.roots);
  }

  /** The URI the client used for an open document, else a file URI. */
  uriOf(path: string): string {
    return this.docs.get(path)?.uri ?? pathToUri(path);
  }

  isOpen(path: string): boolean {
    return this.docs.has(path);
  }

  openPaths(): string[] {
    return [...this.docs.keys()];
  }

  /** The client's version of an open document. */
  versionOf(path: string): number | undefined {
    return this.docs.get(path)?.version;
  }

  /**
   * Opens or updates a document; returns its path. A new version with the same text
   * (an undo back, a save that changed nothing) keeps the compiles that read it.
   */
  set(uri: string, text: string, version: number): string {
    const path = this.pathOf(uri);
    const before = this.docs.get(path);
    this.docs.set(path, { uri, path, text, version });
    if (before?.text !== text) this.invalidate(path);
    return path;
  }

  /** Closes a document: from now on its text comes from the disk again. */
  close(uri: string): string {
    const path = this.pathOf(uri);
    this.docs.delete(path);
    this.invalidate(path);
    this.results.delete(path);
    this.lastGood.delete(path);
    this.checkCaches.delete(path);
    return path;
  }

  /**
   * A file changed, appeared or disappeared on disk. An open document's text comes
   * from the editor, so saving it (autosave on every pause) changes nothing here.
   */
  diskChanged(path: string): void {
    if (this.docs.has(path)) return;
    this.cache.delete(path);
    this.invalidate(path);
  }

  /** Settings changed: compiles are dropped only when the config file to use changed. */
  setConfigPath(configPath: string | undefined): boolean {
    if ((configPath || undefined) === this.configPath) return false;
    this.configPath = configPath || undefined;
    for (const p of this.openPaths()) this.invalidate(p);
    return true;
  }

  /** Open entries whose last compile read `path` (or tried to import it), `path` excluded. */
  readers(path: string): string[] {
    const out: string[] = [];
    for (const [entry, result] of this.results) {
      if (entry !== path && this.docs.has(entry) && reads(result, path)) out.push(entry);
    }
    return out;
  }

  /** Drops every result that read `path`; returns the entries dropped. */
  invalidate(path: string): string[] {
    const dropped: string[] = [];
    for (const [entry, result] of this.results) {
      if (entry === path || reads(result, path)) {
        this.results.delete(entry);
        dropped.push(entry);
      }
    }
    return dropped;
  }

  /** The compile of `path` as the entry file, on the current texts. */
  result(path: string): CompileResult {
    let r = this.results.get(path);
    if (!r) {
      this.onCompile?.(path);
      let checkCache = this.checkCaches.get(path);
      if (!checkCache && this.incremental) this.checkCaches.set(path, (checkCache = new CheckCache()));
      r = this.program.compile(path, { config: this.config(), checkCache });
      this.results.set(path, r);
      if (r.binding.declarations.some((d) => d.file === path)) this.lastGood.set(path, r);
    }
    return r;
  }

  /**
   * The current compile, or while the text is too broken to declare anything (a
   * survey whose closing brace is not typed yet) the last one that did: completion
   * still knows the names. Its offsets may be stale, so only names are read from it.
   */
  namesResult(path: string): CompileResult {
    const current = this.result(path);
    if (current.binding.declarations.some((d) => d.file === path)) return current;
    return this.lastGood.get(path) ?? current;
  }

  /** Cached results, for tests and measurements. */
  hasResult(path: string): boolean {
    return this.results.has(path);
  }

  /**
   * Every survey file the workspace knows: open documents plus `.survey` files under
   * the roots. A cached result of an unopened file is reused only while every file it
   * read still has the same text, so an edit outside the editor is never missed, even
   * by clients that do not report file changes.
   */
  projectResults(): CompileResult[] {
    // Other versions of a file (a `git:` document) are not part of the project: references
    // and renames stay in the files the user edits.
    const editable = [...this.docs.values()].filter((d) => /^(file|untitled):/.test(d.uri)).map((d) => d.path);
    const paths = new Set([...editable, ...this.scan()]);
    return [...paths].map((p) => {
      const cached = this.results.get(p);
      if (cached && !this.docs.has(p) && [...cached.files.values()].some((f) => this.host.readFile(f.path) !== f.text))
        this.results.delete(p);
      return this.result(p);
    });
  }

  private scan(): string[] {
    return scanSurveyFiles(this.roots);
  }

  private config(): ResolvedConfig | undefined {
    if (!this.configPath) return undefined;
    const path = resolve(this.roots[0] ?? process.cwd(), this.configPath);
    try {
      return parseConfig(readFileSync(path, 'utf8'), path);
    } catch {
      return undefined; // a missing file: fall back to the nearest survey.config.json
    }
  }
}

/** True when the compile read `path` or tried to import it (so creating it matters). */
export function reads(result: CompileResult, path: string): boolean {
  if (result.files.has(path)) return true;
  for (const f of result.files.values()) if (f.imports.includes(path)) return true;
  return false;
}
