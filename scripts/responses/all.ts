// All generated response files of all examples, and how they differ from the disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateExample, type GeneratedFile } from './generate.ts';
import { profiles } from './profiles/index.ts';

export function generateAll(root: string): GeneratedFile[] {
  return profiles.flatMap((p) => generateExample(root, p));
}

/** Paths (relative to root) that are missing, differ, or sit in a responses/ folder without being generated. */
export function drift(root: string, files: GeneratedFile[]): string[] {
  const out: string[] = [];
  const expected = new Set(files.map((f) => f.path));
  for (const f of files) {
    const abs = join(root, f.path);
    if (!existsSync(abs)) out.push(`${f.path} (missing)`);
    else if (readFileSync(abs, 'utf8') !== f.contents) out.push(`${f.path} (differs)`);
  }
  for (const p of profiles) {
    const dir = join(root, 'examples', p.example, 'responses');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const rel = `examples/${p.example}/responses/${name}`;
      if (!expected.has(rel)) out.push(`${rel} (not generated)`);
    }
  }
  return out;
}
