// `survey build`: compile each survey and write its outputs. The command fails
// (exit 1) whenever any input has an error or the inputs declare no survey at all;
// surveys without errors are still written, and only files actually written are
// counted. Two surveys with one id are an error (SVY2024), so nothing overwrites.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build, checkSubmitUrl, outputKinds, type OutputKind } from '@survey/emitters';
import { expandInputs } from '../files.ts';
import { checkFiles } from '../check-files.ts';
import { formatText, summary } from '../report/text.ts';
import { loadExplicitConfig } from '../config-option.ts';
import { UsageError } from '../errors.ts';
import type { Io } from '../io.ts';

const kinds: readonly OutputKind[] = outputKinds;
// Other formats (@survey/interop), built only when --only names them.
const otherKinds = ['xlsform', 'xform', 'surveyjs', 'redcap', 'ddi', 'spss', 'stata', 'r', 'sql', 'lss'];
// `sql`: the analysis queries as portable SQL (@survey/analyze), built only when named.
const analyzeKinds = ['sql'];

export interface BuildOptions {
  out: string;
  only?: string;
  submitUrl?: string;
  config?: string;
}

export async function runBuild(inputs: string[], opts: BuildOptions, io: Io): Promise<number> {
  const only = opts.only
    ? opts.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : kinds;
  for (const k of only)
    if (!kinds.includes(k as OutputKind) && !otherKinds.includes(k))
      throw new UsageError(`--only takes ${[...kinds, ...otherKinds].join(', ')}; '${k}' is not one of them.`);
  if (opts.submitUrl !== undefined) {
    const checked = checkSubmitUrl(opts.submitUrl);
    if (!checked.ok) throw new UsageError(`--submit-url '${opts.submitUrl}' is refused: ${checked.reason}.`);
    if (checked.warning) io.err(`survey: warning: --submit-url ${checked.warning}.\n`);
  }
  const others = only.filter((k) => otherKinds.includes(k) && !analyzeKinds.includes(k));
  if (others.length) {
    const { exportKinds } = await import('@survey/interop');
    const missing = others.filter((k) => !(exportKinds as readonly string[]).includes(k));
    if (missing.length) throw new UsageError(`--only ${missing.join(', ')}: not available yet (available: ${exportKinds.join(', ')}).`);
  }
  const paths = await expandInputs(inputs, io.cwd);
  const config = opts.config ? loadExplicitConfig(opts.config, io.cwd) : undefined;
  const run = checkFiles(paths, config);
  const outDir = resolve(io.cwd, opts.out);
  const errorFiles = new Set(run.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  let failed = 0;
  let surveys = 0;
  const written = new Set<string>();
  for (const { result } of run.results) {
    if (!result.survey) continue; // a shared file: nothing to build on its own
    surveys++;
    if (!result.ok || [...result.files.keys()].some((f) => errorFiles.has(f))) {
      failed++;
      continue;
    }
    const files: { fileName: string; contents: string | Uint8Array }[] = build(result, {
      only: only as OutputKind[],
      submitUrl: opts.submitUrl,
    });
    if (others.length) {
      const { documentOf, exportSurvey } = await import('@survey/interop');
      const exported = await exportSurvey(documentOf(result), others);
      files.push(...exported.files);
      for (const n of exported.notes) io.err(`${result.survey.id}: ${n.format}: ${n.element}: ${n.message}\n`);
    }
    if ((only as readonly string[]).includes('sql')) {
      const { emitAnalysisSql, surveyInputOf } = await import('@survey/analyze');
      files.push(await emitAnalysisSql(surveyInputOf(result)));
    }
    try {
      mkdirSync(outDir, { recursive: true });
      for (const f of files) {
        const target = join(outDir, f.fileName);
        writeFileSync(target, f.contents);
        written.add(target);
        io.out(`${relative(io.cwd, target)}\n`);
      }
    } catch (e) {
      throw new UsageError(`Cannot write to '${opts.out}': ${(e as Error).message}`);
    }
  }
  const shown = run.diagnostics.filter((d) => d.severity !== 'info');
  if (shown.length) io.err(formatText(shown, run.files, { color: io.isTTY, cwd: io.cwd, frames: true }) + '\n');
  const where = relative(io.cwd, outDir) || '.';
  const count = `${written.size} file${written.size === 1 ? '' : 's'}`;
  if (errorFiles.size || failed) {
    const notBuilt = failed ? ` ${failed} survey${failed === 1 ? '' : 's'} not built because of errors;` : '';
    io.err(`${summary(run.diagnostics, paths.length, io.isTTY)}\nBuild failed:${notBuilt} ${count} written into ${where}.\n`);
    return 1;
  }
  if (surveys === 0) {
    io.err(
      `Build failed: nothing to build — no input declares a \`survey { … }\` block (${paths.length} file${paths.length === 1 ? '' : 's'} read).\n`,
    );
    return 1;
  }
  io.err(`Built ${count} into ${where}.\n`);
  return 0;
}
