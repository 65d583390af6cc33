// Reads every import in every workspace package with the TypeScript compiler's
// pre-processor (static, dynamic and re-export forms) and reports each one that breaks
// the layering in layers.ts: a workspace package the importer may not use, a relative
// path into another package (or out of a shipped file), or a dependency its
// package.json does not declare. Returns messages; the test asserts there are none.
import ts from 'typescript';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Layer } from './layers.ts';

interface PackageJson {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const sourceFile = /\.(ts|mts|cts|js|mjs|cjs)$/;
const skippedDirs = new Set(['node_modules', 'dist', 'out', '.vitest-cache']);
const builtins = new Set(builtinModules);

/** Files that ship with the package (their imports must be runtime dependencies). */
function isShipped(pathInPackage: string): boolean {
  return pathInPackage.startsWith(`src${sep}`) || pathInPackage.startsWith(`bin${sep}`);
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!skippedDirs.has(entry.name)) out.push(...sourceFiles(join(dir, entry.name)));
    } else if (sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(join(dir, entry.name));
  }
  return out;
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function readJson(path: string): PackageJson {
  return JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
}

/** Every module specifier a file imports, re-exports, `import()`s or `require`s. */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

export function findLayeringViolations(root: string, layers: Record<string, Layer>): string[] {
  const packagesDir = join(root, 'packages');
  const dirs = readdirSync(packagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(packagesDir, d.name, 'package.json')))
    .map((d) => d.name)
    .sort();
  const manifests = new Map(dirs.map((d) => [d, readJson(join(packagesDir, d, 'package.json'))]));
  const dirOfName = new Map([...manifests].map(([d, m]) => [m.name, d]));
  const rootManifest = readJson(join(root, 'package.json'));
  const rootDeps = new Set(Object.keys({ ...rootManifest.dependencies, ...rootManifest.devDependencies }));
  const problems: string[] = [];

  for (const dir of dirs) {
    const layer = layers[dir];
    if (!layer) {
      problems.push(`packages/${dir} is not in the layer table (testing/layers.ts): add one line saying what it may import`);
      continue;
    }
    for (const may of layer.may) {
      if (!layers[may]) problems.push(`testing/layers.ts: ${dir} may import "${may}", which is not in the table`);
    }
    const manifest = manifests.get(dir)!;
    const runtimeDeps = new Set(
      Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies }).concat(
        layer.provided ?? [],
      ),
    );
    const devDeps = new Set([...runtimeDeps, ...Object.keys(manifest.devDependencies ?? {}), ...rootDeps]);
    const pkgRoot = join(packagesDir, dir);

    for (const file of sourceFiles(pkgRoot)) {
      const inPackage = relative(pkgRoot, file);
      const shipped = isShipped(inPackage);
      const where = relative(root, file).split(sep).join('/');
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = resolve(file, '..', spec);
          const fromPackage = relative(pkgRoot, target);
          if (!fromPackage.startsWith('..')) continue;
          const other = relative(packagesDir, target).split(sep)[0];
          if (!relative(packagesDir, target).startsWith('..')) {
            problems.push(
              `${where}: imports "${spec}" from packages/${other} by a relative path; import its package name instead (shared test helpers live in testing/)`,
            );
          } else if (shipped) {
            problems.push(`${where}: imports "${spec}" from outside its package; a published package cannot reach it`);
          }
          continue;
        }
        if (spec.startsWith('node:') || builtins.has(spec)) continue;
        const name = packageNameOf(spec);
        const targetDir = dirOfName.get(name);
        if (targetDir === dir) continue;
        if (targetDir !== undefined && !layer.may.includes(targetDir)) {
          problems.push(`${where}: imports ${name} (packages/${targetDir}), which ${dir} may not import (testing/layers.ts)`);
          continue;
        }
        if (!(shipped ? runtimeDeps : devDeps).has(name)) {
          const field = shipped ? 'dependencies' : 'dependencies or the root devDependencies';
          problems.push(`${where}: imports ${name}, not declared in packages/${dir}/package.json ${field}`);
        }
      }
    }
  }
  return problems;
}
