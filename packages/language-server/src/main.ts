// Entry point, bundled to dist/server.cjs. The transport comes from the command
// line as vscode-languageserver reads it: --stdio, --node-ipc or --socket=<port>.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.ts';

if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  process.argv.push('--stdio'); // the common case for editors that just run the command
}
// `--debounce-ms=N`: the quiet period before re-checking after an edit (benchmarks use 0).
const debounce = process.argv.find((a) => a.startsWith('--debounce-ms='));
const connection = createConnection(ProposedFeatures.all);
startServer(connection, { debounceMs: debounce ? Number(debounce.split('=')[1]) : undefined });
connection.listen();
