// Turns the command line's paths and globs into a sorted list of .survey files.
import { globSync } from 'tinyglobby';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './errors.ts';

const ignore = ['**/node_modules/**', '**/dist/**', '**/.git/**'];

export function expandInputs(inputs: string[], cwd = process.cwd()): string[] {
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
      for (const f of globSync('**/*.survey', { cwd: abs, absolute: true, ignore })) out.add(resolve(f));
      continue;
    }
    if (/[*?{[]/.test(input)) {
      const found = globSync(input, { cwd, absolute: true, ignore }).filter((f) => f.endsWith('.survey'));
      if (!found.length) throw new UsageError(`No .survey files match '${input}'.`);
      for (const f of found) out.add(resolve(f));
      continue;
    }
    throw new UsageError(`Cannot read '${input}': no such file or directory.`);
  }
  if (!out.size) throw new UsageError(`No .survey files found in ${patterns.map((p) => `'${p}'`).join(', ')}.`);
  return [...out].sort();
}
