// Entry of dist/check.cjs, the CommonJS bundle `survey check` runs from (see launch.ts):
// the whole command tree, but the other commands' modules are left out of this bundle
// (scripts/build.mjs), as launch.ts sends only `check` here.
import pkg from '../package.json' with { type: 'json' };
import { runCli } from './cli.ts';
import { processIo } from './io.ts';

void runCli(process.argv.slice(2), processIo(pkg.version)).then((code) => {
  process.exitCode = code;
});
