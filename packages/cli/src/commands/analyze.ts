// `survey analyze <survey> [responses...]`: compile the survey, run the analysis engine
// on the responses and write the report (html with its chart specs, md with SVG charts,
// or the JSON result) through @survey/analyze's renderReport. Invalid responses are listed on stderr with file,
// row and reason and make the exit code 1 (unless --max-invalid tolerates that many, as
// --max-warnings does for check); unreadable files and bad options exit 2.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { analyze, renderReport, surveyInputOf, DataError, InputError, type AnalysisResult } from '@survey/analyze';
import { expandInputs } from '../files.ts';
import { checkFiles } from '../check-files.ts';
import { formatText, summary } from '../report/text.ts';
import { ERROR_PREFIX, UsageError } from '../errors.ts';
import type { Io } from '../io.ts';
import { readInvited } from './invited.ts';

export interface AnalyzeCliOptions {
  out?: string;
  format?: string;
  language?: string;
  wave?: string[];
  invited?: string;
  postStratify?: string;
  maxInvalid?: string;
}

export async function runAnalyze(surveyPath: string, responses: string[], opts: AnalyzeCliOptions, io: Io): Promise<number> {
  const format = opts.format ?? 'html';
  if (!['html', 'json', 'md'].includes(format)) throw new UsageError(`--format takes html, json or md, not '${format}'.`);
  const maxInvalid = opts.maxInvalid === undefined ? 0 : Number(opts.maxInvalid);
  if (!Number.isInteger(maxInvalid) || maxInvalid < 0)
    throw new UsageError(`--max-invalid takes a whole number ≥ 0, not '${opts.maxInvalid}'.`);
  const paths = await expandInputs([surveyPath], io.cwd);
  if (paths.length !== 1) throw new UsageError(`'${surveyPath}' must name one .survey file (found ${paths.length}).`);
  if (!responses.length && !opts.wave?.length) throw new UsageError('give response files or folders (or --wave files).');
  const run = checkFiles(paths);
  const { result } = run.results[0];
  if (!result.ok || !result.survey) {
    io.err(
      formatText(
        run.diagnostics.filter((d) => d.severity === 'error'),
        run.files,
        { color: io.isTTY, cwd: io.cwd, frames: true },
      ) + '\n',
    );
    io.err(`${summary(run.diagnostics, 1, io.isTTY)}\nThe survey has errors: nothing analysed.\n`);
    return 1;
  }
  const abs = (p: string) => resolve(io.cwd, p);
  const waves = (opts.wave ?? []).map((w) => {
    const eq = w.indexOf('=');
    const file = eq > 0 ? w.slice(eq + 1) : w;
    return { label: eq > 0 ? w.slice(0, eq) : basename(file, extname(file)), files: [abs(file)] };
  });
  let res: AnalysisResult;
  try {
    res = await analyze(surveyInputOf(result), {
      responses: responses.map(abs),
      waves,
      invited: opts.invited ? await readInvited(abs(opts.invited)) : undefined,
      postStratify: opts.postStratify ? { stratification: opts.postStratify } : undefined,
      baseDir: io.cwd,
    });
  } catch (e) {
    if (e instanceof DataError) {
      io.err(`${ERROR_PREFIX}${rel(io.cwd, e.message)}\n`);
      return 1;
    }
    if (e instanceof InputError) throw new UsageError(rel(io.cwd, e.message));
    throw e;
  }
  const out = abs(opts.out ?? 'report');
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw new UsageError(`Cannot write to '${opts.out ?? 'report'}': ${(e as Error).message}`);
  }
  for (const f of renderReport(res, { format: format as 'html' | 'json' | 'md', language: opts.language })) {
    const file = join(out, f.fileName);
    writeFileSync(file, f.contents);
    io.out(`${relative(io.cwd, file)}\n`);
  }
  for (const i of res.invalid.slice(0, 50))
    io.err(
      `${i.file}:${i.row}: invalid response${i.responseId ? ` ${i.responseId}` : ''}: ${i.reasons.map((r) => (r.path ? `${r.path}: ${r.message}` : r.message)).join('; ')}\n`,
    );
  if (res.invalid.length > 50) io.err(`... and ${res.invalid.length - 50} more invalid responses (all listed in the result)\n`);
  const c = res.counts;
  io.err(`${c.received} responses: ${c.invalid} invalid, ${c.excluded} excluded by quality rules, ${c.analysed} analysed.\n`);
  if (c.invalid && c.invalid <= maxInvalid) io.err(`${c.invalid} invalid responses are within --max-invalid ${maxInvalid}.\n`);
  return c.invalid > maxInvalid ? 1 : 0;
}

function rel(cwd: string, message: string): string {
  return message.startsWith(cwd + '/') ? message.slice(cwd.length + 1) : message;
}
