// Builds the bundles (CLI, language server, prettier plugin, VS Code extension) once,
// before any test worker starts, so no test races another one rebuilding them.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, 'scripts/build.mjs')], { stdio: 'inherit' });
}
