// `survey check [paths...]`: report diagnostics; exit 1 on errors or too many warnings.
import { expandInputs } from '../files.ts';
import { checkFiles } from '../check-files.ts';
import { formatText, summary } from '../report/text.ts';
import { formatJson } from '../report/json.ts';
import { formatSarif } from '../report/sarif.ts';
import { loadExplicitConfig } from '../config-option.ts';
import { UsageError } from '../errors.ts';
import type { Io } from '../io.ts';

export interface CheckOptions {
  format: string;
  maxWarnings?: string;
  quiet?: boolean;
  config?: string;
  color?: boolean;
}

export async function runCheck(inputs: string[], opts: CheckOptions, io: Io): Promise<number> {
  if (!['text', 'json', 'sarif'].includes(opts.format)) throw new UsageError(`Unknown format '${opts.format}': use text, json or sarif.`);
  let maxWarnings = Infinity;
  if (opts.maxWarnings !== undefined) {
    maxWarnings = Number(opts.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError(`--max-warnings takes a whole number ≥ 0, not '${opts.maxWarnings}'.`);
  }
  const paths = await expandInputs(inputs, io.cwd);
  const config = opts.config ? loadExplicitConfig(opts.config, io.cwd) : undefined;
  const run = checkFiles(paths, config);
  const shown = opts.quiet ? run.diagnostics.filter((d) => d.severity === 'error') : run.diagnostics;
  const color = opts.format === 'text' ? (opts.color ?? io.isTTY) : false;
  if (opts.format === 'json') io.out(formatJson(shown, run.files, io.cwd) + '\n');
  else if (opts.format === 'sarif') io.out(formatSarif(shown, run.files, io.cwd, io.version) + '\n');
  else {
    const text = formatText(shown, run.files, { color, cwd: io.cwd, frames: true });
    if (text) io.out(text + '\n');
  }
  const errors = run.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = run.diagnostics.filter((d) => d.severity === 'warning');
  const tooManyWarnings = errors === 0 && warnings.length > maxWarnings;
  // The summary and the reason for exit 1 always go to stderr, whatever the format of stdout.
  if (opts.format === 'text' || errors > 0 || tooManyWarnings) io.err(summary(run.diagnostics, paths.length, color) + '\n');
  if (errors > 0) return 1;
  if (tooManyWarnings) {
    io.err(`Too many warnings: ${warnings.length} (--max-warnings ${maxWarnings}).\n`);
    // -q hid them from stdout: name the warnings that made the run fail.
    if (opts.quiet) io.err(formatText(warnings, run.files, { color, cwd: io.cwd, frames: false }) + '\n');
    return 1;
  }
  return 0;
}
