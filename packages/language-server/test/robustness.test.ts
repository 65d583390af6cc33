// Never crash on half-typed text: every example cut short at many points, and with
// lines deleted, answers every request at several positions without throwing.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ResponseError, type Position } from 'vscode-languageserver';
import { LineMap } from '@survey/syntax';
import * as lsp from '../src/index.ts';
import { root } from '../../../testing/bundles.ts';

const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root, 'examples', d.name))
      .filter((f) => f.endsWith('.survey'))
      .map((f) => join(root, 'examples', d.name, f)),
  );

function variants(text: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= 24; i++) out.push(text.slice(0, Math.floor((text.length * i) / 25)));
  const lines = text.split('\n');
  for (let i = 3; i < lines.length; i += 9) out.push([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
  return out;
}

function everyFeature(ws: lsp.Workspace, path: string, text: string): void {
  const map = new LineMap(text);
  const whole = { start: { line: 0, character: 0 }, end: map.position(text.length) };
  lsp.diagnosticsFor(ws, path);
  lsp.documentSymbols(ws, path);
  lsp.foldingRanges(ws, path);
  lsp.semanticTokens(ws, path);
  lsp.inlayHints(ws, path, whole);
  lsp.codeActions(ws, path, whole);
  lsp.previewHtml(ws, path);
  lsp.codeLenses(ws, path);
  lsp.documentLinks(ws, path);
  for (let offset = 0; offset <= text.length; offset += Math.max(1, Math.floor(text.length / 12))) {
    const p: Position = map.position(offset);
    lsp.completion(ws, path, p);
    lsp.hover(ws, path, p);
    lsp.definition(ws, path, p);
    lsp.references(ws, path, p, true);
    lsp.signatureHelp(ws, path, p);
    lsp.documentHighlights(ws, path, p);
    refusalIsAnAnswer(() => lsp.prepareRename(ws, path, p) && lsp.rename(ws, path, p, 'renamed_name'));
  }
  lsp.selectionRanges(ws, path, [whole.start, whole.end]);
}

/** A refused rename (a built-in, a name in use) is a ResponseError the editor shows, not a crash. */
function refusalIsAnAnswer(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof ResponseError)) throw e;
  }
}

describe('half-typed examples', () => {
  it.each(examples.map((e) => [e.slice(root.length + 1), e]))('%s: every request answers on every cut', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    const ws = new lsp.Workspace();
    let version = 1;
    for (const v of variants(text)) {
      ws.set(lsp.pathToUri(path), v, version++);
      expect(() => everyFeature(ws, path, v)).not.toThrow();
    }
  });
});
