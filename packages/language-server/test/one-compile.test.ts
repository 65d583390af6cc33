// One compile per document version, over the protocol: the server runs in this
// process on an in-memory connection with a compile counter, and a client sends what
// VS Code sends while someone types (a change, then tokens, hints, outline, folding,
// code actions, links, lenses, hover and completion for it), saves (autosave) and re-sends its
// settings. No version may be compiled twice, a burst of typing with only the
// requests that can wait costs one compile, and diagnostics carry their version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { createConnection } from 'vscode-languageserver/node.js';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { startServer, type Workspace } from '../src/index.ts';

const zh = `import "scales.survey"
survey 结账 {
  title "结账体验" en: "Checkout experience"
  languages zh, en
  confidentiality "匿名" en: "Anonymous"
  rating ease "结账是否方便?" en: "How easy was checkout?" on sat5
  text why "原因?" en: "Why?" optional when ease <= 2
}
`;
const scales = `scale sat5 1..5 {
  1 "非常不满意" en: "Very dissatisfied"
  2 "不满意" en: "Dissatisfied"
  3 "一般" en: "Neutral"
  4 "满意" en: "Satisfied"
  5 "非常满意" en: "Very satisfied"
}
`;

let dir: string;
let uri: string;
let client: MessageConnection;
let ws: Workspace;
const compiles: string[] = [];
const published: PublishDiagnosticsParams[] = [];
const errors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'survey-one-compile-'));
  writeFileSync(join(dir, 'checkout.survey'), zh);
  writeFileSync(join(dir, 'scales.survey'), scales);
  uri = pathToFileURL(join(dir, 'checkout.survey')).href;
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  ws = startServer(server, { debounceMs: 500, onCompile: (entry) => compiles.push(`${entry}@${ws.versionOf(entry)}`) });
  server.listen();
  client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => published.push(p));
  client.onNotification('window/logMessage', (m: { message: string }) => errors.push(m.message));
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/configuration', () => [{}]);
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: pathToFileURL(dir).href,
    capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  await client.sendNotification('initialized', {});
});

afterAll(() => {
  client?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const until = async (ok: () => boolean, what: string) => {
  for (let i = 0; i < 1500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
};
const diagnosticsOf = (version: number) => published.find((p) => p.uri === uri && p.version === version);
const doc = {
  textDocument: {
    get uri() {
      return uri;
    },
  },
};
const waitingRequests = () => [
  client.sendRequest('textDocument/semanticTokens/full', doc),
  client.sendRequest('textDocument/inlayHint', { ...doc, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } }),
  client.sendRequest('textDocument/documentSymbol', doc),
  client.sendRequest('textDocument/foldingRange', doc),
  client.sendRequest('textDocument/documentLink', doc),
  client.sendRequest('textDocument/codeLens', doc),
  client.sendRequest('textDocument/codeAction', {
    ...doc,
    range: { start: { line: 5, character: 0 }, end: { line: 5, character: 4 } },
    context: { diagnostics: [] },
  }),
];
/** Inserts `text` at the end of the question text `结账是否方便` (line 5). */
let typed = '';
const type = (version: number, text: string) => {
  const character = '  rating ease "结账是否方便'.length + typed.length;
  typed += text;
  return client.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: 5, character }, end: { line: 5, character } }, text }],
  });
};
const settle = (ps: Array<Promise<unknown>>) => Promise.allSettled(ps);

describe('one compile per document version', () => {
  it('opens with one compile and versioned diagnostics', async () => {
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'survey', version: 1, text: zh } });
    await until(() => !!diagnosticsOf(1), 'diagnostics of version 1');
    expect(compiles).toEqual([`${join(dir, 'checkout.survey')}@1`]);
    // The client re-sends the same settings after start: nothing is compiled again.
    await client.sendNotification('workspace/didChangeConfiguration', { settings: { survey: {} } });
    await settle(waitingRequests());
    expect(compiles).toHaveLength(1);
  });

  it('answers a burst of typing with the requests that can wait with one compile', async () => {
    const before = compiles.length;
    const answers: Array<Promise<unknown>> = [];
    for (let v = 2; v <= 6; v++) {
      await type(v, '吗');
      answers.push(...waitingRequests());
    }
    const results = await settle(answers);
    await until(() => !!diagnosticsOf(6), 'diagnostics of version 6');
    expect(compiles.slice(before)).toEqual([`${join(dir, 'checkout.survey')}@6`]);
    // The requests for versions 2–5 were asked to come again; those for 6 were answered.
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    expect(fulfilled).toHaveLength(7);
    for (const r of results.filter((r) => r.status === 'rejected')) expect(String((r as PromiseRejectedResult).reason)).toMatch(/changed/);
    // The diagnostics of the intermediate versions were never computed, hence never sent.
    expect([2, 3, 4, 5].map(diagnosticsOf)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('never compiles a version twice when hover, completion, signature help, highlights and selection ranges ask for every version', async () => {
    const before = compiles.length;
    const answers: Array<Promise<unknown>> = [];
    for (let v = 7; v <= 10; v++) {
      await type(v, 'x');
      const position = { line: 6, character: '  text why "原因?" en: "Why?" optional when '.length };
      answers.push(client.sendRequest('textDocument/hover', { ...doc, position: { line: 5, character: 10 } }));
      answers.push(client.sendRequest('textDocument/completion', { ...doc, position }));
      answers.push(client.sendRequest('textDocument/signatureHelp', { ...doc, position }));
      answers.push(client.sendRequest('textDocument/documentHighlight', { ...doc, position: { line: 6, character: 10 } }));
      answers.push(client.sendRequest('textDocument/selectionRange', { ...doc, positions: [position] }));
      answers.push(...waitingRequests());
    }
    await settle(answers);
    await until(() => !!diagnosticsOf(10), 'diagnostics of version 10');
    const mine = compiles.slice(before);
    expect(new Set(mine).size).toBe(mine.length);
    expect(mine).toContain(`${join(dir, 'checkout.survey')}@10`);
  });

  it('compiles nothing when the document is saved (autosave) or the same text comes back', async () => {
    const before = compiles.length;
    for (let i = 0; i < 3; i++) {
      await client.sendNotification('textDocument/didSave', doc);
      await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      await settle(waitingRequests());
    }
    // A new version with the same text: the client's undo-then-redo.
    const text = zh.replace('结账是否方便', '结账是否方便' + typed);
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 11 }, contentChanges: [{ text }] });
    await until(() => !!diagnosticsOf(11), 'diagnostics of version 11');
    await settle(waitingRequests());
    expect(compiles.slice(before)).toEqual([]);
  });

  it('re-checks once when a file the survey imports changes on disk', async () => {
    const before = compiles.length;
    writeFileSync(join(dir, 'scales.survey'), scales.replace('sat5', 'agree5'));
    await client.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(dir, 'scales.survey')).href, type: 2 }],
    });
    await until(() => published.some((p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'SVY2002')), 'the unknown scale');
    await settle(waitingRequests());
    expect(compiles.slice(before)).toEqual([`${join(dir, 'checkout.survey')}@11`]);
    expect(errors.filter((e) => /failed/.test(e))).toEqual([]);
  });
});

describe('file operations over the protocol', () => {
  it('answers willRenameFiles with the import edits, and links the import', async () => {
    const oldUri = pathToFileURL(join(dir, 'scales.survey')).href;
    const newUri = pathToFileURL(join(dir, 'shared', 'scales.survey')).href;
    const edit = await client.sendRequest<{ changes: Record<string, Array<{ newText: string }>> }>('workspace/willRenameFiles', {
      files: [{ oldUri, newUri }],
    });
    expect(edit.changes[uri].map((e) => e.newText)).toEqual(['"shared/scales.survey"']);
    const links = await client.sendRequest<Array<{ target: string }>>('textDocument/documentLink', doc);
    expect(links.map((l) => l.target)).toEqual([oldUri]);
  });
});
