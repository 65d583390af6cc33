// The language server's handler contracts on one input, shared by
// language-server.test.ts and the regression replay.
import { expect } from 'vitest';
import { LineMap } from '@survey/syntax';
import * as lsp from '@survey/language-server';
import { examples, type FuzzCase } from './fuzz-kit.ts';

/** Every request at the given offsets answers without throwing. */
export function everyRequest({ text, path }: FuzzCase, offsets: number[]): void {
  const file = path ?? examples[0].path;
  const ws = new lsp.Workspace();
  ws.set(lsp.pathToUri(file), text, 1);
  const map = new LineMap(text);
  const whole = { start: { line: 0, character: 0 }, end: map.position(text.length) };
  lsp.diagnosticsFor(ws, file);
  lsp.documentSymbols(ws, file);
  lsp.foldingRanges(ws, file);
  lsp.semanticTokens(ws, file);
  lsp.inlayHints(ws, file, whole);
  lsp.codeActions(ws, file, whole);
  for (const o of offsets) {
    const p = map.position(o % (text.length + 1));
    lsp.completion(ws, file, p);
    lsp.hover(ws, file, p);
    lsp.definition(ws, file, p);
    lsp.references(ws, file, p, true);
    refusalAllowed(() => lsp.prepareRename(ws, file, p) && lsp.rename(ws, file, p, 'renamed_x'));
  }
}

/** Rename may refuse with an LSP ResponseError (a numeric code and a message the editor shows); anything else is a crash. */
function refusalAllowed(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    const code = (e as { code?: unknown } | undefined)?.code;
    if (typeof code !== 'number' || !(e as Error).message) throw e;
  }
}

/** `text` is a JSON list of successive texts of one example (a typing session). */
export const sameDiagnosticsWhileTyping = ({ text, path }: FuzzCase): void => {
  const texts = JSON.parse(text) as string[];
  const uri = lsp.pathToUri(path!);
  const ws = new lsp.Workspace();
  ws.set(uri, examples.find((e) => e.path === path)!.text, 1);
  lsp.diagnosticsFor(ws, path!);
  lsp.documentSymbols(ws, path!);
  texts.forEach((t, k) => {
    ws.set(uri, t, k + 2);
    const typed = lsp.diagnosticsFor(ws, path!);
    // A fresh, non-incremental workspace: a full check of the text as it now is.
    const fresh = new lsp.Workspace({ incremental: false });
    fresh.set(uri, t, 1);
    expect(typed, `after edit ${k + 1}`).toEqual(lsp.diagnosticsFor(fresh, path!));
    // The outline, built from the questions' outlines kept across edits, equals a fresh one.
    expect(lsp.documentSymbols(ws, path!), `outline after edit ${k + 1}`).toEqual(lsp.documentSymbols(fresh, path!));
  });
};
