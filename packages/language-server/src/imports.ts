// Everything about `import "…"` strings: the link to the imported file, completion
// of the path while it is typed (folders and .survey files beside the document), and
// the edits that keep imports pointing at a .survey file or folder being renamed.
// Paths are resolved as the compiler resolves them (relative to the importing file),
// and the resolved targets are the compile's own (SourceFile.imports).
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  CompletionItemKind,
  type CompletionItem,
  type DocumentLink,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { quoteString, type ImportDecl } from '@survey/syntax';
import type { CompileResult, SourceFile } from '@survey/compiler';
import { toRange } from './convert.ts';
import { isUnplaced } from './uri.ts';
import type { Workspace } from './workspace.ts';

/** Each import with a path, and the file it resolves to (as the compiler resolved it). */
function importsOf(file: SourceFile): Array<{ node: ImportDecl & { path: NonNullable<ImportDecl['path']> }; target: string }> {
  const withPath = file.parse.ast.imports.filter((i): i is ImportDecl & { path: NonNullable<ImportDecl['path']> } => !!i.path?.value);
  return withPath.map((node, k) => ({ node, target: file.imports[k] }));
}

/** Links on the path of every import whose file the compile read. */
export function documentLinks(ws: Workspace, path: string): DocumentLink[] {
  const result = ws.result(path);
  const file = result.files.get(path);
  if (!file) return [];
  return importsOf(file)
    .filter((i) => i.target && result.files.has(i.target))
    .map((i) => ({
      range: toRange(file.parse.lineMap, { start: i.node.path.range.start + 1, end: i.node.path.range.end - 1 }),
      target: ws.uriOf(i.target),
      tooltip: `Open ${i.node.path.value}`,
    }));
}

const MAX_ENTRIES = 500;

/**
 * Completion inside an import string: `typed` is the text between the opening quote
 * and the cursor. Offers the folders and `.survey` files of the folder typed so far
 * (the document itself, hidden folders and node_modules left out); the item replaces
 * the last path segment only.
 */
export function importPathItems(path: string, typed: string, replace: Range): CompletionItem[] {
  if (isUnplaced(path) || typed.includes('\\')) return [];
  const slash = typed.lastIndexOf('/');
  const folder = resolve(dirname(path), typed.slice(0, slash + 1) || '.');
  let names: string[];
  try {
    names = readdirSync(folder).sort().slice(0, MAX_ENTRIES);
  } catch {
    return [];
  }
  const items: CompletionItem[] = [];
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(folder, name);
    if (name.endsWith('.survey')) {
      if (full === path) continue;
      items.push({ label: name, kind: CompletionItemKind.File, textEdit: { range: replace, newText: name }, sortText: '0' + name });
    } else if (isDir(full)) {
      items.push({
        label: name + '/',
        kind: CompletionItemKind.Folder,
        textEdit: { range: replace, newText: name + '/' },
        command: reopen,
        sortText: '1' + name,
      });
    }
  }
  if (slash < 0 || /(^|\/)\.\.\/$/.test(typed.slice(0, slash + 1)) || typed.slice(0, slash + 1) === './')
    items.push({
      label: '../',
      kind: CompletionItemKind.Folder,
      textEdit: { range: replace, newText: '../' },
      command: reopen,
      sortText: '2',
    });
  return items;
}

/** After a folder is chosen, ask the editor for its contents. */
const reopen = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * workspace/willRenameFiles: before .survey files or folders move, rewrite every
 * import that names a moved file (and the imports inside a moved file, whose folder
 * changes) so that each still resolves to the same file. Edits use the old URIs,
 * as the protocol applies them before the move.
 */
export function importEditsForRename(ws: Workspace, renames: Array<{ oldPath: string; newPath: string }>): WorkspaceEdit {
  const moved = (p: string): string => {
    for (const r of renames) {
      if (p === r.oldPath) return r.newPath;
      if (p.startsWith(r.oldPath + sep)) return r.newPath + p.slice(r.oldPath.length);
    }
    return p;
  };
  const changes: Record<string, TextEdit[]> = {};
  const done = new Set<string>();
  const results: CompileResult[] = ws.projectResults();
  for (const result of results) {
    for (const file of result.files.values()) {
      if (done.has(file.path) || !ws.editable(file.path)) continue;
      done.add(file.path);
      const from = dirname(moved(file.path));
      for (const { node, target } of importsOf(file)) {
        if (!target) continue;
        // The text as written still finds the file after the move (both moved together): leave it.
        if (resolve(from, node.path.value) === moved(target)) continue;
        const now = relativeImport(from, moved(target));
        (changes[ws.uriOf(file.path)] ??= []).push({ range: toRange(file.parse.lineMap, node.path.range), newText: quoteString(now) });
      }
    }
  }
  return { changes };
}

/** The import path from a folder to a file, with forward slashes, as people write it. */
function relativeImport(fromDir: string, to: string): string {
  return relative(fromDir, to).split(sep).join('/');
}
