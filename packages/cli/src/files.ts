// Turns the command line's paths and globs into a sorted list of .survey files.
// Every entry named *.survey that a folder scan or glob meets must be a readable
// file: a directory with that name, a broken symbolic link or a file without read
// permission is an I/O error (exit 2, one line), never silently skipped.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readSourceFile } from '@survey/compiler';
import { UsageError } from './errors.ts';

const ignore = ['**/node_modules/**', '**/dist/**', '**/.git/**'];
const ignoredFolders = new Set(['node_modules', 'dist', '.git']);

export async function expandInputs(inputs: string[], cwd = process.cwd()): Promise<string[]> {
  const patterns = inputs.length ? inputs : ['.'];
  const out = new Set<string>();
  for (const input of patterns) {
    const abs = resolve(cwd, input);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      out.add(abs);
      continue;
    }
    if (stat?.isDirectory()) {
      if (abs.endsWith('.survey'))
        out.add(abs); // reported below as a directory, not a file
      else scanFolder(abs, out);
      continue;
    }
    if (/[*?{[]/.test(input)) {
      // Loaded only for a glob: most runs name files or folders, and the glob library is a
      // noticeable share of the CLI's start-up.
      const { globSync } = await import('tinyglobby');
      const found = globSync(input, { cwd, absolute: true, ignore, onlyFiles: false }).filter((f) => /\.survey\/?$/.test(f));
      if (!found.length) throw new UsageError(`No .survey files match '${input}'.`);
      for (const f of found) out.add(resolve(f));
      continue;
    }
    throw new UsageError(`Cannot read '${input}': no such file or directory.`);
  }
  if (!out.size) throw new UsageError(`No .survey files found in ${patterns.map((p) => `'${p}'`).join(', ')}.`);
  const paths = [...out].sort();
  assertReadable(paths, cwd);
  return paths;
}

/** Every *.survey entry under `dir` (symbolic links included, so a broken one is seen). */
function scanFolder(dir: string, out: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable sub-folder holds nothing we were asked for by name
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.name.endsWith('.survey') && !e.isDirectory()) out.add(path);
    else if (e.isDirectory() && e.name.endsWith('.survey')) out.add(path);
    else if (e.isDirectory() && !ignoredFolders.has(e.name)) scanFolder(path, out);
  }
}

/** I/O problems stop the run before anything is checked; encoding problems are diagnostics. */
function assertReadable(paths: string[], cwd: string): void {
  for (const path of paths) {
    const { problem } = readSourceFile(path);
    if (problem && problem.kind !== 'encoding') throw new UsageError(`Cannot read '${relative(cwd, path) || path}': ${problem.reason}.`);
  }
}
