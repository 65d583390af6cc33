// Shared set-up for the real-editor tests: the editor must be installed (vitest.config.ts
// leaves these files out locally when it is not, see testing/system-programs.ts), and an example from examples/ is
// copied to a temporary folder with one deliberate mistake so there is a
// diagnostic to see.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from '../../../../testing/bundles.ts';

export function requireEditor(command: string, debianPackages: string): string {
  const r = spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${command} is not installed: apt-get install -y ${debianPackages}`);
  return r.stdout.split('\n')[0];
}

export interface Example {
  dir: string;
  file: string;
  /** 0-based line and column of the hover target. */
  line: number;
  col: number;
}

/**
 * Copies `files` (paths under examples/, the first is opened), replaces `mistake[0]`
 * by `mistake[1]` in it, and finds the first `target` (a regex whose group 1 is the
 * name to hover) in the copy.
 */
export function prepareExample(files: string[], mistake: [string, string], target: RegExp): Example {
  const dir = mkdtempSync(join(tmpdir(), 'survey-editor-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(root, 'examples', f), join(dir, f));
  }
  const file = join(dir, files[0]);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(mistake[0])) throw new Error(`example ${files[0]} no longer contains ${mistake[0]}`);
  const broken = text.replace(mistake[0], mistake[1]);
  writeFileSync(file, broken);
  const m = target.exec(broken);
  if (!m) throw new Error(`example ${files[0]} has no ${target}`);
  const offset = m.index + m[0].indexOf(m[1]);
  const before = broken.slice(0, offset).split('\n');
  return { dir, file, line: before.length - 1, col: before[before.length - 1].length };
}
