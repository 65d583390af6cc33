// `survey fmt [paths] [--check]`: the prettier plugin's canonical formatting.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expandInputs } from '../files.ts';
import type { Io } from '../io.ts';

export async function runFmt(inputs: string[], opts: { check?: boolean }, io: Io): Promise<number> {
  const paths = expandInputs(inputs, io.cwd);
  const { formatSurvey } = await import('prettier-plugin-survey');
  let unformatted = 0;
  let failed = 0;
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    let formatted: string;
    try {
      formatted = await formatSurvey(text);
    } catch (e) {
      failed++;
      io.err(`${relative(io.cwd, path)}: cannot format: ${(e as Error).message.split('\n')[0]}\n`);
      continue;
    }
    if (formatted === text) continue;
    unformatted++;
    if (opts.check) io.out(`${relative(io.cwd, path)}: not formatted\n`);
    else {
      writeFileSync(path, formatted);
      io.out(`${relative(io.cwd, path)}: formatted\n`);
    }
  }
  if (failed) return 1;
  return opts.check && unformatted ? 1 : 0;
}
