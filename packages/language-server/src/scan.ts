// Finds the .survey files under the workspace folders for the cross-file features
// (references, rename, workspace symbols, file renames). Bounded in files, folders
// and depth; hidden folders and node_modules are skipped, .gitignore files are
// honoured (each below its own folder), and a folder reached again through a
// symbolic link (a loop, or a second way in) is not entered twice.
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ignored, parseGitignore, type IgnoreFile } from './gitignore.ts';

const SCAN_LIMITS = { files: 2000, folders: 5000, depth: 24 };

export function scanSurveyFiles(roots: readonly string[], limits = SCAN_LIMITS): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let folders = 0;
  const visit = (dir: string, inherited: readonly IgnoreFile[], depth: number): void => {
    if (out.length >= limits.files || folders >= limits.folders || depth > limits.depth) return;
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    folders++;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    let rules = inherited;
    if (names.includes('.gitignore')) {
      try {
        rules = [...inherited, parseGitignore(readFileSync(join(dir, '.gitignore'), 'utf8'), dir)];
      } catch {
        // unreadable: as if absent
      }
    }
    // Folders reached through a link come last, so a file is found by its own path when it can be.
    const linked: string[] = [];
    for (const name of names) {
      if (out.length >= limits.files) return;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      const dirEntry = isDir(full);
      if (ignored(rules, full, dirEntry)) continue;
      if (dirEntry && isLink(full)) linked.push(full);
      else if (dirEntry) visit(full, rules, depth + 1);
      else if (name.endsWith('.survey')) out.push(full);
    }
    for (const full of linked) visit(full, rules, depth + 1);
  };
  for (const root of roots) visit(root, [], 0);
  return out;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
