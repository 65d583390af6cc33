// `survey import <file> [--from format] [--out dir]`: another format as a .survey
// file (formatted, checking without errors). What could not be mapped is printed as
// file: where: why on stderr and left as comments in the output.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import type { Io } from '../io.ts';

export async function runImport(input: string, opts: { from?: string; out?: string }, io: Io): Promise<number> {
  const { importSurvey, importFormats, ImportError } = await import('@survey/interop');
  const all = ['xlsform', 'surveyjs', 'redcap', 'qsf', 'lss'];
  if (opts.from !== undefined && !all.includes(opts.from))
    throw new UsageError(`--from takes ${all.join(', ')}; '${opts.from}' is not one of them.`);
  const path = resolve(io.cwd, input);
  let data: Uint8Array;
  try {
    data = readFileSync(path);
  } catch (e) {
    throw new UsageError(`Cannot read '${input}': ${(e as Error).message}`);
  }
  let result;
  try {
    result = await importSurvey(path, data, opts.from as (typeof importFormats)[number] | undefined);
  } catch (e) {
    if (e instanceof ImportError) throw new UsageError(e.message);
    throw e;
  }
  const outDir = resolve(io.cwd, opts.out ?? '.');
  const target = join(outDir, `${result.id}.survey`);
  try {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(target, result.text);
  } catch (e) {
    throw new UsageError(`Cannot write to '${opts.out ?? '.'}': ${(e as Error).message}`);
  }
  io.out(`${relative(io.cwd, target)}\n`);
  for (const p of result.problems) io.err(`${p.file}: ${p.where}: ${p.message}\n`);
  for (const e of result.errors) io.err(`${relative(io.cwd, target)}: error ${e.code} ${e.message}\n`);
  io.err(
    `Imported ${input} with ${result.problems.length} construct${result.problems.length === 1 ? '' : 's'} not mapped (left as comments).\n`,
  );
  return result.errors.length ? 1 : 0;
}
