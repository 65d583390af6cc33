// A minimal LSP client for the bench: spawns a server over stdio, times
// spawn→initialize, opens one document, then applies one-line edits and times each
// didChange until the publishDiagnostics that follows it.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export class LspClient {
  constructor(command, args, { cwd } = {}) {
    this.t0 = performance.now();
    this.proc = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.stderr = '';
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    this.proc.stdout.on('data', (chunk) => this.onData(chunk));
    this.exited = new Promise((resolve) => this.proc.on('exit', resolve));
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
      const len = Number(m?.[1] ?? 0);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const msg = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      const at = performance.now();
      if (msg.id !== undefined && !msg.method && this.pending.has(msg.id)) {
        this.pending.get(msg.id)({ msg, at });
        this.pending.delete(msg.id);
      } else if (msg.id !== undefined && msg.method) {
        // A request from the server (configuration, registerCapability …): answer null.
        this.write({ id: msg.id, result: msg.method === 'workspace/configuration' ? (msg.params?.items ?? []).map(() => null) : null });
      } else {
        for (const w of [...this.waiters]) {
          if (w.match(msg)) {
            this.waiters.splice(this.waiters.indexOf(w), 1);
            w.resolve({ msg, at });
          }
        }
      }
    }
  }

  write(msg) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method, params, timeoutMs = 60000) {
    const id = this.nextId++;
    return withTimeout(
      new Promise((resolve) => {
        this.pending.set(id, resolve);
        this.write({ id, method, params });
      }),
      timeoutMs,
      `${method} timed out. stderr: ${this.stderr.slice(-500)}`,
    );
  }

  notify(method, params) {
    this.write({ method, params });
  }

  waitFor(match, timeoutMs = 60000) {
    return withTimeout(
      new Promise((resolve) => this.waiters.push({ match, resolve })),
      timeoutMs,
      `no matching notification. stderr: ${this.stderr.slice(-500)}`,
    );
  }

  async close() {
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit');
    } catch {
      /* killed below */
    }
    const timer = setTimeout(() => this.proc.kill(), 3000);
    await this.exited;
    clearTimeout(timer);
  }
}

function withTimeout(p, ms, message) {
  let timer;
  return Promise.race([p, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

/**
 * One session: spawn, initialize, open `text`, then `edits` one-line edits.
 * `editAt(i, text)` returns { line, character, insert } for edit i on the current text.
 */
export async function lspSession({ command, args, cwd, uri, languageId, text, edits = 15, editAt, pauseMs = 30, probes, probeRuns = 7 }) {
  const client = new LspClient(command, args, { cwd });
  try {
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      workspaceFolders: null,
    });
    const initializeMs = init.at - client.t0;
    client.notify('initialized', {});
    const sync = init.msg.result?.capabilities?.textDocumentSync;
    const syncKind = typeof sync === 'number' ? sync : (sync?.change ?? 1);
    const forUri = (version) => (m) =>
      m.method === 'textDocument/publishDiagnostics' &&
      m.params.uri === uri &&
      (m.params.version === undefined || m.params.version === null || m.params.version >= version);
    let t = performance.now();
    const opened = client.waitFor(forUri(1));
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const first = await opened;
    const openMs = first.at - t;
    const firstDiagnostics = first.msg.params.diagnostics.length;
    const times = [];
    let current = text;
    for (let i = 0; i < edits; i++) {
      const version = i + 2;
      const { line, character, insert } = editAt(i, current);
      current = applyEdit(current, line, character, insert);
      const change = syncKind === 2 ? { range: { start: { line, character }, end: { line, character } }, text: insert } : { text: current };
      const got = client.waitFor(forUri(version));
      t = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const res = await got;
      times.push(res.at - t);
      await new Promise((r) => setTimeout(r, pauseMs));
    }
    // Requests on the current version (its diagnostics are out): `probes(text)` gives
    // { name, method, params }; each is timed `probeRuns` times, request to response.
    const requests = {};
    for (const probe of probes ? probes(current, uri) : []) {
      requests[probe.name] = [];
      for (let k = 0; k < probeRuns; k++) {
        t = performance.now();
        const res = await client.request(probe.method, probe.params);
        if (res.msg.error) throw new Error(`${probe.method}: ${res.msg.error.message}`);
        requests[probe.name].push(res.at - t);
        await new Promise((r) => setTimeout(r, pauseMs));
      }
    }
    return { initializeMs, openMs, times, syncKind, firstDiagnostics, requests };
  } finally {
    await client.close();
  }
}

function applyEdit(text, line, character, insert) {
  let offset = 0;
  for (let l = 0; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  offset += character;
  return text.slice(0, offset) + insert + text.slice(offset);
}
