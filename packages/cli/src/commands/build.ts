// `survey build`: compile each survey and write its outputs. A survey with errors
// builds nothing (its diagnostics are printed) and the command exits 1.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build, outputKinds, type OutputKind } from '@survey/emitters';
import { expandInputs } from '../files.ts';
import { checkFiles } from '../check-files.ts';
import { formatText, summary } from '../report/text.ts';
import { loadExplicitConfig } from '../config-option.ts';
import { UsageError } from '../errors.ts';
import type { Io } from '../io.ts';

const kinds: readonly OutputKind[] = outputKinds;
// Other formats (@survey/interop), built only when --only names them.
const otherKinds = ['xlsform', 'xform', 'surveyjs', 'redcap', 'ddi', 'spss', 'stata', 'r'];

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
  if (opts.submitUrl !== undefined && !/^https?:\/\/\S+$/.test(opts.submitUrl))
    throw new UsageError(`--submit-url must be an http(s) URL, not '${opts.submitUrl}'.`);
  const paths = expandInputs(inputs, io.cwd);
  const config = opts.config ? loadExplicitConfig(opts.config, io.cwd) : undefined;
  const run = checkFiles(paths, config);
  const outDir = resolve(io.cwd, opts.out);
  let failed = 0;
  let written = 0;
  for (const { result } of run.results) {
    if (!result.survey) continue; // a shared file: nothing to build on its own
    if (!result.ok) {
      failed++;
      continue;
    }
    const files: { fileName: string; contents: string | Uint8Array }[] = build(result, {
      only: only as OutputKind[],
      submitUrl: opts.submitUrl,
    });
    const others = only.filter((k) => otherKinds.includes(k));
    if (others.length) {
      const { documentOf, exportSurvey } = await import('@survey/interop');
      const exported = await exportSurvey(documentOf(result), others);
      files.push(...exported.files);
      for (const n of exported.notes) io.err(`${result.survey.id}: ${n.format}: ${n.element}: ${n.message}\n`);
    }
    try {
      mkdirSync(outDir, { recursive: true });
      for (const f of files) {
        writeFileSync(join(outDir, f.fileName), f.contents);
        written++;
        io.out(`${relative(io.cwd, join(outDir, f.fileName))}\n`);
      }
    } catch (e) {
      throw new UsageError(`Cannot write to '${opts.out}': ${(e as Error).message}`);
    }
  }
  const shown = run.diagnostics.filter((d) => d.severity !== 'info');
  if (shown.length) io.err(formatText(shown, run.files, { color: io.isTTY, cwd: io.cwd, frames: true }) + '\n');
  if (failed) {
    io.err(
      `${summary(run.diagnostics, paths.length, io.isTTY)}\n${failed} survey${failed === 1 ? '' : 's'} not built because of errors.\n`,
    );
    return 1;
  }
  io.err(`Built ${written} file${written === 1 ? '' : 's'} into ${relative(io.cwd, outDir) || '.'}.\n`);
  return 0;
}
