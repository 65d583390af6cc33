// .gitignore files for the workspace scan, matched by the `ignore` package (git's
// own rules: comments, `!` re-includes, folder-only patterns, anchoring, `**`). The
// patterns of one file apply below its folder; files deeper down come later and
// win, as in git. (A folder git ignores is not entered, so nothing under it can be
// re-included: the scan never descends into it.)
import { relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface IgnoreFile {
  /** The folder of the .gitignore. */
  base: string;
  rules: Ignore;
}

export function parseGitignore(text: string, base: string): IgnoreFile {
  return { base, rules: ignore().add(text) };
}

/** True when the files (outermost first) ignore `path` (a folder when `isDir`); the last decision wins. */
export function ignored(files: readonly IgnoreFile[], path: string, isDir: boolean): boolean {
  let out = false;
  for (const f of files) {
    const rel = relative(f.base, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    const r = f.rules.test(isDir ? `${rel}/` : rel);
    if (r.ignored) out = true;
    else if (r.unignored) out = false;
  }
  return out;
}
