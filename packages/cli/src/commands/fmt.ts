// `survey fmt [paths] [--check]`: the prettier plugin's canonical formatting. A file
// is only ever rewritten from a text read losslessly: one that is not UTF-8 is
// refused with the same SVY1007 line `check` prints, and left untouched.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createDiagnostic, encodingMessage, readSourceFile } from '@survey/compiler';
import { expandInputs } from '../files.ts';
import { UsageError } from '../errors.ts';
import type { Io } from '../io.ts';

export async function runFmt(inputs: string[], opts: { check?: boolean }, io: Io): Promise<number> {
  const paths = await expandInputs(inputs, io.cwd);
  const { formatSurvey } = await import('prettier-plugin-survey');
  let unformatted = 0;
  let failed = 0;
  for (const path of paths) {
    const shown = relative(io.cwd, path) || path;
    const read = readSourceFile(path);
    if (read.problem?.kind === 'encoding') {
      failed++;
      const lines = read.problem.prefix.split(/\r\n|\r|\n/);
      const { message } = createDiagnostic({ ...encodingMessage(read.problem.encoding), file: path, range: { start: 0, end: 0 } });
      io.err(`${shown}:${lines.length}:${lines[lines.length - 1].length + 1} error SVY1007 ${message}\n`);
      continue;
    }
    if (read.problem) throw new UsageError(`Cannot read '${shown}': ${read.problem.reason}.`);
    const text = read.text;
    let formatted: string;
    try {
      formatted = await formatSurvey(text);
    } catch (e) {
      failed++;
      io.err(`${shown}: cannot format: ${(e as Error).message.split('\n')[0]}\n`);
      continue;
    }
    if (formatted === text) continue;
    unformatted++;
    if (opts.check) io.out(`${shown}: not formatted\n`);
    else {
      writeFileSync(path, formatted);
      io.out(`${shown}: formatted\n`);
    }
  }
  if (failed) return 1;
  return opts.check && unformatted ? 1 : 0;
}
