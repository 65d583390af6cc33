// Process entry of the bundled CLI.
import pkg from '../package.json' with { type: 'json' };
import { runCli } from './cli.ts';
import { processIo } from './io.ts';

const code = await runCli(process.argv.slice(2), processIo(pkg.version));
process.exitCode = code;
