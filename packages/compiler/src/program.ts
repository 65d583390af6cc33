// A Program loads a survey file and everything it imports through a host, parses
// each file once (cached by path and text), binds, checks and returns diagnostics.
// The CLI and the language server both use it; the server's host serves open
// documents first and keeps the parse cache across edits.
import { parse, reparseText, type ParseResult, type SyntaxDiagnostic } from '@survey/syntax';
import { dirname, resolve as resolvePath } from 'node:path';
import { LineMap } from '@survey/syntax';
import { readSourceFile, encodingMessage, type ReadProblem } from './source-text.ts';
import { bind, type Binding } from './binder/bind.ts';
import { check } from './checker.ts';
import { trimTokenCaches } from './wording/tokenize.ts';
import { releaseCompileCaches } from './one-shot.ts';
import type { CheckCache } from './incremental/check-cache.ts';
import { emptyConfig, loadConfig, type ResolvedConfig } from './config.ts';
import { applySuppressions } from './suppressions.ts';
import { createDiagnostic, renderMessage, requireDiagnosticDef } from './diagnostics/registry.ts';
import type { CodeFix, Diagnostic } from './diagnostics/types.ts';
import type { Survey } from './model.ts';
import { resolveImages } from './answer-types/images.ts';
import { readFileSync } from 'node:fs';

export interface CompilerHost {
  /** Text of a file, or undefined when it cannot be read (or not losslessly: see source-text.ts). */
  readFile(path: string): string | undefined;
  /** Why readFile returned undefined, when the host knows; an encoding problem becomes a diagnostic. */
  whyUnreadable?(path: string): ReadProblem | undefined;
  /** Bytes of a file (the images of image-choice options), or undefined when it cannot be read. */
  readBinary?(path: string): Uint8Array | undefined;
}

/** The disk, under the encoding policy: a file that is not UTF-8 reads as undefined. */
export const nodeHost: CompilerHost = {
  readFile: (path) => readSourceFile(path).text,
  whyUnreadable: (path) => readSourceFile(path).problem,
  readBinary: (path) => {
    try {
      return readFileSync(path);
    } catch {
      return undefined; // reported by option-image-source (SVY2123)
    }
  },
};

export interface SourceFile {
  path: string;
  text: string;
  parse: ParseResult;
  /** Resolved absolute paths of its imports, in order (unresolvable ones included). */
  imports: string[];
}

export interface CompileResult {
  /** The entry file's survey; undefined for a shared file without one. */
  survey?: Survey;
  binding: Binding;
  /** Every file read, entry first. */
  files: Map<string, SourceFile>;
  diagnostics: Diagnostic[];
  config: ResolvedConfig;
  /** True when no diagnostic has severity error. */
  ok: boolean;
}

export interface CompileOptions {
  /** Use this config instead of searching for survey.config.json. */
  config?: ResolvedConfig;
  /** Reuse the diagnostics of unchanged questions from the previous compile of this entry (the language server). */
  checkCache?: CheckCache;
  /**
   * This compile will not be followed by another of the same texts (the CLI): keep nothing
   * for a later one, and let go of the wording data once the rules have run (one-shot.ts).
   */
  oneShot?: boolean;
}

/**
 * Parses are cached by path; an entry is reused while the text is the same string.
 * A changed text is re-parsed incrementally from the cached parse (only the member
 * around the edit; the previous result is consumed), else in full.
 */
export class ParseCache {
  private entries = new Map<string, { text: string; result: ParseResult }>();

  get(path: string, text: string): ParseResult {
    const hit = this.entries.get(path);
    if (hit && hit.text === text) return hit.result;
    const result = hit ? reparseText(hit.result, text) : parse(text);
    this.entries.set(path, { text, result });
    return result;
  }

  delete(path: string): void {
    this.entries.delete(path);
  }
}

export class Program {
  constructor(
    private host: CompilerHost = nodeHost,
    readonly cache: ParseCache = new ParseCache(),
  ) {}

  /** Reads, parses and resolves the imports of `entry` and the files it imports. */
  loadFiles(entry: string): { files: Map<string, SourceFile>; diagnostics: Diagnostic[] } {
    const files = new Map<string, SourceFile>();
    const diagnostics: Diagnostic[] = [];
    const stack: string[] = [];
    const visit = (path: string): void => {
      if (files.has(path)) return;
      const text = this.host.readFile(path);
      if (text === undefined) {
        const problem = this.host.whyUnreadable?.(path);
        if (problem?.kind === 'encoding') {
          // Located at the first bad byte; the file is not parsed, so nothing downstream sees garbled text.
          const empty = parse('');
          const at = problem.prefix.length;
          files.set(path, {
            path,
            text: problem.prefix,
            parse: { ...empty, text: problem.prefix, lineMap: new LineMap(problem.prefix) },
            imports: [],
          });
          diagnostics.push(createDiagnostic({ ...encodingMessage(problem.encoding), file: path, range: { start: at, end: at } }));
        }
        return;
      }
      const parsed = this.cache.get(path, text);
      const file: SourceFile = { path, text, parse: parsed, imports: [] };
      files.set(path, file);
      stack.push(path);
      for (const imp of parsed.ast.imports) {
        if (!imp.path || imp.path.value === '') continue;
        const target = resolvePath(dirname(path), imp.path.value);
        file.imports.push(target);
        const cycleAt = stack.indexOf(target);
        if (cycleAt >= 0) {
          const chain = [...stack.slice(cycleAt), target].map((p) => p.split(/[\\/]/).pop()).join(' → ');
          const closing = createDiagnostic({ code: 'SVY2004', file: path, range: imp.range, args: { cycle: chain } });
          diagnostics.push(closing);
          // Report it at both ends: also at the import that opens the cycle, so that the file
          // an author has open (often the entry) shows it too, each pointing at the other.
          const first = stack[cycleAt];
          const next = stack[cycleAt + 1] ?? target;
          const opening = files
            .get(first)
            ?.parse.ast.imports.find((i) => i.path && i.path.value !== '' && resolvePath(dirname(first), i.path.value) === next);
          if (opening && !(first === path && opening === imp)) {
            const other = createDiagnostic({ code: 'SVY2004', file: first, range: opening.range, args: { cycle: chain } });
            other.related = [{ file: path, range: imp.range, message: 'the import that closes the cycle' }];
            closing.related = [{ file: first, range: opening.range, message: 'the import that opens the cycle' }];
            diagnostics.push(other);
          }
          continue;
        }
        if (this.host.readFile(target) === undefined && this.host.whyUnreadable?.(target)?.kind !== 'encoding') {
          diagnostics.push(createDiagnostic({ code: 'SVY2003', file: path, range: imp.path.range, args: { path: imp.path.value } }));
          continue;
        }
        visit(target);
      }
      stack.pop();
    };
    visit(entry);
    return { files, diagnostics };
  }

  compile(entry: string, options: CompileOptions = {}): CompileResult {
    const path = resolvePath(entry);
    const config = options.config ?? loadConfig(dirname(path));
    try {
      return this.compileWith(path, config, options);
    } catch (e) {
      // A compiler bug on this input: one diagnostic on this file, so the caller still
      // reports every other file (and the language server still publishes).
      if (process.env.SURVEY_DEBUG) throw e;
      const reason = e instanceof RangeError ? 'the input is nested too deeply for the compiler' : ((e as Error)?.message ?? String(e));
      const diagnostic = createDiagnostic({ code: 'SVY0001', file: path, range: { start: 0, end: 0 }, args: { rule: 'compile', reason } });
      let text = '';
      try {
        text = this.host.readFile(path) ?? '';
      } catch {
        // the host itself failed: the diagnostic stands on an empty text
      }
      const file: SourceFile = { path, text, parse: { ...parse(''), text, lineMap: new LineMap(text) }, imports: [] };
      const files = new Map([[path, file]]);
      return { binding: bind(path, new Map()), files, diagnostics: [diagnostic], config, ok: false };
    }
  }

  private compileWith(path: string, config: ResolvedConfig, options: CompileOptions): CompileResult {
    trimTokenCaches();
    const { files, diagnostics } = this.loadFiles(path);
    const all: Diagnostic[] = [...config.diagnostics];
    for (const f of files.values()) {
      for (const d of f.parse.diagnostics) {
        const def = requireDiagnosticDef(d.code);
        all.push({
          code: d.code,
          severity: def.severity,
          message: renderMessage(d.code, d.messageId, d.args),
          file: f.path,
          range: d.range,
          fixes: reservedWordFixes(f.path, d, f.parse.diagnostics),
        });
      }
    }
    all.push(...diagnostics);
    // The language server's check cache also keeps the last binding, reused when an edit changed one question's wording.
    const binding = options.checkCache ? options.checkCache.binder.bind(path, files) : bind(path, files);
    resolveImages(binding.survey, this.host.readBinary?.bind(this.host));
    const checked = options.checkCache ? options.checkCache.check({ binding, files, config }) : check({ binding, files, config });
    for (const d of checked) all.push(d); // not a spread: a large survey can have more diagnostics than a call has room for arguments
    if (options.oneShot) releaseCompileCaches(binding);
    const finalDiagnostics = applySuppressions(all, files, config);
    return {
      survey: binding.survey,
      binding,
      files,
      diagnostics: finalDiagnostics,
      config,
      ok: !finalDiagnostics.some((d) => d.severity === 'error'),
    };
  }
}

/** Convenience for one-off use: compile a file from disk. */
export function compileFile(path: string, options?: CompileOptions): CompileResult {
  return new Program().compile(path, options);
}

/** Compile text that is not on disk (tests, fuzzing, the playground). Imports resolve against `files`. */
export function compileText(
  text: string,
  options: CompileOptions & { path?: string; files?: Record<string, string>; binaries?: Record<string, Uint8Array> } = {},
): CompileResult {
  const path = resolvePath(options.path ?? '/virtual/input.survey');
  const extra = new Map(Object.entries(options.files ?? {}).map(([p, t]) => [resolvePath(dirname(path), p), t] as const));
  const bytes = new Map(Object.entries(options.binaries ?? {}).map(([p, b]) => [resolvePath(dirname(path), p), b] as const));
  const host: CompilerHost = { readFile: (p) => (p === path ? text : extra.get(p)), readBinary: (p) => bytes.get(p) };
  return new Program(host).compile(path, { config: options.config ?? emptyConfig() });
}

/** SVY2091's quick fix: rename the reserved word wherever this file uses it as a name (`text` → `text_`). */
function reservedWordFixes(file: string, d: SyntaxDiagnostic, all: readonly SyntaxDiagnostic[]): CodeFix[] | undefined {
  if (d.code !== 'SVY2091') return undefined;
  const same = all.filter((o) => o.code === 'SVY2091' && o.args.word === d.args.word);
  return [
    {
      title: `Rename '${d.args.word}' to '${d.args.rename}'`,
      edits: same.map((o) => ({ file, range: o.range, newText: String(o.args.rename) })),
    },
  ];
}
