// The server exits when the editor that started it dies without a shutdown: it
// watches the `processId` sent in initialize (vscode-languageserver's watchdog).
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { ensureBuilt, serverPath } from '../../../testing/bundles.ts';

describe('processId', () => {
  it('the bundled server exits soon after its client process is gone', async () => {
    ensureBuilt();
    const client = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const server = spawn(process.execPath, [serverPath, '--stdio']);
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { processId: client.pid, rootUri: null, capabilities: {} },
    });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await new Promise((resolve) => server.stdout.once('data', resolve)); // initialized
    client.kill();
    const timer = setTimeout(() => server.kill(), 20_000);
    const code = await exited;
    clearTimeout(timer);
    expect(code).not.toBeNull(); // exited by itself, not killed by the timer
  }, 60_000);
});
