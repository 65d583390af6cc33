// Measures the bundled server over stdio on every example, as an editor sees it:
// didOpen → diagnostics, didChange → diagnostics (no debounce), and the latency of
// hover, completion and definition at every name in the file. Prints medians and
// maxima in milliseconds. Run `node scripts/build.mjs` first.
// Usage: node packages/language-server/scripts/measure.mjs [--json]
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const server = join(root, 'packages/language-server/dist/server.cjs');
const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root, 'examples', d.name))
      .filter((f) => f.endsWith('.survey'))
      .map((f) => join(root, 'examples', d.name, f)),
  );

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);
const round = (x) => Math.round(x * 100) / 100;

const t0 = performance.now();
const proc = spawn(process.execPath, [server, '--stdio', '--debounce-ms=0']);
const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
const waiting = new Map();
conn.onNotification('textDocument/publishDiagnostics', (p) => waiting.get(p.uri)?.(p));
conn.listen();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(join(root, 'examples')).href, capabilities: {} });
await conn.sendNotification('initialized', {});
const startup = performance.now() - t0;

const diagnosticsOf = (uri) => new Promise((r) => waiting.set(uri, r));
const rows = [];
for (const path of examples) {
  const uri = pathToFileURL(path).href;
  const text = readFileSync(path, 'utf8');
  let t = performance.now();
  let published = diagnosticsOf(uri);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'survey', version: 1, text } });
  await published;
  const open = performance.now() - t;

  const lines = text.split('\n');
  const change = [];
  for (let v = 2; v < 12; v++) {
    published = diagnosticsOf(uri);
    t = performance.now();
    // Append then remove a space at the end of line 1: a real edit each time.
    const edit =
      v % 2 === 0
        ? { range: { start: { line: 0, character: lines[0].length }, end: { line: 0, character: lines[0].length } }, text: ' ' }
        : { range: { start: { line: 0, character: lines[0].length }, end: { line: 0, character: lines[0].length + 1 } }, text: '' };
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [edit] });
    await published;
    change.push(performance.now() - t);
  }

  const names = [];
  lines.forEach((l, line) => {
    for (const m of l.matchAll(
      /\b(?:on|from|when|score|rating|single|multi|matrix|row|target|scale|choices|section|text|yesno|nps) ([A-Za-z_]\w*)/g,
    ))
      names.push({ line, character: m.index + m[0].length - m[1].length });
  });
  const timed = async (method) => {
    const xs = [];
    for (const position of names) {
      const s = performance.now();
      await conn.sendRequest(method, { textDocument: { uri }, position });
      xs.push(performance.now() - s);
    }
    return xs;
  };
  const hover = await timed('textDocument/hover');
  const completion = await timed('textDocument/completion');
  const definition = await timed('textDocument/definition');
  rows.push({
    file: path.slice(root.length + 1),
    lines: lines.length,
    openToDiagnostics: round(open),
    changeToDiagnostics: { median: round(median(change)), max: round(max(change)) },
    hover: { n: hover.length, median: round(median(hover)), max: round(max(hover)) },
    completion: { median: round(median(completion)), max: round(max(completion)) },
    definition: { median: round(median(definition)), max: round(max(definition)) },
  });
  await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
}
await conn.sendRequest('shutdown');
await conn.sendNotification('exit');

if (process.argv.includes('--json')) console.log(JSON.stringify({ startup: round(startup), rows }, null, 2));
else {
  console.log(`server start → initialized: ${round(startup)} ms (node ${process.version})`);
  console.log(
    'file                                          lines  open→diag  change→diag med/max  hover med/max (n)  completion med/max  definition med/max',
  );
  for (const r of rows) {
    console.log(
      `${r.file.padEnd(46)}${String(r.lines).padStart(5)}  ${String(r.openToDiagnostics).padStart(9)}  ${`${r.changeToDiagnostics.median}/${r.changeToDiagnostics.max}`.padStart(19)}  ${`${r.hover.median}/${r.hover.max} (${r.hover.n})`.padStart(17)}  ${`${r.completion.median}/${r.completion.max}`.padStart(18)}  ${`${r.definition.median}/${r.definition.max}`.padStart(18)}`,
    );
  }
}
