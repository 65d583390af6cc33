// The transport VS Code uses: node IPC (`--node-ipc`, a forked process). Same
// server, so one round trip is enough: diagnostics arrive and a hover answers.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fork, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { IPCMessageReader, IPCMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Hover, PublishDiagnosticsParams } from 'vscode-languageserver';
import { ensureBuilt, serverPath } from '../../../testing/bundles.ts';

let proc: ChildProcess;
let conn: MessageConnection;

beforeAll(() => {
  ensureBuilt();
  proc = fork(serverPath, ['--node-ipc'], { silent: true });
  conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
  conn.listen();
}, 120_000);

afterAll(() => {
  conn?.dispose();
  proc?.kill();
});

it('serves diagnostics and hover over node IPC', async () => {
  const uri = pathToFileURL('/ipc/q.survey').href;
  const text = 'survey q {\n  languages en\n  rating r "How was it?" on nowhere\n}\n';
  const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) => conn.onNotification('textDocument/publishDiagnostics', resolve));
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'survey', version: 1, text } });
  expect((await diagnostics).diagnostics.map((d) => d.code)).toContain('SVY2002');
  const hover = await conn.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } });
  expect((hover.contents as { value: string }).value).toContain('`en` How was it?');
  await conn.sendRequest('shutdown');
});
