#!/usr/bin/env node
// `survey-language-server --stdio` (or --node-ipc, --socket=PORT), the command editors
// run. The server itself is one bundled file; a clear message beats a stack trace if
// it is missing (a checkout that was never built).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: survey-language-server [--stdio | --node-ipc | --socket=PORT] [--debounce-ms=N]\n' +
      'The language server for .survey files. Editors start it with --stdio (the default).\n',
  );
  process.exit(0);
}
const bundle = fileURLToPath(new URL('../dist/server.cjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('survey-language-server: the server is not built. Run `npm run build` at the repository root.\n');
  process.exit(2);
}
createRequire(import.meta.url)(bundle);
