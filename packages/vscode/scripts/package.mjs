// Builds the .vsix offline: bundles (scripts/build.mjs at the root), copies the
// language server bundle and the TextMate grammar into dist/, then packs with
// @vscode/vsce without running npm (everything the extension needs is bundled).
// Usage: node packages/vscode/scripts/package.mjs [--out path.vsix] [--no-build]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVSIX } from '@vscode/vsce';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(pkgDir, '../..');
const outArg = process.argv.indexOf('--out');
const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(pkgDir, `${manifest.name}-${manifest.version}.vsix`);

if (!process.argv.includes('--no-build'))
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });

const copies = [
  [join(root, 'packages/language-server/dist/server.cjs'), join(pkgDir, 'dist/server.cjs')],
  [join(root, 'grammar/survey.tmLanguage.json'), join(pkgDir, 'dist/survey.tmLanguage.json')],
];
mkdirSync(join(pkgDir, 'dist'), { recursive: true });
for (const [from, to] of copies) {
  if (!existsSync(from)) throw new Error(`Cannot package: ${from} is missing (run the build, or generate the grammar).`);
  copyFileSync(from, to);
}

mkdirSync(dirname(out), { recursive: true });
await createVSIX({ cwd: pkgDir, packagePath: out, dependencies: false });
console.log(out);
