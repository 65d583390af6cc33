// The reference language server for the bench: speaks just enough LSP over stdio
// (initialize, incremental didOpen/didChange, shutdown/exit) and answers every
// change with JSON.parse of the whole document and an empty publishDiagnostics.
// No dependencies, so its start-up is node's own.
let buffer = Buffer.alloc(0);
const docs = new Map();

function send(msg) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
  process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`);
  process.stdout.write(body);
}

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function offsetAt(text, starts, pos) {
  if (pos.line >= starts.length) return text.length;
  return Math.min(starts[pos.line] + pos.character, text.length);
}

function applyChanges(text, changes) {
  for (const c of changes) {
    if (!c.range) {
      text = c.text;
      continue;
    }
    const starts = lineStarts(text);
    const s = offsetAt(text, starts, c.range.start);
    const e = offsetAt(text, starts, c.range.end);
    text = text.slice(0, s) + c.text + text.slice(e);
  }
  return text;
}

function validate(uri, version) {
  const text = docs.get(uri);
  const diagnostics = [];
  try {
    JSON.parse(text);
  } catch (e) {
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      message: String(e.message),
      severity: 1,
    });
  }
  send({ method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } });
}

function handle(msg) {
  switch (msg.method) {
    case 'initialize':
      send({ id: msg.id, result: { capabilities: { textDocumentSync: 2 } } });
      break;
    case 'textDocument/didOpen':
      docs.set(msg.params.textDocument.uri, msg.params.textDocument.text);
      validate(msg.params.textDocument.uri, msg.params.textDocument.version);
      break;
    case 'textDocument/didChange': {
      const { uri, version } = msg.params.textDocument;
      docs.set(uri, applyChanges(docs.get(uri) ?? '', msg.params.contentChanges));
      validate(uri, version);
      break;
    }
    case 'shutdown':
      send({ id: msg.id, result: null });
      break;
    case 'exit':
      process.exit(0);
      break;
    default:
      if (msg.id !== undefined && msg.method) send({ id: msg.id, result: null });
  }
}

process.stdin.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const m = /Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'));
    const len = Number(m?.[1] ?? 0);
    if (buffer.length < headerEnd + 4 + len) return;
    const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
    buffer = buffer.subarray(headerEnd + 4 + len);
    handle(JSON.parse(body));
  }
});
