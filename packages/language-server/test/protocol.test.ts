// The bundled server over stdio, driven by a JSON-RPC client as an editor would:
// initialize, open a broken file, get its diagnostics, complete, hover, go to
// definition, rename, format, apply a quick fix, edit it to a fix, see the
// diagnostics cleared, close, shut down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { ensureBuilt, serverPath } from '../../../testing/bundles.ts';
import type { CodeAction, CompletionItem, Hover, Location, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';

const broken = `survey checkout {
  title "结账体验" en: "Checkout experience"
  languages zh, en
  intro "了解您的结账体验,约 1 分钟。" en: "About your checkout experience; it takes a minute."
  confidentiality "匿名" en: "Anonymous"
  scale sat5 1..5 {
    1 "非常不满意" en: "Very dissatisfied"
    2 "不满意" en: "Dissatisfied"
    3 "一般" en: "Neutral"
    4 "满意" en: "Satisfied"
    5 "非常满意" en: "Very satisfied"
  }
  rating ease   "结账是否方便?" en: "How easy was checkout?" on sat6
  text why "原因?" en: "Why?" optional when ease <= 2
}
`;

let proc: ChildProcess;
let conn: MessageConnection;
let dir: string;
let uri: string;
const diagnostics: PublishDiagnosticsParams[] = [];
const stderr: string[] = [];

/** Resolves with the next publishDiagnostics for `uri` that satisfies `ok`. */
function nextDiagnostics(ok: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
  const seen = diagnostics.length;
  return new Promise((resolveP, reject) => {
    const started = Date.now();
    const poll = () => {
      const hit = diagnostics.slice(seen).find((p) => p.uri === uri && ok(p));
      if (hit) return resolveP(hit);
      if (Date.now() - started > timeoutMs)
        return reject(new Error(`no matching diagnostics; got ${JSON.stringify(diagnostics.slice(seen))}`));
      setTimeout(poll, 5);
    };
    poll();
  });
}

/** The position of the `nth` occurrence of `needle` in the fixture. */
function where(needle: string, nth = 0): { line: number; character: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = broken.indexOf(needle, i + 1);
  const before = broken.slice(0, i).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
const span = (needle: string, nth = 0) => {
  const start = where(needle, nth);
  return { start, end: { line: start.line, character: start.character + needle.length } };
};
const at = (p: { line: number; character: number }) => ({ textDocument: { uri }, position: p });

beforeAll(async () => {
  ensureBuilt(); // node scripts/build.mjs, unless the bundle is already fresh
  dir = mkdtempSync(join(tmpdir(), 'survey-lsp-'));
  uri = pathToFileURL(join(dir, 'checkout.survey')).href;
  proc = spawn(process.execPath, [serverPath, '--stdio'], { cwd: dir });
  proc.stderr!.on('data', (d) => stderr.push(String(d)));
  conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => diagnostics.push(p));
  conn.onNotification('window/logMessage', () => undefined);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/configuration', () => [{}]);
  conn.listen();
}, 60_000);

afterAll(() => {
  conn?.dispose();
  proc?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('language server over stdio', () => {
  it('initializes with every feature it implements', async () => {
    const init = await conn.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    for (const cap of [
      'completionProvider',
      'hoverProvider',
      'signatureHelpProvider',
      'definitionProvider',
      'referencesProvider',
      'documentHighlightProvider',
      'selectionRangeProvider',
      'renameProvider',
      'documentSymbolProvider',
      'workspaceSymbolProvider',
      'foldingRangeProvider',
      'semanticTokensProvider',
      'documentFormattingProvider',
      'codeActionProvider',
      'inlayHintProvider',
      'documentLinkProvider',
      'codeLensProvider',
    ]) {
      expect(init.capabilities[cap], cap).toBeTruthy();
    }
    const ops = (init.capabilities.workspace as { fileOperations?: { willRename?: unknown } } | undefined)?.fileOperations;
    expect(ops?.willRename).toBeTruthy();
    await conn.sendNotification('initialized', {});
  });

  it('publishes the diagnostics of a broken file with codes and doc links', async () => {
    const published = nextDiagnostics((p) => p.diagnostics.length > 0);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'survey', version: 1, text: broken } });
    const { diagnostics: ds } = await published;
    const unknown = ds.find((d) => d.code === 'SVY2002')!;
    expect(unknown.range).toEqual(span('sat6'));
    expect(unknown.codeDescription?.href).toMatch(/#svy2002$/);
    expect(unknown.source).toBe('survey');
  });

  it('completes scales after on', async () => {
    const items = await conn.sendRequest<CompletionItem[]>('textDocument/completion', at(where('sat6')));
    expect(items.map((i) => i.label)).toEqual(['sat5', 'nps']);
  });

  it('opens completion on the space typed after on, and not on a space elsewhere', async () => {
    const space = { triggerKind: 2, triggerCharacter: ' ' };
    const afterOn = await conn.sendRequest<CompletionItem[]>('textDocument/completion', { ...at(where('sat6')), context: space });
    expect(afterOn.map((i) => i.label)).toEqual(['sat5', 'nps']);
    const afterId = await conn.sendRequest<CompletionItem[]>('textDocument/completion', { ...at(where('"结账是否方便')), context: space });
    expect(afterId).toEqual([]);
  });

  it('hovers a question with its text in both languages', async () => {
    const h = await conn.sendRequest<Hover>('textDocument/hover', at(where('ease', 1)));
    const value = (h.contents as { value: string }).value;
    expect(value).toContain('`zh` 结账是否方便?');
    expect(value).toContain('`en` How easy was checkout?');
  });

  it('goes to the definition of a question from its condition', async () => {
    const locs = await conn.sendRequest<Location[]>('textDocument/definition', at(where('ease', 1)));
    expect(locs).toEqual([{ uri, range: span('ease') }]);
  });

  it('renames a question at its declaration and in the condition', async () => {
    const edit = await conn.sendRequest<WorkspaceEdit>('textDocument/rename', { ...at(where('ease')), newName: 'ease_of_use' });
    expect(edit.changes![uri].map((e) => e.range.start)).toEqual([where('ease'), where('ease', 1)]);
  });

  it('refuses a keyword as the new name with an error the client shows', async () => {
    await expect(conn.sendRequest('textDocument/rename', { ...at(where('ease')), newName: 'survey' })).rejects.toThrow(/keyword/);
  });

  it('formats through the prettier plugin', async () => {
    const edits = await conn.sendRequest<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.map((e) => e.newText).join('')).not.toContain('ease   "'); // the double space is gone
  });

  it("offers the check's quick fix", async () => {
    const actions = await conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: span('sat6'),
      context: { diagnostics: [] },
    });
    const fix = actions.find((a) => a.title === "Change to 'sat5'")!;
    expect(fix.edit!.changes![uri]).toEqual([{ range: span('sat6'), newText: 'sat5' }]);
  });

  it('answers requests at impossible positions without failing', async () => {
    expect(await conn.sendRequest('textDocument/hover', at({ line: 999, character: 999 }))).toBeNull();
    expect(await conn.sendRequest('textDocument/completion', at({ line: 999, character: 0 }))).toBeDefined();
  });

  it('clears the error after an edit that fixes the file', async () => {
    // Errors only: methodology warnings on the fixture may come and go as rules are added.
    const cleared = nextDiagnostics((p) => !p.diagnostics.some((d) => d.severity === 1));
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: span('sat6'), text: 'sat5' }],
    });
    await cleared;
  });

  it('clears the diagnostics of a closed document', async () => {
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: broken }] });
    await nextDiagnostics((p) => p.diagnostics.some((d) => d.code === 'SVY2002'));
    const cleared = nextDiagnostics((p) => p.diagnostics.length === 0);
    await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await cleared;
  });

  it('shuts down cleanly and logged no handler failures', async () => {
    await conn.sendRequest('shutdown');
    const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
    await conn.sendNotification('exit');
    expect(await exited).toBe(0);
    expect(stderr.join('')).not.toMatch(/failed/);
  });
});
