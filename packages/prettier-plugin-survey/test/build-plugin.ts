// Builds dist/index.mjs (what prettier loads) the way scripts/build.mjs does, when it
// is missing or older than a source file, so the CLI tests never run a stale bundle.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir, repoRoot } from './helpers.ts';

export const distFile = join(packageDir, 'dist', 'index.mjs');

function newestSource(): number {
  const dirs = [join(packageDir, 'src'), join(repoRoot, 'packages', 'syntax', 'src')];
  let newest = 0;
  for (const dir of dirs) {
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (f.endsWith('.ts')) newest = Math.max(newest, statSync(join(dir, f)).mtimeMs);
    }
  }
  return newest;
}

export async function ensurePluginBuilt(): Promise<string> {
  if (existsSync(distFile) && statSync(distFile).mtimeMs >= newestSource()) return distFile;
  await build({
    entryPoints: [join(packageDir, 'src', 'index.ts')],
    outfile: distFile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['prettier'],
    conditions: ['@survey/source', 'module'], // @survey/syntax from its sources, as scripts/build.mjs
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
    legalComments: 'none',
  });
  return distFile;
}
